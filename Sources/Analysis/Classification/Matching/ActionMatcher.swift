/// One condition of a rule, for one family of actions.
/// Indirect: the matchers are large structs; boxed, testing a rule borrows its condition instead of copying it.
indirect enum ActionMatcher: Hashable, Sendable {
    case exec(ExecMatcher)
    case file(FileMatcher)
    case http(HTTPMatcher)
    case sql(SQLMatcher)
    case datastore(DatastoreMatcher)

    /// Whether the condition holds for a non-exec action (exec conditions need parsed arguments). `path` is the
    /// action's file or URL path, normalized once for all rules.
    func matches(_ action: Action, path: NormalizedPath) -> Bool {
        // Nested switches rather than one over `(self, action)`: a tuple would copy both, matcher and action,
        // for every rule tested.
        switch self {
        case .file(let matcher):
            switch action {
            case .fileRead(let access): return matcher.matches("file.read", access, path: path)
            case .fileWrite(let access): return matcher.matches("file.write", access, path: path)
            case .fileDelete(let access): return matcher.matches("file.delete", access, path: path)
            default: return false
            }
        case .http(let matcher):
            guard case .http(let request) = action else { return false }
            return matcher.matches(request, path: path)
        case .sql(let matcher):
            guard case .sql(let statement) = action else { return false }
            return matcher.matches(statement)
        case .datastore(let matcher):
            guard case .datastore(let command) = action else { return false }
            return matcher.matches(command)
        case .exec:
            return false
        }
    }
}
