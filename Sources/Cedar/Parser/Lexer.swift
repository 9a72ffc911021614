/// Splits Cedar policy text into tokens, as Cedar's grammar does.
///
/// Whitespace is any Unicode white space; `//` comments run to the end of the line. Identifiers are ASCII
/// (`[_a-zA-Z][_a-zA-Z0-9]*`); strings are `"…"` with `\`-escapes kept raw (the `Unescaper` interprets them).
struct Lexer {
    let bytes: [UInt8]
    private(set) var tokens: [Token] = []
    /// Byte ranges of the `//` comments, in order, for the formatter.
    private(set) var comments: [Range<Int>] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Tokenizes the whole input; the last token is always `.end`.
    static func tokenize(_ bytes: [UInt8]) -> Lexer {
        var lexer = Lexer(bytes: bytes)
        lexer.run()
        return lexer
    }

    private mutating func run() {
        tokens.reserveCapacity(bytes.count / 3 + 1)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                i += 1
            case UInt8(ascii: "/") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "/"):
                let start = i
                while i < n && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
                comments.append(start..<i)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                let start = i
                i += 1
                while i < n && Self.isIdentifierByte(bytes[i]) { i += 1 }
                tokens.append(Token(kind: keyword(start, i), start: start, end: i))
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = i
                while i < n && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
                tokens.append(Token(kind: .number, start: start, end: i))
            case UInt8(ascii: "\""):
                let start = i
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == UInt8(ascii: "\"") {
                        closed = true
                        i += 1
                        break
                    }
                    if c == UInt8(ascii: "\\") {
                        // `\\.` in Cedar's token regex: a backslash escapes any character but a newline.
                        if i + 1 < n && bytes[i + 1] != 0x0A {
                            i += 1 + Self.scalarLength(bytes[i + 1])
                            continue
                        }
                        break
                    }
                    i += 1
                }
                if closed {
                    tokens.append(Token(kind: .string, start: start, end: i))
                } else {
                    tokens.append(Token(kind: .unterminatedString, start: start, end: min(i, n)))
                    i = n
                }
            case UInt8(ascii: "?"):
                let start = i
                i += 1
                guard i < n, Self.isIdentifierStart(bytes[i]) else {
                    tokens.append(Token(kind: .invalidCharacter, start: start, end: i))
                    continue
                }
                while i < n && Self.isIdentifierByte(bytes[i]) { i += 1 }
                let kind: Token.Kind =
                    matches(start + 1, i, "principal")
                    ? .principalSlot : matches(start + 1, i, "resource") ? .resourceSlot : .otherSlot
                tokens.append(Token(kind: kind, start: start, end: i))
            default:
                if b >= 0x80 {
                    let (scalar, length) = decode(at: i)
                    if let scalar, scalar.properties.isWhitespace {
                        i += length
                    } else {
                        tokens.append(Token(kind: .invalidCharacter, start: i, end: i + length))
                        i += length
                    }
                    continue
                }
                let (kind, length) = punctuation(at: i)
                tokens.append(Token(kind: kind, start: i, end: i + length))
                i += length
            }
        }
        tokens.append(Token(kind: .end, start: n, end: n))
    }

    private func punctuation(at i: Int) -> (Token.Kind, Int) {
        let b = bytes[i]
        let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
        switch b {
        case UInt8(ascii: "@"): return (.at, 1)
        case UInt8(ascii: "."): return (.dot, 1)
        case UInt8(ascii: ","): return (.comma, 1)
        case UInt8(ascii: ";"): return (.semicolon, 1)
        case UInt8(ascii: ":"): return next == UInt8(ascii: ":") ? (.doubleColon, 2) : (.colon, 1)
        case UInt8(ascii: "("): return (.leftParen, 1)
        case UInt8(ascii: ")"): return (.rightParen, 1)
        case UInt8(ascii: "{"): return (.leftBrace, 1)
        case UInt8(ascii: "}"): return (.rightBrace, 1)
        case UInt8(ascii: "["): return (.leftBracket, 1)
        case UInt8(ascii: "]"): return (.rightBracket, 1)
        case UInt8(ascii: "="): return next == UInt8(ascii: "=") ? (.equalEqual, 2) : (.singleEqual, 1)
        case UInt8(ascii: "!"): return next == UInt8(ascii: "=") ? (.notEqual, 2) : (.bang, 1)
        case UInt8(ascii: "<"): return next == UInt8(ascii: "=") ? (.lessEqual, 2) : (.less, 1)
        case UInt8(ascii: ">"): return next == UInt8(ascii: "=") ? (.greaterEqual, 2) : (.greater, 1)
        case UInt8(ascii: "|"): return next == UInt8(ascii: "|") ? (.orOr, 2) : (.invalidCharacter, 1)
        case UInt8(ascii: "&"): return next == UInt8(ascii: "&") ? (.andAnd, 2) : (.invalidCharacter, 1)
        case UInt8(ascii: "+"): return (.plus, 1)
        case UInt8(ascii: "-"): return (.minus, 1)
        case UInt8(ascii: "*"): return (.star, 1)
        case UInt8(ascii: "/"): return (.slash, 1)
        case UInt8(ascii: "%"): return (.percent, 1)
        default: return (.invalidCharacter, 1)
        }
    }

    private func keyword(_ start: Int, _ end: Int) -> Token.Kind {
        switch end - start {
        case 2:
            if matches(start, end, "if") { return .ifKeyword }
            if matches(start, end, "in") { return .in }
            if matches(start, end, "is") { return .is }
        case 3:
            if matches(start, end, "has") { return .has }
        case 4:
            if matches(start, end, "true") { return .trueKeyword }
            if matches(start, end, "when") { return .when }
            if matches(start, end, "like") { return .like }
            if matches(start, end, "then") { return .then }
            if matches(start, end, "else") { return .else }
        case 5:
            if matches(start, end, "false") { return .falseKeyword }
        case 6:
            if matches(start, end, "permit") { return .permit }
            if matches(start, end, "forbid") { return .forbid }
            if matches(start, end, "unless") { return .unless }
            if matches(start, end, "action") { return .action }
        case 7:
            if matches(start, end, "context") { return .context }
        case 8:
            if matches(start, end, "resource") { return .resource }
        case 9:
            if matches(start, end, "principal") { return .principal }
        default:
            break
        }
        return .identifier
    }

    private func matches(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { buffer in
            for k in 0..<buffer.count where bytes[start + k] != buffer[k] { return false }
            return true
        }
    }

    /// Decodes the scalar starting at `i` (nil when the bytes are not valid UTF-8) and its length in bytes.
    private func decode(at i: Int) -> (Unicode.Scalar?, Int) {
        let length = Self.scalarLength(bytes[i])
        guard i + length <= bytes.count else { return (nil, bytes.count - i) }
        var iterator = bytes[i..<(i + length)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return (nil, length)
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0...: 4
        default: 1
        }
    }

    static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || b == UInt8(ascii: "_")
    }

    static func isIdentifierByte(_ b: UInt8) -> Bool {
        isIdentifierStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }
}
