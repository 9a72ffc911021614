/// One token of the human-readable Cedar schema format, with where it is.
struct CedarSchemaToken: Sendable {
    enum Kind: Equatable, Sendable {
        /// An identifier or keyword (`entity`, `Set`, `User`, …); keywords are recognised by the parser.
        case identifier(String)
        /// A string literal, as written between the quotes (escapes not yet processed).
        case string(String)
        /// A run of digits: lexically valid, but no schema construct accepts it.
        case number(String)
        /// Punctuation: `,` `;` `:` `::` `{` `}` `[` `]` `<` `>` `=` `?` `@` `(` `)`.
        case punctuation(String)
        case endOfInput
    }

    var kind: Kind
    var span: SourceSpan

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .identifier(let text), .number(let text), .punctuation(let text): "`\(text)`"
        case .string(let text): "`\"\(text)\"`"
        case .endOfInput: "end of input"
        }
    }
}

/// Splits a `.cedarschema` text into tokens, skipping whitespace (Unicode `\s`) and `//` comments.
///
/// Works on UTF-8 bytes; columns count Unicode scalars.
struct CedarSchemaLexer {
    private let bytes: [UInt8]
    private let file: String?
    private var index = 0
    private var line = 1
    /// 1-based column in Unicode scalars, kept up to date by `advance`.
    private var column = 1

    init(_ source: String, file: String?) {
        self.bytes = Array(source.utf8)
        self.file = file
    }

    /// All tokens, ending with `.endOfInput`.
    static func tokenize(_ source: String, file: String?) throws(Diagnostic) -> [CedarSchemaToken] {
        var lexer = CedarSchemaLexer(source, file: file)
        var tokens: [CedarSchemaToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: index) }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        index + ahead < bytes.count ? bytes[index + ahead] : nil
    }

    /// Moves past one byte, counting lines and scalars.
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// The scalar starting at `index` and its length in bytes (the text is valid UTF-8).
    private func scalarHere() -> (Unicode.Scalar, Int) {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, UTF8.width(scalar)) }
        return ("\u{FFFD}", 1)
    }

    private mutating func skipTrivia() {
        while let byte = peek() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: advance()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while let c = peek(), c != 0x0A, c != 0x0D { advance() }
            case 0x80...:
                let (scalar, width) = scalarHere()
                guard scalar.properties.isWhitespace else { return }
                for _ in 0..<width { advance() }
            default: return
            }
        }
    }

    private static func isIdentifierStart(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "_") || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private mutating func take(while predicate: (UInt8) -> Bool) -> String {
        let start = index
        while let b = peek(), predicate(b) { advance() }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func next() throws(Diagnostic) -> CedarSchemaToken {
        skipTrivia()
        let start = position
        guard let byte = peek() else {
            return CedarSchemaToken(kind: .endOfInput, span: SourceSpan(file: file, start: start, end: start))
        }
        let kind: CedarSchemaToken.Kind
        if Self.isIdentifierStart(byte) {
            kind = .identifier(take { Self.isIdentifierStart($0) || Self.isDigit($0) })
        } else if Self.isDigit(byte) {
            kind = .number(take(while: Self.isDigit))
        } else if byte == UInt8(ascii: "\"") {
            kind = .string(try lexString(start: start))
        } else if byte == UInt8(ascii: ":") && peek(1) == UInt8(ascii: ":") {
            advance()
            advance()
            kind = .punctuation("::")
        } else if let p = Self.punctuation[byte] {
            advance()
            kind = .punctuation(p)
        } else {
            let (scalar, width) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : scalarHere()
            for _ in 0..<width { advance() }
            throw Diagnostic(
                "invalid token: unexpected character `\(String(scalar))`",
                at: SourceSpan(file: file, start: start, end: position))
        }
        return CedarSchemaToken(kind: kind, span: SourceSpan(file: file, start: start, end: position))
    }

    private static let punctuation: [UInt8: String] = Dictionary(
        uniqueKeysWithValues: ",;:{}[]<>=?@()".utf8.map { ($0, String(UnicodeScalar($0))) })

    /// A string literal's raw body; a backslash escapes any character but a newline.
    private mutating func lexString(start: SourcePosition) throws(Diagnostic) -> String {
        advance()  // opening quote
        let bodyStart = index
        while let c = peek() {
            if c == UInt8(ascii: "\"") {
                let body = String(decoding: bytes[bodyStart..<index], as: UTF8.self)
                advance()
                return body
            }
            if c == UInt8(ascii: "\\") {
                guard let escaped = peek(1), escaped != 0x0A else { break }
                advance()
            }
            advance()
        }
        throw Diagnostic(
            "invalid token: unterminated string literal", at: SourceSpan(file: file, start: start, end: position),
            help: "close the string with `\"`")
    }
}
