/// Shells given code: `bash -c TEXT`, `sh` reading a script from standard input, `bash deploy.sh`, `eval`,
/// `source FILE`.
enum ShellCode {
    /// POSIX-family shells whose `-c` text and scripts are read as shell (csh and fish share the simple-command
    /// syntax that matters here; what they do differently does not parse, which makes it opaque, not safe).
    static let shells: Set<String> = [
        "sh", "bash", "zsh", "dash", "ksh", "ksh93", "ash", "mksh", "lksh", "oksh", "pdksh", "rbash", "yash", "posh",
        "fish", "csh", "tcsh",
    ]

    /// Long options of bash and zsh that take a value as the next word.
    private static let valuedLongOptions: Set<String> = ["--rcfile", "--init-file", "--emulate"]

    /// `bash [options] [-c TEXT [name args…] | FILE args… | -s args…]`.
    static func derive(shell command: CommandInvocation) -> Derivation {
        let program = command.program
        var letters = Set<Character>()
        var rest = command.words.dropFirst()
        while let word = rest.first, word.isStatic {
            let text = word.text
            guard text.count > 1, text.first == "-" || text.first == "+" else { break }
            rest = rest.dropFirst()
            if text == "--" || text == "-" { break }
            if text.hasPrefix("--") {
                let name = String(text.prefix { $0 != "=" })
                if name == "--version" || name == "--help" { return .nothing }
                if valuedLongOptions.contains(name), !text.contains("=") {
                    guard rest.first != nil else { return Derivation(opaqueReasons: [missingValue(text, command)]) }
                    rest = rest.dropFirst()
                }
                continue
            }
            for letter in text.dropFirst() {
                if letter == "o" || letter == "O" {
                    // `-o pipefail`: the option name is the next word.
                    guard rest.first != nil else { return Derivation(opaqueReasons: [missingValue(text, command)]) }
                    rest = rest.dropFirst()
                } else if text.first == "-" {
                    letters.insert(letter)
                }
            }
        }
        if letters.contains("n") { return .nothing }  // noexec: commands are read, never run
        if letters.contains("c") {
            guard let code = rest.first else {
                return .opaque(.unknownWrapper, "`\(program) -c` is given no code (`\(command.quoted)`)")
            }
            if code.isStatic,
                let substituted = PositionalParameters.substitute(code.text, arguments: Array(rest.dropFirst()))
            {
                return .script(substituted, wrapper: "\(program) -c")
            }
            return shellText(code, label: "\(program) -c")
        }
        guard !letters.contains("s"), let file = rest.first else {
            return readingStandardInput(command, label: program)
        }
        return scriptFile(file, runBy: command, label: program)
    }

    /// Shell text held in one word: analyzed as shell; when built at run time, opaque as well.
    static func shellText(_ code: ShellWord, label: String) -> Derivation {
        guard !code.isStatic else { return .script(code.text, wrapper: label) }
        let reason = UnwrapMessage.dynamicCode(code.text, in: label)
        // A lone expansion (`$CMD`, `$(curl …)`) has no known text of its own: the parser already saw what it runs.
        guard !isSingleExpansion(code.text) else { return Derivation(opaqueReasons: [reason]) }
        var derivation = Derivation.script(code.text, wrapper: label)
        derivation.opaqueReasons.append(reason)
        return derivation
    }

