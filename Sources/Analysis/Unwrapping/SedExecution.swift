/// GNU sed runs shell commands with its `e` command (`e rm x` runs `rm x`; a bare `e` runs the pattern space) and
/// the `e` flag of `s` (the line after substitution is run). File reads and writes of sed belong to file effects.
enum SedExecution {
    static let syntax = WrapperOptionSyntax(
        flags: "nErsuzh", valued: "eflb", optional: "i",
        long: [
            "quiet", "silent", "regexp-extended", "posix", "sandbox", "debug", "null-data", "zero-terminated",
            "separate", "unbuffered", "follow-symlinks", "binary", "help", "version",
        ],
        longValued: ["expression", "file", "line-length"], longOptional: ["in-place"], permutes: true)

    static func derive(_ command: CommandInvocation) -> Derivation? {
        let scan = syntax.scan(command.words.dropFirst())
        // An unknown option: file effects report what they can; sed runs nothing unless its script says so.
        guard scan.unknownOption == nil, !scan.has("--sandbox", "--help", "--version") else { return nil }
        var scripts = scan.values("-e", "--expression")
        if scripts.isEmpty, scan.values("-f", "--file").isEmpty, let first = scan.operands.first {
            scripts = [first]
        }
        var derivation = Derivation()
        for script in scripts {
            derivation.merge(executions(in: script))
        }
        return derivation.isEmpty ? nil : derivation
    }

    /// The commands a sed script runs.
    static func executions(in script: ShellWord) -> Derivation {
        var reader = SedScriptReader(Array(script.text.unicodeScalars))
        var derivation = Derivation()
        while let execution = reader.nextExecution() {
            switch execution {
            case .command(let text):
                derivation.merge(ShellCode.shellText(ShellWord(text, isStatic: script.isStatic), label: "sed e"))
            case .patternSpace:
                derivation.opaqueReasons.append(
                    OpaqueReason(.dynamicCode, "`sed e` runs each input line as a shell command (`\(script.text)`)"))
            case .substitution(let replacement):
                if let replacement {
                    derivation.merge(
                        ShellCode.shellText(ShellWord(replacement, isStatic: script.isStatic), label: "sed s///e"))
                }
                derivation.opaqueReasons.append(
                    OpaqueReason(
                        .dynamicCode,
                        "`sed s///e` runs input lines, after substitution, as shell commands (`\(script.text)`)"))
            }
        }
        return derivation
    }
}

/// A forward-only reader of a sed script that reports what it executes. Bounded by the script's length: every
/// step consumes at least one character.
struct SedScriptReader {
    enum Execution {
        /// `e COMMAND`.
        case command(String)
        /// A bare `e`: the pattern space is the command.
        case patternSpace
        /// `s/…/REPLACEMENT/e`: the replacement when it is literal (no `&` or `\N`).
        case substitution(String?)
    }

    private let characters: [Unicode.Scalar]
    private var index = 0

    init(_ characters: [Unicode.Scalar]) { self.characters = characters }

    private var current: Unicode.Scalar? { index < characters.count ? characters[index] : nil }

    mutating func nextExecution() -> Execution? {
        while let character = current {
            index += 1
            switch character {
            case " ", "\t", "\n", ";", "{", "}", "!", ",", "0"..."9", "$", "~", "+":
                continue
            case "/":
                _ = delimited(by: "/")  // an address
            case "\\":
                if let delimiter = current {
                    index += 1
                    _ = delimited(by: delimiter)
                }
            case "a", "i", "c":
                skipText()
            case "#", ":", "r", "R", "w", "W", "b", "t", "T":
                skipToEndOfCommand(semicolonEnds: "btT:".unicodeScalars.contains(character))
            case "e":
                let text = restOfLine().trimmingBlanks
                return text.isEmpty ? .patternSpace : .command(text)
            case "s":
                guard let delimiter = current else { return nil }
                index += 1
                _ = delimited(by: delimiter)
                let replacement = delimited(by: delimiter)
                var flags = ""
                while let flag = current, flag != ";", flag != "\n", flag != "}" {
                    flags.unicodeScalars.append(flag)
                    index += 1
                    if flag == "w" {  // the file name takes the rest of the line
                        skipToEndOfCommand(semicolonEnds: false)
                        break
                    }
                }
                if flags.contains("e") {
                    let literal = replacement.contains("&") || hasBackReference(replacement) ? nil : replacement
                    return .substitution(literal)
                }
            case "y":
                guard let delimiter = current else { return nil }
                index += 1
                _ = delimited(by: delimiter)
                _ = delimited(by: delimiter)
            default:
                continue  // single-letter commands: p, d, n, q, l, …
            }
        }
        return nil
    }

    /// The text up to the next unescaped `delimiter` (escapes of the delimiter and newline removed), consumed.
    private mutating func delimited(by delimiter: Unicode.Scalar) -> String {
        var text = ""
        while let character = current {
            index += 1
            if character == delimiter { return text }
            if character == "\\", let next = current {
                index += 1
                if next == delimiter {
                    text.unicodeScalars.append(next)
                } else if next == "n" {
                    text += "\n"
                } else {
                    text.unicodeScalars.append(character)
                    text.unicodeScalars.append(next)
                }
                continue
            }
            text.unicodeScalars.append(character)
        }
        return text
    }

    private mutating func restOfLine() -> String {
        var text = ""
        while let character = current, character != "\n" {
            text.unicodeScalars.append(character)
            index += 1
        }
        return text
    }

    /// The text of `a`, `i`, `c`: the rest of the line, or with `a\` the following lines while they end in `\`.
    private mutating func skipText() {
        while current == " " || current == "\t" { index += 1 }
        guard current == "\\", index + 1 < characters.count, characters[index + 1] == "\n" else {
            skipToEndOfCommand(semicolonEnds: false)
            return
        }
        index += 2
        while current != nil {
            let line = restOfLine()
            index += 1  // the newline
            guard line.hasSuffix("\\") else { return }
        }
    }

    private mutating func skipToEndOfCommand(semicolonEnds: Bool) {
        while let character = current, character != "\n", !(semicolonEnds && character == ";") {
            index += 1
        }
    }

    private func hasBackReference(_ text: String) -> Bool {
        var previous: Character?
        for character in text {
            if previous == "\\", character.isASCIIDigit { return true }
            previous = previous == "\\" ? nil : character
        }
        return false
    }
}

extension String {
    var trimmingBlanks: String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }
        return String(String.UnicodeScalarView(scalars.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
    }
}
