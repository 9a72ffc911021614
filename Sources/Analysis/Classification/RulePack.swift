/// A set of classification rules, loaded from a JSON document (see `docs/rule-packs.md`). Warden's own packs
/// are the same JSON, embedded in the binary; users' packs load through the same `load(json:file:)`.
public struct RulePack: Hashable, Sendable {
    /// Where the rules are: read already, or a built-in pack read on first use.
    enum Storage: Hashable, Sendable {
        case content(PackContent)
        case builtIn(BuiltInPack)
    }

    /// The pack's name (`git`, `filesystem`, `acme-internal`).
    public var name: String
    var storage: Storage

    /// An empty pack named `name`.
    public init(name: String) {
        self.init(name: name, storage: .content(PackContent(description: "", rules: [], programs: [:])))
    }

    init(name: String, description: String, rules: [Rule], programs: [String: ProgramSyntax]) {
        self.init(
            name: name, storage: .content(PackContent(description: description, rules: rules, programs: programs)))
    }

    init(name: String, storage: Storage) {
        self.name = name
        self.storage = storage
    }

    var content: PackContent {
        get {
            switch storage {
            case .content(let content): content
            case .builtIn(let pack): pack.content
            }
        }
        set { storage = .content(newValue) }
    }

    /// What the pack covers, for humans.
    public var description: String {
        get { content.description }
        set { content.description = newValue }
    }

    /// The rules, in document order.
    public var rules: [Rule] {
        get { content.rules }
        set { content.rules = newValue }
    }

    /// The syntax of `program` (a program key) as this pack describes it.
    func syntax(of program: String) -> ProgramSyntax { content.programs[program] ?? .standard }
}

/// A pack's description, rules, and how the programs it names read their options.
struct PackContent: Hashable, Sendable {
    var description: String
    var rules: [Rule]
    var programs: [String: ProgramSyntax]
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
