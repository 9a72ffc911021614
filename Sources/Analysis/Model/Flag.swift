/// A property of an action that policies and humans care about most.
public enum Flag: String, Hashable, Sendable, Comparable, CaseIterable {
    /// The action destroys or overwrites data or infrastructure (possibly recoverably: a backup may exist).
    case destructive
    /// The action cannot be undone: no dry run, no undo, no trash can.
    case irreversible
    /// Warden could not fully analyze the action; it must get the most cautious reading.
    case opaque

    public static func < (lhs: Flag, rhs: Flag) -> Bool { lhs.rawValue < rhs.rawValue }
}
