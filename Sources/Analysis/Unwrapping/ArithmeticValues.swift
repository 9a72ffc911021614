/// Values that run code when bash evaluates them as arithmetic.
///
/// Bash evaluates a variable's value as an arithmetic expression in `(( x ))`, `$(( x ))`, `let x`,
/// `[[ $x -eq 1 ]]`, `declare -i` assignments and array subscripts, and an array subscript inside that value
/// (`a[$(cmd)]`) is expanded: the command substitution runs. So `x='a[$(rm -rf /)]'; (( x ))` deletes everything
/// although the assignment looks like data, and the two halves can come in separate tool calls. The cautious
/// reading: a value assigned, exported or declared with a substitution after a `[` is code, and what it would run
/// is analyzed as if it ran.
enum ArithmeticValues {
    /// Builtins whose `NAME=value` arguments assign.
    static let declarations: Set<String> = ["export", "declare", "local", "readonly", "typeset"]

    private static let declarationNames = ProgramNameFilter(declarations)

    static let label = "arithmetic evaluation"

    static func derive(_ command: CommandInvocation) -> Derivation? {
        var scripts: [EmbeddedScript] = []
        for assignment in command.assignments where assignment.value.isStatic {
            if let code = code(inValue: assignment.value.text) { scripts.append(EmbeddedScript(code, wrapper: label)) }
        }
        if command.hasStaticProgram, declarationNames.mayContain(command.program),
            declarations.contains(command.program)
        {
            for word in command.words.dropFirst() where word.isStatic {
                guard let equals = word.text.utf8.firstIndex(of: UInt8(ascii: "=")) else { continue }
                let value = String(word.text[word.text.utf8.index(after: equals)...])
                if let code = code(inValue: value) { scripts.append(EmbeddedScript(code, wrapper: label)) }
            }
        }
        return scripts.isEmpty ? nil : Derivation(scripts: scripts)
    }

    /// Shell text that runs what `value` would run if evaluated as arithmetic: `: ` and the value from its first
    /// substitution (`$(` or a backquote) after a `[`; nil when it has none.
    static func code(inValue value: String) -> String? {
        let bytes = Array(value.utf8)
        guard let bracket = bytes.firstIndex(of: UInt8(ascii: "[")) else { return nil }
        var index = bracket + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "`")
                || (bytes[index] == UInt8(ascii: "$") && index + 1 < bytes.count
                    && bytes[index + 1] == UInt8(ascii: "("))
            {
                return ": " + String(decoding: bytes[index...], as: UTF8.self)
            }
            index += 1
        }
        return nil
    }
}
