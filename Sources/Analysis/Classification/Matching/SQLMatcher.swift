/// A test on a `sql.exec` action.
struct SQLMatcher: Hashable, Sendable {
    /// Upper-case statement kinds (`DROP`, `DELETE`); empty: any.
    var kinds: [String] = []
    /// Upper-case object types (`TABLE`, `DATABASE`); empty: any.
    var objectTypes: [String] = []
    var hasWhereClause: Bool?
    var target: TextTest?
    var text: TextTest?
    var via: TextTest?

    func matches(_ statement: SQLStatement) -> Bool {
        if !kinds.isEmpty && !kinds.contains(statement.kind) { return false }
        if !objectTypes.isEmpty && !objectTypes.contains(statement.objectType ?? "") { return false }
        if let hasWhereClause, statement.hasWhereClause != hasWhereClause { return false }
        if let target, !statement.targets.contains(where: target.matches) { return false }
        if let text, !text.matches(statement.text) { return false }
        if let via, !via.matches(statement.via) { return false }
        return true
    }
}
