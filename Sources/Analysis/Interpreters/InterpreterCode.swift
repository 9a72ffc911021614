/// Interpreter one-liners and code fed on stdin: python -c, node -e, ruby -e, perl -e, php -r, deno eval, bun -e,
/// and the commands awk programs run.
///
/// Well-known library APIs are recognized by name (file deletion and writes, processes, HTTP); a recognized call
/// whose argument is not a literal, and constructs that run code Warden cannot see (`exec`, `eval`,
/// `__import__`, `Function`, `ctypes`, raw sockets), are opaque. Code that uses none of these derives nothing.
public enum InterpreterCode {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? {
        let program = command.program
        switch program {
        case "node", "nodejs": return JavaScriptRuntimes.node(command)
        case "deno": return JavaScriptRuntimes.deno(command)
        case "bun": return JavaScriptRuntimes.bun(command)
        case "ruby": return ScriptingInterpreters.rubyOrPerl(command, language: .ruby)
        case "perl": return ScriptingInterpreters.rubyOrPerl(command, language: .perl)
        case "php": return ScriptingInterpreters.php(command)
        case "awk", "gawk", "mawk", "nawk": return AwkProgram.derive(command)
        default:
            if PythonInterpreter.isPython(program) { return PythonInterpreter.derive(command) }
            if program.hasPrefix("ruby"), program.dropFirst(4).allSatisfy({ $0.isNumber || $0 == "." }) {
                return ScriptingInterpreters.rubyOrPerl(command, language: .ruby)
            }
            if program.hasPrefix("php"), program.dropFirst(3).allSatisfy({ $0.isNumber || $0 == "." }) {
                return ScriptingInterpreters.php(command)
            }
            return nil
        }
    }
}
