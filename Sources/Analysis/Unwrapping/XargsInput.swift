/// The arguments xargs reads when its standard input is known text (`echo /tmp/x | xargs rm -rf`), split as
/// xargs splits them, and the commands they make. Bounded: past `maximumItems` items or `maximumCommands`
/// commands the input is treated as unknown.
struct XargsInput {
    static let maximumItems = 256
    static let maximumCommands = 32

    /// Splits `text` into items: NUL-separated with `-0`, at a delimiter with `-d`, by lines with `-I`/`-L`,
    /// otherwise at blanks with quotes and backslashes honoured. Lines are kept apart for `-L` and `-I`.
    /// Nil when quoting is unbalanced or a bound is exceeded.
    static func lines(of text: String, scan: OptionScan, byLine: Bool) -> [[String]]? {
        if scan.has("-0", "--null") { return wholeItems(pieces(of: text, separatedBy: "\0")) }
        if let delimiter = scan.value("-d", "--delimiter") {
            guard let character = delimiterCharacter(delimiter.text) else { return nil }
            return wholeItems(pieces(of: text, separatedBy: character))
        }
        let endOfInput = scan.value("-E", "-e", "--eof")?.text
        var lines: [[String]] = []
        var count = 0
        guard let textLines = pieces(of: text, separatedBy: "\n") else { return nil }
        for line in textLines {
            if byLine, scan.has("-I", "-i", "--replace") {
                let item = line.drop { $0 == " " || $0 == "\t" }
                guard !item.isEmpty else { continue }
                if let endOfInput, !endOfInput.isEmpty, item == endOfInput { break }
                lines.append([String(item)])
                count += 1
            } else {
                guard let items = blankSeparated(line) else { return nil }
                if let endOfInput, !endOfInput.isEmpty, let end = items.firstIndex(of: endOfInput) {
                    lines.append(Array(items[..<end]))
                    break
                }
                if !items.isEmpty { lines.append(items) }
                count += items.count
            }
            guard count <= maximumItems else { return nil }
        }
        return lines
    }

    private static func wholeItems(_ items: [Substring]?) -> [[String]]? {
        items.map { $0.map { [String($0)] } }
    }

    /// The non-empty pieces of `text` between separators; nil past `maximumItems` (found without splitting it all).
    private static func pieces(of text: String, separatedBy separator: Character) -> [Substring]? {
        var pieces: [Substring] = []
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: separator) ?? rest.endIndex
            if end > rest.startIndex {
                guard pieces.count < maximumItems else { return nil }
                pieces.append(rest[..<end])
            }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
        }
        return pieces
    }

    /// `-d '\n'`, `-d ,`, `-d '\x2c'` (only single characters and the common escapes are read).
    private static func delimiterCharacter(_ text: String) -> Character? {
        switch text {
        case "\\n": "\n"
        case "\\t": "\t"
        case "\\0": "\0"
        case "\\\\": "\\"
        default: text.count == 1 ? text.first : nil
        }
    }

    /// One line split at blanks; `'…'`, `"…"` and `\x` quote as in xargs. Nil for an unterminated quote.
    private static func blankSeparated(_ line: Substring) -> [String]? {
        var items: [String] = []
        var current = ""
        var inItem = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == " " || character == "\t" {
                if inItem { items.append(current) }
                current = ""
                inItem = false
            } else if character == "'" || character == "\"" {
                quote = character
                inItem = true
            } else if character == "\\" {
                escaped = true
                inItem = true
            } else {
                current.append(character)
                inItem = true
            }
        }
        guard quote == nil, !escaped else { return nil }
        if inItem { items.append(current) }
        return items
    }

    /// The argvs xargs runs for `lines`: with a replacement string, one per line; with `-n N` or `-L N`, in groups;
    /// otherwise all items at once. Empty input runs the command once with no arguments, unless `-r`.
    static func commands(
        _ template: [ShellWord], lines: [[String]], scan: OptionScan, replacement: String?
    ) -> [[ShellWord]]? {
        if let replacement {
            let argvs = lines.map { line in
                template.map { word in
                    guard word.text.contains(replacement) else { return word }
                    return ShellWord(replacing(replacement, in: word.text, with: line[0]), isStatic: word.isStatic)
                }
            }
            return argvs.count <= maximumCommands ? argvs : nil
        }
        var groups: [[String]]
        if let lineCount = number(scan.value("-L", "--max-lines", "-l")) ?? (scan.has("-l", "--max-lines") ? 1 : nil) {
            groups = stride(from: 0, to: lines.count, by: lineCount).map {
                lines[$0..<min($0 + lineCount, lines.count)].flatMap { $0 }
            }
        } else {
            let items = lines.flatMap { $0 }
            if let size = number(scan.value("-n", "--max-args")) {
                groups = stride(from: 0, to: items.count, by: size).map {
                    Array(items[$0..<min($0 + size, items.count)])
                }
            } else {
                groups = items.isEmpty ? [] : [items]
            }
        }
        if groups.isEmpty, !scan.has("-r", "--no-run-if-empty") { groups = [[]] }
        guard groups.count <= maximumCommands else { return nil }
        return groups.map { template + $0.map { ShellWord($0) } }
    }

    private static func number(_ word: ShellWord?) -> Int? {
        guard let word, word.isStatic, let value = Int(word.text), value > 0 else { return nil }
        return value
    }

    private static func replacing(_ target: String, in text: String, with value: String) -> String {
        guard !target.isEmpty else { return text }
        var result = ""
        var rest = text[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += value
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
