// CONTRACT STUB — replaced by its implementation (issue 3).

/// HTTP requests made by curl, wget and httpie, GraphQL bodies included.
public enum HTTPClients {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? { nil }
}
