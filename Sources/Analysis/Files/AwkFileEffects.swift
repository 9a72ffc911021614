/// What an awk program does besides reading its input: commands it runs through `system("…")`, and pipes to or
/// from commands (`print | "cmd"`, `"cmd" | getline`, gawk's `|&`), which are opaque unless the command is a
/// plain string; files it writes (`print > "out"`, `>>`) and reads (`getline < "file"`). Strings and
/// regular-expression literals are skipped, so `/a|b/` and `"x|y"` are not pipes.
struct AwkFileEffects {
    var commands: [String] = []
    var reads: [String] = []
    var writes: [String] = []
    /// Why the program could not be fully read, when it could not.
    var unreadable: String?

    static func read(_ text: String) -> AwkFileEffects {
        var program = AwkFileEffects()
        let characters = Array(text)
        var index = 0
        // Whether a `/` here starts a regular expression (an operand is expected) rather than a division.
        var expectsOperand = true
        // Inside a `print`/`printf` statement (outside parentheses, `>` redirects) or after `getline`.
        var statement: Substring = ""
        var parentheses = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case ";", "\n", "}", "{":
                statement = ""
                parentheses = 0
            case "(":
                parentheses += 1
            case ")":
                parentheses = max(0, parentheses - 1)
            case ">" where (statement == "print" || statement == "printf") && parentheses == 0:
                var next = index + 1
                if next < characters.count, characters[next] == ">" { next += 1 }
                program.readRedirection(characters, at: next, into: \.writes)
                index = next
                expectsOperand = true
                continue
            case "<" where statement == "getline":
                program.readRedirection(characters, at: index + 1, into: \.reads)
                index += 1
                expectsOperand = true
                continue
            default:
                break
            }
            switch character {
            case "\"":
                let (string, end) = Self.string(characters, from: index)
                if program.isPipeTarget(characters, stringAt: index) { program.commands.append(string) }
                index = end
                expectsOperand = false
                continue
            case "/" where expectsOperand:
                index += 1
                while index < characters.count, characters[index] != "/" {
                    if characters[index] == "\\" { index += 1 }
                    index += 1
                }
                index += 1
                expectsOperand = false
                continue
            case "#":
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            case "|":
                if index + 1 < characters.count, characters[index + 1] == "|" {
                    index += 2
                    expectsOperand = true
                    continue
                }
                program.readPipe(characters, at: index)
                index += 1
                expectsOperand = true
                continue
            default:
                break
            }
            if character.isLetter || character == "_" {
                var end = index
                while end < characters.count,
                    characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
                {
                    end += 1
                }
                let word = String(characters[index..<end])
                if word == "system" { program.readSystemCall(characters, after: end) }
                if ["print", "printf", "getline"].contains(word) {
                    statement = word[...]
                    parentheses = 0
                }
                index = end
                expectsOperand = ["in", "return", "print", "printf", "getline", "case"].contains(word)
                continue
            }
            if !character.isWhitespace {
                expectsOperand = !(character == ")" || character == "]" || character.isNumber || character == "$")
            }
            index += 1
        }
        return program
    }

    /// The file after `>`, `>>` or `<`: a string literal is a path; anything else names a file at run time.
    private mutating func readRedirection(
        _ characters: [Character], at start: Int, into files: WritableKeyPath<AwkFileEffects, [String]>
    ) {
        var index = start
        while index < characters.count, characters[index] == " " { index += 1 }
        if index < characters.count, characters[index] == "\"" {
            self[keyPath: files].append(Self.string(characters, from: index).0)
        } else {
            unreadable = "awk reads or writes a file named at run time"
        }
    }

    /// `system("literal")` is a command; `system(anything else)` is opaque.
    private mutating func readSystemCall(_ characters: [Character], after end: Int) {
        var index = end
        while index < characters.count, characters[index] == " " { index += 1 }
        guard index < characters.count, characters[index] == "(" else { return }
        index += 1
        while index < characters.count, characters[index] == " " { index += 1 }
        if index < characters.count, characters[index] == "\"" {
            let (string, stringEnd) = Self.string(characters, from: index)
            var close = stringEnd
            while close < characters.count, characters[close] == " " { close += 1 }
            if close < characters.count, characters[close] == ")" {
                commands.append(string)
                return
            }
        }
        unreadable = "awk runs a command built at run time with `system(…)`"
    }

    /// A pipe: the command is the string on its right (`print | "sort"`) or left (`"date" | getline`); when
    /// neither side is a plain string the command is opaque.
    private mutating func readPipe(_ characters: [Character], at index: Int) {
        var right = index + 1
        if right < characters.count, characters[right] == "&" { right += 1 }
        while right < characters.count, characters[right] == " " { right += 1 }
        if right < characters.count, characters[right] == "\"" {
            let (_, end) = Self.string(characters, from: right)
            var after = end
            while after < characters.count, characters[after] == " " { after += 1 }
            // The string is read (and recorded) when the main loop reaches it; it must be the whole command.
            if after >= characters.count || ";}\n)".contains(characters[after]) { return }
        }
        var left = index - 1
        while left >= 0, characters[left] == " " { left -= 1 }
        if left >= 0, characters[left] == "\"" {
            var after = index + 1
            while after < characters.count, characters[after] == " " { after += 1 }
            if characters[after...].starts(with: "getline") { return }
        }
        unreadable = "awk pipes to or from a command built at run time"
    }

    /// Whether the string that starts at `start` is a command: next to a `|` (`| "cmd"`, `"cmd" | getline`).
    private func isPipeTarget(_ characters: [Character], stringAt start: Int) -> Bool {
        var left = start - 1
        while left >= 0, characters[left] == " " { left -= 1 }
        if left >= 0, characters[left] == "|" || (characters[left] == "&" && left > 0 && characters[left - 1] == "|") {
            return !(left > 0 && characters[left - 1] == "|" && characters[left] == "|")
        }
        var right = Self.string(characters, from: start).1
        while right < characters.count, characters[right] == " " { right += 1 }
        guard right < characters.count, characters[right] == "|" else { return false }
        var after = right + 1
        while after < characters.count, characters[after] == " " { after += 1 }
        return characters[after...].starts(with: "getline")
    }

    /// The string literal starting at the `"` at `start`, unescaped, and the index just past its closing quote.
    private static func string(_ characters: [Character], from start: Int) -> (String, Int) {
        var text = ""
        var index = start + 1
        while index < characters.count, characters[index] != "\"" {
            if characters[index] == "\\", index + 1 < characters.count {
                index += 1
                switch characters[index] {
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: text.append(characters[index])
                }
            } else {
                text.append(characters[index])
            }
            index += 1
        }
        return (text, min(index + 1, characters.count))
    }
}
