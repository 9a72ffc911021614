/// A set of classification rules, loaded from a JSON document (see `docs/rule-packs.md`). Warden's own packs
/// are the same JSON, embedded in the binary; users' packs load through the same `load(json:file:)`.
public struct RulePack: Hashable, Sendable {
    /// The pack's name (`git`, `filesystem`, `acme-internal`).
    public var name: String
    /// What the pack covers, for humans.
    public var description: String
    /// The rules, in document order.
    public var rules: [Rule]
    /// How the programs the pack's rules name read their options.
    var programs: [String: ProgramSyntax]

    /// An empty pack named `name`.
    public init(name: String) {
        self.init(name: name, description: "", rules: [], programs: [:])
    }

    init(name: String, description: String, rules: [Rule], programs: [String: ProgramSyntax]) {
        self.name = name
        self.description = description
        self.rules = rules
        self.programs = programs
    }

    /// The syntax of `program` as this pack describes it.
    func syntax(of program: String) -> ProgramSyntax { programs[program] ?? .standard }
}

/// One classification rule: when one of its conditions holds for an action and none of its exceptions does, the
/// action gets a `Finding` with the rule's id, category, flags, message and alternative.
public struct Rule: Hashable, Sendable {
    /// Stable, dotted, lower-case: `git.push.force`.
    public var id: String
    public var category: String
    public var flags: Set<Flag>
    /// One line: what the matched action does.
    public var message: String
    /// One line: a safer way to reach the same goal.
    public var alternative: String
    /// The action kinds the rule applies to (`shell.exec`, `file.delete`, …).
    public var actionKinds: Set<String>
    /// Alternatives: the rule matches when any holds.
    var conditions: [ActionMatcher]
    /// Exceptions (dry runs, safe variants): the rule does not match when any holds.
    var exceptions: [ActionMatcher]
}
