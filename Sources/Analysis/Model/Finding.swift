/// One classification rule that matched one action.
public struct Finding: Hashable, Sendable {
    /// The rule's stable id, e.g. `git.push.force`. Policies match on it (`context.rules.contains(…)`).
    public var rule: String
    /// The rule's category, e.g. `git`, `database`, `http`, `filesystem`.
    public var category: String
    /// What the matched action does: `destructive`, `irreversible` (never `opaque`: that is not a rule's verdict).
    public var flags: Set<Flag>
    /// One line for humans and the agent: what the action does.
    public var message: String
    /// A safer way to reach the same goal, e.g. `git push --force-with-lease`.
    public var alternative: String
    /// The index, in `ActionAnalysis.actions`, of the action the rule matched.
    public var actionIndex: Int

    public init(
        rule: String, category: String, flags: Set<Flag>, message: String, alternative: String, actionIndex: Int
    ) {
        self.rule = rule
        self.category = category
        self.flags = flags
        self.message = message
        self.alternative = alternative
        self.actionIndex = actionIndex
    }
}
