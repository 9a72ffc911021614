// CONTRACT STUB — replaced by the rule engine and packs (issue 3, part 5).

/// A set of classification rules loaded from a pack (JSON data).
public struct RulePack: Hashable, Sendable {
    public var name: String

    public init(name: String) { self.name = name }

    /// The packs Warden ships.
    public static let builtIn: [RulePack] = []
}

/// Matches actions against rule packs.
public struct Classifier: Sendable {
    public init(packs: [RulePack] = RulePack.builtIn) {}

    /// The rules `action` (at `index` in the analysis) matches.
    public func findings(for action: Action, at index: Int) -> [Finding] { [] }
}