    /// Whether `text` is exactly one expansion: `$NAME`, `${…}`, `$(…)`, `$((…))` or `` `…` ``.
    static func isSingleExpansion(_ text: String) -> Bool {
        let characters = Array(text.utf8)
        guard characters.count > 1 else { return false }
        if characters[0] == UInt8(ascii: "`") {
            return characters.last == UInt8(ascii: "`")
                && !characters.dropFirst().dropLast().contains(UInt8(ascii: "`"))
        }
        guard characters[0] == UInt8(ascii: "$") else { return false }
        let open = characters[1]
        guard open == UInt8(ascii: "(") || open == UInt8(ascii: "{") else {
            return characters.dropFirst().allSatisfy {
                $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0)
                    || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
            }
        }
        let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "}")
        var depth = 0
        for (index, character) in characters.enumerated().dropFirst() {
            if character == open { depth += 1 } else if character == close { depth -= 1 }
            if depth == 0 { return index == characters.count - 1 }
        }
        return false
    }

    /// Shell text made of several words joined with spaces (`eval`, `watch`, `ssh`).
    static func shellText(_ words: [ShellWord], label: String) -> Derivation {
        shellText(ShellWord(words.joinedText, isStatic: words.allStatic), label: label)
    }

    /// A shell started without code: it reads commands from standard input.
    static func interactiveShell(_ command: CommandInvocation, label: String) -> Derivation {
        readingStandardInput(command, label: label)
    }

    /// A program that reads shell code from its standard input.
    static func readingStandardInput(_ command: CommandInvocation, label: String) -> Derivation {
        switch command.standardInput {
        case .inherited:
            // An interactive session with whoever is at the terminal: no code here to analyze.
            return .nothing
        case .text(let text):
            return .script(text, wrapper: "\(label) stdin")
        case .template(let text):
            var derivation = Derivation.script(text, wrapper: "\(label) stdin")
            derivation.opaqueReasons.append(
                OpaqueReason(
                    .dynamicCode,
                    "`\(label)` reads code with run-time expansions from standard input: `\(excerpt(text))`"))
            return derivation
        case .dynamic(let source):
            return .opaque(.unknownCode, "`\(label)` reads code from the output of `\(excerpt(source))`")
        case .file(let path):
            return .opaque(.scriptFile, "`\(label)` reads code from the file `\(path.text)`")
        }
    }

    /// A shell runs the script file `file`.
    static func scriptFile(_ file: ShellWord, runBy command: CommandInvocation, label: String) -> Derivation {
        if file.isStatic, file.text == "/dev/stdin" || file.text == "/proc/self/fd/0" {
            return readingStandardInput(command, label: label)
        }
        if file.text.hasPrefix("<(") {
            return .opaque(.unknownCode, "`\(label)` runs code from the output of `\(excerpt(file.text))`")
        }
        return .opaque(
            .scriptFile, "`\(label)` runs the script file `\(file.text)`, whose content is not known here")
    }

    /// `eval ARGS`: the arguments joined with spaces are shell code.
    static func derive(eval command: CommandInvocation) -> Derivation {
        let words = Array(command.words.dropFirst().drop { $0.isStatic && $0.text == "--" })
        guard !words.isEmpty else { return .nothing }
        return shellText(words, label: "eval")
    }

    /// `trap ACTION SIGNAL…`: the action is shell code run when a signal arrives or the shell exits.
    static func derive(trap command: CommandInvocation) -> Derivation {
        let words = command.words.dropFirst().drop { $0.isStatic && ($0.text == "--" || $0.text.hasPrefix("-")) }
        // `trap SIGNAL` and `trap - SIGNAL` reset; `trap '' SIGNAL` ignores.
        guard words.count >= 2, let action = words.first,
            !(action.isStatic && (action.text == "-" || action.text.isEmpty))
        else { return .nothing }
        return shellText(action, label: "trap")
    }

    /// `source FILE args` and `. FILE args`.
    static func derive(source command: CommandInvocation) -> Derivation {
        let words = command.words.dropFirst().drop { $0.isStatic && $0.text == "--" }
        guard let file = words.first else {
            return Derivation(opaqueReasons: [UnwrapMessage.missingCommand(command.programPath, in: command)])
        }
        return scriptFile(file, runBy: command, label: command.programPath)
    }

    private static func missingValue(_ option: String, _ command: CommandInvocation) -> OpaqueReason {
        OpaqueReason(.unknownWrapper, "`\(command.program)` option `\(option)` has no value (`\(command.quoted)`)")
    }

    static func excerpt(_ text: String) -> String {
        text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}
