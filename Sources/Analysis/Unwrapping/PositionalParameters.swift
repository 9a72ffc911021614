/// `sh -c 'rm -rf "$1"' sh /tmp/x`: the positional parameters of `-c` code are the words after it (`$0` first).
/// When they are all static, they are put into the code text, quoted, so the code reads as it will run.
///
/// Only the plain forms (`$1`, `${1}`, `$@`, `$*`, `$#`) at the top level or in double quotes are replaced. Any
/// construct whose quoting rules differ (command substitution, backquotes, heredocs, `${1:-…}`) leaves the code as
/// written: its parameters then stay run-time values, which is the cautious reading.
enum PositionalParameters {
    static let maximumArguments = 64
    static let maximumTextLength = 65_536

    /// `code` with its positional parameters replaced by `arguments` (`$0` is `arguments[0]`), or nil.
    static func substitute(_ code: String, arguments: [ShellWord]) -> String? {
        guard !arguments.isEmpty, arguments.count <= maximumArguments, arguments.allStatic,
            code.utf8.count <= maximumTextLength, code.containsBytes("$")
        else { return nil }
        let values = arguments.map(\.text)
        let scalars = Array(code.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        var inDoubleQuotes = false
        var replaced = false
        func peek(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }
        while index < scalars.count {
            let character = scalars[index]
            switch character {
            case "'" where !inDoubleQuotes:
                guard let close = scalars[(index + 1)...].firstIndex(of: "'") else { return nil }
                result.append(contentsOf: scalars[index...close])
                index = close + 1
                continue
            case "\"":
                inDoubleQuotes.toggle()
            case "\\":
                result.append(character)
                if let next = peek(1) { result.append(next) }
                index += 2
                continue
            case "`":
                return nil
            case "<" where !inDoubleQuotes && peek(1) == "<":
                return nil
            case "$":
                guard let next = peek(1) else { break }
                if next == "(" { return nil }
                guard let (parameter, length) = parameter(after: index, in: scalars) else {
                    if next == "{" { return nil }  // `${NAME…}` forms: leave the whole code as written
                    break
                }
                guard let text = replacement(parameter, values: values, inDoubleQuotes: inDoubleQuotes) else {
                    return nil
                }
                result.append(contentsOf: text.unicodeScalars)
                replaced = true
                index += length
                continue
            default:
                break
            }
            result.append(character)
            index += 1
        }
        return replaced ? String(result) : nil
    }

    private enum Parameter {
        case position(Int)
        case all(joined: Bool)
        case count
    }

    /// The parameter at `scalars[index]` (a `$`) and the length of its spelling, or nil for other expansions.
    private static func parameter(after index: Int, in scalars: [Unicode.Scalar]) -> (Parameter, Int)? {
        let next = scalars[index + 1]
        if ("0"..."9").contains(next), let digit = Int(String(next)) { return (.position(digit), 2) }
        switch next {
        case "@": return (.all(joined: false), 2)
        case "*": return (.all(joined: true), 2)
        case "#": return (.count, 2)
        case "{":
            guard let close = scalars[(index + 2)...].firstIndex(of: "}") else { return nil }
            let inside = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
            let length = close - index + 1
            if let position = Int(inside), inside.allSatisfy(\.isASCIIDigit) { return (.position(position), length) }
            if inside == "@" { return (.all(joined: false), length) }
            if inside == "*" { return (.all(joined: true), length) }
            return nil
        default:
            return nil
        }
    }

    private static func replacement(_ parameter: Parameter, values: [String], inDoubleQuotes: Bool) -> String? {
        switch parameter {
        case .position(let position):
            let value = position < values.count ? values[position] : ""
            if inDoubleQuotes { return escapedForDoubleQuotes(value) }
            return value.isEmpty ? "" : ParallelCommand.quoted(value)
        case .count:
            return String(values.count - 1)
        case .all(let joined):
            let arguments = Array(values.dropFirst())
            if inDoubleQuotes {
                // `"$@"` with no arguments is no word at all, which a replacement cannot express.
                if !joined, arguments.isEmpty { return nil }
                return arguments.map(escapedForDoubleQuotes).joined(separator: joined ? " " : "\" \"")
            }
            return arguments.map(ParallelCommand.quoted).joined(separator: " ")
        }
    }

    private static func escapedForDoubleQuotes(_ value: String) -> String {
        var text = ""
        for character in value {
            if character == "\\" || character == "\"" || character == "$" || character == "`" { text.append("\\") }
            text.append(character)
        }
        return text
    }
}
