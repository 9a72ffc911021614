// CONTRACT STUB — replaced by its implementation (issue 3).

/// SQL given to psql, mysql, sqlite3 and similar clients by flag, stdin or heredoc.
public enum DatabaseClients {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? { nil }
}
