/// Values that are code, although they are assigned like data: bash runs them later, possibly in another tool call.
///
/// - Any variable, in arithmetic: bash evaluates a variable as arithmetic in `(( x ))`, `$(( x ))`, `let x`,
///   `[[ $x -eq 1 ]]`, `declare -i` assignments and array subscripts, and a subscript inside the value
///   (`a[$(cmd)]`) is expanded, so its substitution runs: `x='a[$(rm -rf /)]'; (( x ))` deletes everything.
/// - `PROMPT_COMMAND` is run before each prompt; `PS0`, `PS1`, `PS2` and `PS4` (with `set -x`, before every
///   command) run their command substitutions; `BASH_ENV` and `ENV` name a file shells source when they start.
/// - Pagers, editors and askpass helpers (`PAGER`, `EDITOR`, `GIT_SSH_COMMAND`, `LESSOPEN`, …) are run through a
///   shell by the programs that read them (`PAGER='rm -rf /' man ls`).
/// - `alias NAME=VALUE` runs `VALUE` wherever `NAME` is typed.
///
/// The cautious reading: such a value is analyzed as if it ran, wherever it is assigned, exported or declared.
enum CodeValues {
    /// Builtins whose `NAME=value` arguments assign.
    static let declarations: Set<String> = ["export", "declare", "local", "readonly", "typeset"]
    private static let declarationNames = ProgramNameFilter(declarations.union(["alias"]))

    /// Variables whose whole value is shell text that bash or the programs reading them run: the prompt command,
    /// pagers and editors (run through a shell by man, git, crontab -e, visudo, …), askpass helpers, git's
    /// command variables.
    static let commandVariables: Set<String> = [
        "PROMPT_COMMAND", "PAGER", "MANPAGER", "SYSTEMD_PAGER", "EDITOR", "VISUAL", "SUDO_EDITOR", "BROWSER",
        "GIT_SSH_COMMAND", "GIT_EDITOR", "GIT_SEQUENCE_EDITOR", "GIT_PAGER", "GIT_EXTERNAL_DIFF", "GIT_ASKPASS",
        "SSH_ASKPASS", "SUDO_ASKPASS",
    ]
    /// less's input preprocessors: a command line (after a leading `|`, `||` or `-`), `%s` the file.
    static let preprocessorVariables: Set<String> = ["LESSOPEN", "LESSCLOSE"]
    /// Variables whose command substitutions run when bash expands them as prompts.
    static let promptVariables: Set<String> = ["PS0", "PS1", "PS2", "PS4"]
    /// Variables naming a file shells read as code when they start.
    static let startupFileVariables: Set<String> = ["BASH_ENV", "ENV"]

    static let arithmeticLabel = "arithmetic evaluation"

    private static let specialNames = ProgramNameFilter(
        commandVariables.union(preprocessorVariables).union(promptVariables).union(startupFileVariables))

    static func derive(_ command: CommandInvocation) -> Derivation? {
        var derivation = Derivation()
        for assignment in command.assignments {
            derivation.merge(assigned(name: assignment.name, value: assignment.value))
        }
        if command.hasStaticProgram, declarationNames.mayContain(command.program) {
            let isAlias = command.program == "alias"
            if isAlias || declarations.contains(command.program) {
                for word in command.words.dropFirst() {
                    guard word.isStatic, let equals = word.text.utf8.firstIndex(of: UInt8(ascii: "=")) else { continue }
                    let name = String(word.text[..<equals])
                    let value = ShellWord(String(word.text[word.text.utf8.index(after: equals)...]))
                    derivation.merge(
                        isAlias
                            ? ShellCode.shellText(value, label: "alias \(name)") : assigned(name: name, value: value))
                }
            }
        }
        return derivation.isEmpty ? nil : derivation
    }

    /// What assigning `value` to `name` makes bash run later.
    static func assigned(name: String, value: ShellWord) -> Derivation {
        // Most assignments name none of the special variables: one filter test, no hashing, no new string.
        guard specialNames.mayContain(name) || name.utf8.contains(UInt8(ascii: "[")) else {
            guard value.isStatic, let code = arithmeticCode(inValue: value.text) else { return Derivation() }
            return .script(code, wrapper: arithmeticLabel)
        }
        let base = name.split(separator: "[", maxSplits: 1).first.map(String.init) ?? name
        if commandVariables.contains(base) {
            return ShellCode.shellText(value, label: base)
        }
        if preprocessorVariables.contains(base) {
            let command = value.text.drop { $0 == "|" || $0 == "-" }
            return ShellCode.shellText(ShellWord(String(command), isStatic: value.isStatic), label: base)
        }
        if startupFileVariables.contains(base), !(value.isStatic && value.text.isEmpty) {
            return Derivation(opaqueReasons: [
                OpaqueReason(.scriptFile, "`\(base)=\(value.text)` makes shells run that file when they start")
            ])
        }
        guard value.isStatic else { return Derivation() }
        if promptVariables.contains(base), let code = substitutions(in: value.text, from: 0) {
            return .script(code, wrapper: "\(base) prompt")
        }
        if let code = arithmeticCode(inValue: value.text) { return .script(code, wrapper: arithmeticLabel) }
        return Derivation()
    }

    /// Whether assigning `value` to `name` is code by itself (so an assignment alone must still be walked).
    static func isCode(name: String, value: ShellWord) -> Bool {
        !assigned(name: name, value: value).isEmpty
    }

    /// Shell text that runs what `value` would run if evaluated as arithmetic: `: ` and the value from its first
    /// substitution (`$(` or a backquote) after a `[`; nil when it has none.
    static func arithmeticCode(inValue value: String) -> String? {
        guard let bracket = value.utf8.firstIndex(of: UInt8(ascii: "[")) else { return nil }
        return substitutions(in: value, from: value.utf8.distance(from: value.utf8.startIndex, to: bracket) + 1)
    }

    /// `: ` and `text` from its first `$(` or backquote at or after byte `start`, for the shell parser to find
    /// what they run; nil when there is none.
    private static func substitutions(in text: String, from start: Int) -> String? {
        let bytes = Array(text.utf8)
        var index = start
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
