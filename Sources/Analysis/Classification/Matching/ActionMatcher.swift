/// One condition of a rule, for one family of actions.
enum ActionMatcher: Hashable, Sendable {
    case exec(ExecMatcher)
    case file(FileMatcher)
    case http(HTTPMatcher)
    case sql(SQLMatcher)
    case datastore(DatastoreMatcher)

    /// Whether the condition holds for a non-exec action (exec conditions need parsed arguments). `path` is the
    /// action's file or URL path, normalized once for all rules.
    func matches(_ action: Action, path: NormalizedPath) -> Bool {
        switch (self, action) {
        case (.file(let matcher), .fileRead(let access)): matcher.matches("file.read", access, path: path)
        case (.file(let matcher), .fileWrite(let access)): matcher.matches("file.write", access, path: path)
        case (.file(let matcher), .fileDelete(let access)): matcher.matches("file.delete", access, path: path)
        case (.http(let matcher), .http(let request)): matcher.matches(request, path: path)
        case (.sql(let matcher), .sql(let statement)): matcher.matches(statement)
        case (.datastore(let matcher), .datastore(let command)): matcher.matches(command)
        default: false
        }
    }
}
