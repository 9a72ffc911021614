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
        // Most commands are no interpreter: a few byte tests turn them away before the switch and the name patterns.
        guard names.mayContain(program) || mayBeVersioned(program) else { return nil }
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
            if hasVersionSuffix(program, after: "ruby") {
                return ScriptingInterpreters.rubyOrPerl(command, language: .ruby)
            }
            if hasVersionSuffix(program, after: "php") { return ScriptingInterpreters.php(command) }
            return nil
        }
    }

    private static let names = ProgramNameFilter([
        "node", "nodejs", "deno", "bun", "ruby", "perl", "php", "awk", "gawk", "mawk", "nawk",
    ])

    /// Whether `program` may be a versioned name: `python3.12`, `pypy3`, `ruby3.2`, `php8`. Each starts with `p` or
    /// `r`, as a character only if as a byte.
    private static func mayBeVersioned(_ program: String) -> Bool {
        let first = program.utf8.first
        return first == UInt8(ascii: "p") || first == UInt8(ascii: "r")
    }

    /// `program` is `name` followed by digits and dots (none included): `ruby3.2`.
    static func hasVersionSuffix(_ program: String, after name: StaticString) -> Bool {
        let bytes = program.utf8
        let prefix = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        guard bytes.starts(with: prefix) else {
            // A different first byte sequence means a different character sequence (the name is ASCII).
            return false
        }
        let rest = bytes.dropFirst(prefix.count)
        if rest.allSatisfy({ $0 < 0x80 }) {
            // ASCII: each byte is a character (a CR would not be a digit or dot either), and the ASCII numbers are
            // the digits.
            return rest.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }
        }
        let text = name.description
        return program.hasPrefix(text) && program.dropFirst(text.count).allSatisfy { $0.isNumber || $0 == "." }
    }
}
