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

/// Splits a `.cedarschema` text into tokens, skipping whitespace and `//` comments.
struct CedarSchemaLexer {
    private let scalars: [Unicode.Scalar]
    private let file: String?
    private var index = 0
    private var line = 1
    private var column = 1
    private var offset = 0

    init(_ source: String, file: String?) {
        self.scalars = Array(source.unicodeScalars)
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

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: offset) }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private mutating func advance() {
        let scalar = scalars[index]
        index += 1
        offset += String(scalar).utf8.count
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private mutating func skipTrivia() {
        while let scalar = peek() {
            if scalar.properties.isWhitespace {
                advance()
            } else if scalar == "/" && peek(1) == "/" {
                while let c = peek(), c != "\n", c != "\r" { advance() }
            } else {
                return
            }
        }
    }

    private static func isIdentifierStart(_ s: Unicode.Scalar) -> Bool {
        s == "_" || ("a"..."z").contains(s) || ("A"..."Z").contains(s)
    }

    private static func isIdentifierContinue(_ s: Unicode.Scalar) -> Bool {
        isIdentifierStart(s) || ("0"..."9").contains(s)
    }

    private mutating func next() throws(Diagnostic) -> CedarSchemaToken {
        skipTrivia()
        let start = position
        guard let scalar = peek() else {
            return CedarSchemaToken(kind: .endOfInput, span: SourceSpan(file: file, start: start, end: start))
        }
        let kind: CedarSchemaToken.Kind
        if Self.isIdentifierStart(scalar) {
            var text = ""
            while let c = peek(), Self.isIdentifierContinue(c) {
                text.unicodeScalars.append(c)
                advance()
            }
            kind = .identifier(text)
        } else if ("0"..."9").contains(scalar) {
            var text = ""
            while let c = peek(), ("0"..."9").contains(c) {
                text.unicodeScalars.append(c)
                advance()
            }
            kind = .number(text)
        } else if scalar == "\"" {
            kind = .string(try lexString(start: start))
        } else if scalar == ":" && peek(1) == ":" {
            advance()
            advance()
            kind = .punctuation("::")
        } else if ",;:{}[]<>=?@()".unicodeScalars.contains(scalar) {
            advance()
            kind = .punctuation(String(scalar))
        } else {
            advance()
            throw Diagnostic(
                "invalid token: unexpected character `\(String(scalar))`",
                at: SourceSpan(file: file, start: start, end: position))
        }
        return CedarSchemaToken(kind: kind, span: SourceSpan(file: file, start: start, end: position))
    }

    /// A string literal's raw body; a backslash escapes any character but a newline.
    private mutating func lexString(start: SourcePosition) throws(Diagnostic) -> String {
        advance()  // opening quote
        var body = ""
        while let c = peek() {
            if c == "\"" {
                advance()
                return body
            }
            if c == "\\" {
                guard let escaped = peek(1), escaped != "\n" else { break }
                body.unicodeScalars.append(c)
                body.unicodeScalars.append(escaped)
                advance()
                advance()
                continue
            }
            body.unicodeScalars.append(c)
            advance()
        }
        throw Diagnostic(
            "invalid token: unterminated string literal", at: SourceSpan(file: file, start: start, end: position),
            help: "close the string with `\"`")
    }
}
