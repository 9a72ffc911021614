// CONTRACT STUB — replaced by its implementation (issue 3).

/// File reads, writes and deletions by well-known programs and by redirections.
public enum FileEffects {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? { nil }
}
