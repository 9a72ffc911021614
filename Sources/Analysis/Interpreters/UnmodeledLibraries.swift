/// Client libraries for databases, clouds, remote shells and orchestrators whose effects Warden does not model:
/// code that loads one can delete a table, a bucket or a cluster through calls no table here describes, so
/// loading one makes the code opaque, named by the library.
enum UnmodeledLibraries {
    /// Python modules (a dotted module matches itself and its submodules: `google.cloud.storage`).
    static let python: [String] = [
        "psycopg2", "psycopg", "pymysql", "MySQLdb", "mysql.connector", "sqlite3", "sqlalchemy", "redis",
        "pymongo", "motor", "asyncpg", "aiomysql", "cassandra", "elasticsearch", "boto3", "botocore", "aioboto3",
        "paramiko", "fabric", "google.cloud", "azure", "kubernetes", "docker", "pyodbc", "cx_Oracle", "oracledb",
        "snowflake", "clickhouse_driver", "neo4j",
    ]

    /// JavaScript packages (a name ending in `/` matches a scope: `@aws-sdk/client-s3`).
    static let javascript: [String] = [
        "pg", "postgres", "mysql", "mysql2", "sqlite3", "better-sqlite3", "redis", "ioredis", "mongodb",
        "mongoose", "knex", "sequelize", "typeorm", "@prisma/client", "aws-sdk", "@aws-sdk/", "@google-cloud/",
        "@azure/", "ssh2", "node-ssh", "dockerode", "@kubernetes/client-node", "@elastic/elasticsearch",
        "@planetscale/database", "@neondatabase/serverless", "@libsql/client", "bun:sqlite",
    ]

    /// Ruby libraries (a name ending in `*` matches a family: `aws-sdk-s3`).
    static let ruby: [String] = [
        "pg", "mysql2", "sqlite3", "redis", "mongo", "sequel", "active_record", "aws-sdk*", "net/ssh",
        "google/cloud*", "azure*", "docker", "kubeclient",
    ]

    /// The SQL dialect of a database library's SQL, nil for libraries that do not take SQL text.
    static func sqlDialect(of library: String) -> SQLDialect? {
        switch library {
        case "pymysql", "MySQLdb", "mysql.connector", "aiomysql", "mysql", "mysql2", "@planetscale/database":
            .mysql
        case "sqlite3", "better-sqlite3", "@libsql/client", "bun:sqlite":
            .sqlite
        case "psycopg2", "psycopg", "asyncpg", "sqlalchemy", "pg", "postgres", "knex", "sequelize", "typeorm",
            "@neondatabase/serverless", "sequel", "active_record":
            .postgres
        default:
            nil
        }
    }

    /// Methods of database handles that run the SQL text given as their first argument.
    static let sqlMethods: Set<String> = [
        "execute", "executemany", "executescript", "query", "exec", "run", "raw", "prepare", "unsafe", "text",
    ]

    /// The first library of the table that `module` is, or is part of.
    static func match(_ module: String, language: CodeLanguage) -> String? {
        switch language {
        case .python:
            return python.first { module == $0 || module.hasPrefix($0 + ".") }
        case .javascript:
            let name = CodeNames.normalizedModule(module)
            return javascript.first { $0.hasSuffix("/") ? name.hasPrefix($0) : name == $0 || name.hasPrefix($0 + "/") }
        case .ruby:
            return ruby.first { $0.hasSuffix("*") ? module.hasPrefix($0.dropLast()) : module == $0 }
        default:
            return nil
        }
    }

    /// The modules `tokens` import by name: Python `import a.b, c` and `from a.b import x`; JavaScript
    /// `import … from "m"`, `import "m"`, `require("m")`, `import("m")`; Ruby `require "m"`.
    static func imported(_ tokens: [CodeToken], calls: CodeCalls, language: CodeLanguage) -> [String] {
        var modules: [String] = []
        switch language {
        case .python:
            for place in tokens.indices where tokens[place].kind == .identifier {
                let word = tokens[place].text
                guard word == "import" || word == "from", place == 0 || tokens[place - 1].text != "from" else {
                    continue
                }
                var cursor = place + 1
                while cursor < tokens.count, modules.count < 64 {
                    var parts: [String] = []
                    while cursor < tokens.count, tokens[cursor].kind == .identifier, tokens[cursor].text != "import" {
                        parts.append(tokens[cursor].text)
                        cursor += 1
                        guard cursor < tokens.count, tokens[cursor].isPunctuation(".") else { break }
                        cursor += 1
                    }
                    guard !parts.isEmpty else { break }
                    modules.append(parts.joined(separator: "."))
                    if word == "from" { break }
                    if cursor + 1 < tokens.count, tokens[cursor].text == "as" { cursor += 2 }
                    guard cursor < tokens.count, tokens[cursor].isPunctuation(",") else { break }
                    cursor += 1
                }
            }
        case .javascript:
            for place in tokens.indices.dropLast() where tokens[place].kind == .identifier {
                let word = tokens[place].text
                if word == "from" || word == "import", tokens[place + 1].kind == .string {
                    modules.append(tokens[place + 1].text)
                }
            }
            for call in calls.calls where call.last == "require" || call.name == "import" {
                if let module = call.string(at: 0) { modules.append(module) }
            }
        case .ruby:
            for call in calls.calls where call.name == "require" || call.name == "Kernel.require" {
                if let module = call.string(at: 0) { modules.append(module) }
            }
        default:
            break
        }
        return modules
    }
}
