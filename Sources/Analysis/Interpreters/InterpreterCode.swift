// CONTRACT STUB — replaced by its implementation (issue 3).

/// Interpreter one-liners and code fed on stdin: python -c, node -e, ruby -e, perl -e, php -r, deno eval.
public enum InterpreterCode {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? { nil }
}
