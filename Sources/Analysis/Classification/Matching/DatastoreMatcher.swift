/// A test on a `datastore.exec` action (Redis, MongoDB).
struct DatastoreMatcher: Hashable, Sendable {
    /// `redis`, `mongodb`; empty: any.
    var stores: [String] = []
    var command: TextTest?
    var target: TextTest?
    var hasEmptyFilter: Bool?
    var text: TextTest?
    var via: TextTest?

    func matches(_ command: DatastoreCommand) -> Bool {
        if !stores.isEmpty && !stores.contains(command.store) { return false }
        if let test = self.command, !test.matches(command.command) { return false }
        if let target, !target.matches(command.target ?? "") { return false }
        if let hasEmptyFilter, command.hasEmptyFilter != hasEmptyFilter { return false }
        if let text, !text.matches(command.text) { return false }
        if let via, !via.matches(command.via) { return false }
        return true
    }
}
