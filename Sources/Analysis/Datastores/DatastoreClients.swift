// CONTRACT STUB — replaced by its implementation (issue 3).

/// Commands given to redis-cli and mongosh, by argument or stdin.
public enum DatastoreClients {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? { nil }
}
