extension Sequence {
    /// The elements ordered by the text of a name (`Name`, `EntityUID`, …), computing each text once:
    /// the deterministic order schema output and diagnostics use.
    func sortedForSchema<Key: CustomStringConvertible>(by key: (Element) -> Key) -> [Element] {
        map { (key($0).description, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
