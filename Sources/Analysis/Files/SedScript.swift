/// What a sed script does besides editing its input: files it reads (`r`, `R`) and writes (`w`, `W`, the `w`
/// flag of `s`), commands it runs (GNU `e COMMAND`, and `e` alone or the `e` flag of `s`, which run text
/// from the input: opaque). A script this reader cannot follow is opaque, never taken as harmless.
struct SedScript {
    var reads: [String] = []
    var writes: [String] = []
    var commands: [String] = []
    /// Why part of the script could not be read, when it could not.
    var unreadable: String?

    private let characters: [Character]
    private var index = 0

    private init(_ text: String) { characters = Array(text) }

    static func read(_ text: String) -> SedScript {
        var script = SedScript(text)
        script.readCommands()
        return script
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private mutating func readCommands() {
        while index < characters.count, unreadable == nil {
            skip { $0.isWhitespace || $0 == ";" }
            guard current != nil else { return }
            readAddress()
            skip { $0 == " " || $0 == "\t" }
            if current == "!" {
                index += 1
                skip { $0 == " " || $0 == "\t" }
            }
            guard let command = current else {
                unreadable = "an address without a command"
                return
            }
            index += 1
            readArguments(of: command)
        }
    }

    private mutating func readArguments(of command: Character) {
        switch command {
        case "{", "}", "=", "d", "D", "g", "G", "h", "H", "n", "N", "p", "P", "x", "z", "F":
            return
        case "#", "a", "i", "c":
            // Comments and GNU one-line text commands run to the end of the line.
            _ = restOfLine()
        case ":", "b", "t", "T", "q", "Q", "l", "L", "v":
            skip { $0 != ";" && $0 != "\n" && $0 != "}" }
        case "r", "R":
            reads.append(restOfLine())
        case "w", "W":
            writes.append(restOfLine())
        case "e":
            let command = restOfLine()
            if command.isEmpty {
                unreadable = "the `e` command runs the pattern space, text known only at run time"
            } else {
                commands.append(command)
            }
        case "y":
            guard let delimiter = current else { return fail("an unterminated `y` command") }
            index += 1
            guard skipDelimited(delimiter), skipDelimited(delimiter) else { return fail("an unterminated `y` command") }
        case "s":
            readSubstitution()
        default:
            fail("the command `\(command)`")
        }
    }

    private mutating func readSubstitution() {
        guard let delimiter = current, delimiter != "\n", delimiter != "\\" else {
            return fail("an unterminated `s` command")
        }
        index += 1
        guard skipDelimited(delimiter, regex: true), skipDelimited(delimiter) else {
            return fail("an unterminated `s` command")
        }
        while let flag = current, flag != ";", flag != "\n", flag != "}" {
            index += 1
            switch flag {
            case "w":
                writes.append(restOfLine())
                return
            case "e":
                unreadable = "the `e` flag of `s` runs the edited text, known only at run time"
                return
            case "g", "p", "i", "I", "m", "M", "0"..."9", " ", "\t":
                continue
            default:
                return fail("the `s` flag `\(flag)`")
            }
        }
    }

    private mutating func readAddress() {
        for part in 0..<2 {
            if part == 1 {
                guard current == "," else { return }
                index += 1
                skip { $0 == " " || $0 == "\t" }
            }
            guard let first = current else { return }
            if first.isNumber || first == "$" || first == "+" || first == "~" {
                index += 1
                skip { $0.isNumber || $0 == "~" }
            } else if first == "/" {
                index += 1
                guard skipDelimited("/", regex: true) else { return fail("an unterminated address") }
            } else if first == "\\", index + 1 < characters.count {
                let delimiter = characters[index + 1]
                index += 2
                guard skipDelimited(delimiter, regex: true) else { return fail("an unterminated address") }
            } else if part == 0 {
                return
            }
            skip { $0 == "I" || $0 == "M" }
        }
    }

    /// Skips to just past the next unescaped `delimiter`; false at the end of the script.
    private mutating func skipDelimited(_ delimiter: Character, regex: Bool = false) -> Bool {
        while let character = current {
            index += 1
            if character == "\\" {
                index += 1
            } else if character == delimiter {
                return true
            } else if regex, character == "[", delimiter != "[" {
                // A bracket expression may hold the delimiter: `s/[/]/x/`.
                if current == "^" { index += 1 }
                if current == "]" { index += 1 }
                while let inner = current, inner != "]", inner != "\n" { index += 1 }
                if current == "]" { index += 1 }
            }
        }
        return false
    }

    private mutating func restOfLine() -> String {
        skip { $0 == " " || $0 == "\t" }
        let start = index
        skip { $0 != "\n" }
        return String(characters[start..<index])
    }

    private mutating func skip(while predicate: (Character) -> Bool) {
        while let character = current, predicate(character) { index += 1 }
    }

    private mutating func fail(_ what: String) {
        unreadable = "\(what) is not something Warden reads in a sed script"
    }
}
