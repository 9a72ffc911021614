/// A strict JSON parser (RFC 8259) with line:column errors, duplicate-key rejection and a nesting bound.
public struct JSONParser {
    /// Deepest nesting of arrays and objects accepted: 128, as in Rust Cedar (serde_json's recursion limit).
    /// Deeper documents are rejected; the parser itself does not recurse, and the readers that turn its
    /// output into Cedar values fit this depth in a 512 KB thread stack.
    public static let maximumDepth = 128

    private let bytes: [UInt8]
    private let file: String?
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    private init(_ text: String, file: String?) {
        self.bytes = Array(text.utf8)
        self.file = file
    }

    /// Parses a whole document; trailing non-whitespace is an error.
    public static func parse(_ text: String, file: String? = nil) throws(Diagnostic) -> JSONValue {
        var parser = JSONParser(text, file: file)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    /// The position of byte `offset` on the current line. Computed only when an error is thrown: doing it for
    /// every token would be quadratic on a long line.
    private func position(at offset: Int) -> SourcePosition {
        // Columns count Unicode scalars: skip UTF-8 continuation bytes.
        var column = 1
        var i = lineStart
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: line, column: column, offset: offset)
    }

    private func error(_ message: String, at offset: Int? = nil) -> Diagnostic {
        let here = position(at: offset ?? index)
        return Diagnostic("invalid JSON: \(message)", at: SourceSpan(file: file, start: here, end: here))
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// An array or object whose members are still being read. A struct kept in place on the stack of open
    /// containers, so appending a member mutates its storage uniquely (no copy per member).
    private struct OpenContainer {
        var isObject: Bool
        var elements: [JSONValue] = []
        var members: [(key: String, value: JSONValue)] = []
        var keys: Set<String> = []
        /// The key whose value is being read, in an object.
        var pendingKey = ""
    }

    /// Reads one value. Nesting is kept on a heap-allocated stack of open containers, not the call stack, so
    /// a document nested as deep as `maximumDepth` needs no more thread stack than a flat one.
    private mutating func parseValue() throws(Diagnostic) -> JSONValue {
        var open: [OpenContainer] = []
        while true {
            // Read a value, or open a container and go read its first member.
            var value: JSONValue
            skipWhitespace()
            switch current {
            case UInt8(ascii: "{"):
                try enter()
                index += 1
                skipWhitespace()
                guard current == UInt8(ascii: "}") else {
                    var container = OpenContainer(isObject: true)
                    container.pendingKey = try parseKey(notIn: &container.keys)
                    open.append(container)
                    continue
                }
                index += 1
                depth -= 1
                value = .object(JSONObject())
            case UInt8(ascii: "["):
                try enter()
                index += 1
                skipWhitespace()
                guard current == UInt8(ascii: "]") else {
                    open.append(OpenContainer(isObject: false))
                    continue
                }
                index += 1
                depth -= 1
                value = .array([])
            default:
                value = try parseScalar()
            }
            // Hand the value to the innermost open container, closing every container it completes.
            closing: while !open.isEmpty {
                let innermost = open.count - 1
                skipWhitespace()
                if open[innermost].isObject {
                    open[innermost].members.append((open[innermost].pendingKey, value))
                    switch current {
                    case UInt8(ascii: ","):
                        index += 1
                        open[innermost].pendingKey = try parseKey(notIn: &open[innermost].keys)
                        break closing
                    case UInt8(ascii: "}"):
                        index += 1
                        depth -= 1
                        value = .object(JSONObject(open.removeLast().members))
                    default:
                        throw error("expected `,` or `}` in the object")
                    }
                } else {
                    open[innermost].elements.append(value)
                    switch current {
                    case UInt8(ascii: ","):
                        index += 1
                        break closing
                    case UInt8(ascii: "]"):
                        index += 1
                        depth -= 1
                        value = .array(open.removeLast().elements)
                    default:
                        throw error("expected `,` or `]` in the array")
                    }
                }
            }
            if open.isEmpty { return value }
        }
    }

    /// A value that is not a container: a string, number, `true`, `false` or `null`.
    private mutating func parseScalar() throws(Diagnostic) -> JSONValue {
        guard let byte = current else { throw error("expected a value, found the end of the document") }
        switch byte {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func expectWord(_ word: String) throws(Diagnostic) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected)
        else { throw error("expected `\(word)`") }
        index += expected.count
    }

    private mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    /// An object member's key and the `:` after it; `keys` holds the keys already in the object.
    private mutating func parseKey(notIn keys: inout Set<String>) throws(Diagnostic) -> String {
        skipWhitespace()
        guard current == UInt8(ascii: "\"") else { throw error("expected a string key in the object") }
        let keyStart = index
        let key = try parseString()
        // A key holds no raw line break, so the line is still the key's own.
        guard keys.insert(key).inserted else { throw error("duplicate key `\(key)`", at: keyStart) }
        skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw error("expected `:` after the key `\(key)`") }
        index += 1
        return key
    }

    private mutating func parseNumber() throws(Diagnostic) -> String {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, isDigit(first) else { throw error("expected a digit") }
        if first == UInt8(ascii: "0") {
            index += 1
        } else {
            while let c = current, isDigit(c) { index += 1 }
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let c = current, isDigit(c) else { throw error("expected a digit after `.`") }
            while let c = current, isDigit(c) { index += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let c = current, isDigit(c) else { throw error("expected a digit in the exponent") }
            while let c = current, isDigit(c) { index += 1 }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    private mutating func parseString() throws(Diagnostic) -> String {
        index += 1
        var runStart = index
        // Most strings have no escape: one decoding of their bytes, no scalar-by-scalar building.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20
        {
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            index = end + 1
            return String(decoding: bytes[runStart..<end], as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        func flush(_ end: Int) {
            if end > runStart {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while true {
            guard let byte = current else { throw error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                flush(index)
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(index)
                index += 1
                scalars.append(try parseEscape())
                runStart = index
            case 0..<0x20:
                throw error("control character in a string; escape it (for example `\\n`)")
            default:
                index += 1
            }
        }
    }

    private mutating func parseEscape() throws(Diagnostic) -> Unicode.Scalar {
        guard let byte = current else { throw error("unterminated escape") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high) {
                guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u")
                else { throw error("lone surrogate in a \\u escape") }
                index += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("invalid surrogate pair in a \\u escape") }
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                return Unicode.Scalar(value)!
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("lone surrogate in a \\u escape") }
            return scalar
        default:
            throw error("invalid escape `\\\(Character(Unicode.Scalar(byte)))`")
        }
    }

    private mutating func parseHex4() throws(Diagnostic) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current, let digit = hexValue(c) else { throw error("expected four hex digits after \\u") }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
