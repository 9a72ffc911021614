// CONTRACT STUB — replaced by its implementation (issue 3).

/// Commands that run other commands: sudo, env, xargs, find -exec, sh -c, eval, ssh, kubectl exec, … → the inner commands or scripts.
public enum CommandUnwrapping {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? { nil }
}
