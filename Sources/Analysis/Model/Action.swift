/// A normalized thing an agent is about to do. Every enforcement point reduces what it sees to these, so one
/// policy governs a `curl` in a shell, the same request through the proxy, and an MCP tool that makes it.
public enum Action: Hashable, Sendable {
    /// A program runs (`shell.exec`): one per simple command that would execute, wrappers included.
    case exec(CommandInvocation)
    /// A file is read (`file.read`).
    case fileRead(FileAccess)
    /// A file is created, overwritten, appended to or changed in place (`file.write`).
    case fileWrite(FileAccess)
    /// A file or directory is removed or destroyed (`file.delete`).
    case fileDelete(FileAccess)
    /// An HTTP request (`http.request`).
    case http(HTTPRequest)
    /// One SQL statement (`sql.exec`).
    case sql(SQLStatement)
    /// A command to a non-SQL data store: Redis, MongoDB (`datastore.exec`).
    case datastore(DatastoreCommand)

    /// The action's name as policies see it: `shell.exec`, `file.read`, … (Cedar `Action::"…"`).
    public var kind: String {
        switch self {
        case .exec: "shell.exec"
        case .fileRead: "file.read"
        case .fileWrite: "file.write"
        case .fileDelete: "file.delete"
        case .http: "http.request"
        case .sql: "sql.exec"
        case .datastore: "datastore.exec"
        }
    }
}

/// A file touched by an action.
public struct FileAccess: Hashable, Sendable {
    /// The path as the command gives it (relative paths are relative to the command's working directory;
    /// `~` is not expanded). For a dynamic word, its source text.
    public var path: String
    /// False when the path is known only at run time (`$DIR/x`) or is a glob (`*.log`).
    public var isStatic: Bool
    /// True when the operation applies to a whole tree (`rm -r`, `cp -r`, `shred` of a directory, `grep -r`).
    public var isRecursive: Bool
    /// The program or construct responsible: `rm`, `sed -i`, `redirection`, `python`.
    public var via: String

    public init(path: String, isStatic: Bool = true, isRecursive: Bool = false, via: String) {
        self.path = path
        self.isStatic = isStatic
        self.isRecursive = isRecursive
        self.via = via
    }
}

/// An HTTP request made by a client program (curl, wget, httpie) or interpreter code.
public struct HTTPRequest: Hashable, Sendable {
    /// Upper-case method: `GET`, `POST`, `DELETE`, …
    public var method: String
    /// The URL as given, with a scheme added when the client assumes one (`example.com` → `http://example.com`).
    public var url: String
    /// Lower-case host name or IP literal, without port; empty when the URL is dynamic or unparseable.
    public var host: String
    /// The path (and no query), `/` when empty.
    public var path: String
    /// Header names and values in order (names as given).
    public var headers: [HTTPHeader]
    /// The request body when known: literal text, or `@file` reference as `.file(path)`.
    public var body: HTTPBody
    /// GraphQL operations found in the body (or in a `query=` parameter of a GET), in order.
    public var graphQL: [GraphQLOperation]
    /// False when the URL or method is only known at run time.
    public var isStatic: Bool
    /// The client: `curl`, `wget`, `http`, `python`, …
    public var via: String

    public init(
        method: String, url: String, host: String, path: String, headers: [HTTPHeader] = [], body: HTTPBody = .none,
        graphQL: [GraphQLOperation] = [], isStatic: Bool = true, via: String
    ) {
        self.method = method
        self.url = url
        self.host = host
        self.path = path
        self.headers = headers
        self.body = body
        self.graphQL = graphQL
        self.isStatic = isStatic
        self.via = via
    }
}

public struct HTTPHeader: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

public enum HTTPBody: Hashable, Sendable {
    case none
    /// The body text (form fields joined with `&` as curl does).
    case text(String)
    /// Read from a file at run time (`-d @file`, `--data-binary @-` is `.file("-")`).
    case file(String)
    /// Known only at run time.
    case dynamic
}

/// One operation of a GraphQL document: `mutation DeleteIt { volumeDelete(id: "…") }` →
/// type `mutation`, name `DeleteIt`, root fields `["volumeDelete"]`.
public struct GraphQLOperation: Hashable, Sendable {
    /// `query`, `mutation` or `subscription` (a bare selection set `{ … }` is a `query`).
    public var type: String
    public var name: String?
    /// The root fields selected, by field name (not alias), fragments on the root type expanded.
    public var rootFields: [String]

    public init(type: String, name: String?, rootFields: [String]) {
        self.type = type
        self.name = name
        self.rootFields = rootFields
    }
}

/// One SQL statement given to a database client.
public struct SQLStatement: Hashable, Sendable {
    /// Upper-case leading keyword(s) that say what the statement does: `SELECT`, `INSERT`, `UPDATE`, `DELETE`,
    /// `DROP`, `TRUNCATE`, `ALTER`, `CREATE`, `GRANT`, … (`WITH … DELETE` is `DELETE`).
    public var kind: String
    /// For DDL, the upper-case object type: `TABLE`, `DATABASE`, `SCHEMA`, `INDEX`, … ; nil otherwise.
    public var objectType: String?
    /// The object or table names the statement targets, as written (`public.users`).
    public var targets: [String]
    /// For `UPDATE` and `DELETE`: whether a `WHERE` clause restricts the rows. True for other kinds.
    public var hasWhereClause: Bool
    /// The statement text, trimmed, without the trailing `;`.
    public var text: String
    /// The client: `psql`, `mysql`, `sqlite3`, …
    public var via: String

    public init(
        kind: String, objectType: String? = nil, targets: [String] = [], hasWhereClause: Bool = true, text: String,
        via: String
    ) {
        self.kind = kind
        self.objectType = objectType
        self.targets = targets
        self.hasWhereClause = hasWhereClause
        self.text = text
        self.via = via
    }
}

/// A command to Redis or MongoDB.
public struct DatastoreCommand: Hashable, Sendable {
    /// `redis` or `mongodb`.
    public var store: String
    /// Redis: the upper-case command (`FLUSHALL`, `DEL`). MongoDB: the method called, e.g. `dropDatabase`,
    /// `deleteMany`, `drop` (the collection is in `target`).
    public var command: String
    /// Redis: the key or pattern; MongoDB: the collection (`db.users.drop()` → `users`); nil when none.
    public var target: String?
    /// The command's text as given.
    public var text: String
    /// The client: `redis-cli`, `mongosh`, `mongo`.
    public var via: String
    /// MongoDB: true when the filter selects every document (`deleteMany({})`, `remove({})`, no filter at all).
    /// False by default and for Redis.
    public var hasEmptyFilter: Bool

    public init(
        store: String, command: String, target: String? = nil, text: String, via: String, hasEmptyFilter: Bool = false
    ) {
        self.store = store
        self.command = command
        self.target = target
        self.text = text
        self.via = via
        self.hasEmptyFilter = hasEmptyFilter
    }
}
