/// A recursive-descent parser for Cedar policies and expressions, following Cedar's grammar and its
/// conversion rules (Rust `cedar-policy-core`: `grammar.lalrpop` and `cst_to_ast.rs`).
///
/// Syntax errors abort the current policy (the parser then skips to the next `;`); errors in otherwise
/// well-formed syntax (reserved names, unknown functions, bad escapes…) are collected and parsing goes on,
/// so one run reports as many problems as it can.
struct Parser {
    let bytes: [UInt8]
    let tokens: [Token]
    /// Byte ranges of the `//` comments, for the formatter.
    let comments: [Range<Int>]
    let map: SourceMap
    var index = 0
    var diagnostics: [Diagnostic] = []
    /// Current nesting of expressions inside parentheses, brackets, braces and calls.
    var depth = 0
    /// Template slots met while parsing, with their byte ranges (conditions may not contain any).
    var slotsSeen: [(slot: SlotID, start: Int, end: Int)] = []

    /// How deeply expressions may nest before the parser gives up, keeping the stack safe.
    static let maxDepth = 128
    /// The tallest expression tree the parser builds (`Expr.height`). Long `&&`/`||`/`+`/`*` chains, attribute
    /// accesses and `has` paths make trees as tall as they are long, and everything that walks a tree recurses
    /// once per level; the evaluator stops at `Evaluator.maximumDepth` anyway.
    static let maxHeight = 500

    /// A syntax error: stops the current policy.
    struct Abort: Error {
        var diagnostic: Diagnostic
    }

    init(source: String, file: String?) {
        let bytes = Array(source.utf8)
        self.bytes = bytes
        let lexer = Lexer.tokenize(bytes)
        self.tokens = lexer.tokens
        self.comments = lexer.comments
        self.map = SourceMap(bytes: bytes, file: file)
    }

    // MARK: Tokens

    var current: Token { tokens[index] }
    var kind: Token.Kind { tokens[index].kind }

    func peekKind(_ ahead: Int = 1) -> Token.Kind {
        let i = index + ahead
        return i < tokens.count ? tokens[i].kind : .end
    }

    /// The previous token's end offset (where the last consumed token stopped).
    var lastEnd: Int { index > 0 ? tokens[index - 1].end : 0 }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if token.kind != .end { index += 1 }
        return token
    }

    mutating func accept(_ k: Token.Kind) -> Bool {
        if kind == k {
            index += 1
            return true
        }
        return false
    }

    mutating func expect(_ k: Token.Kind, _ context: String) throws(Abort) -> Token {
        guard kind == k else { throw unexpected("expected \(k.spelling) \(context)") }
        return advance()
    }

    /// The text of a token.
    func text(_ token: Token) -> String { text(token.start, token.end) }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    // MARK: Errors

    func span(_ start: Int, _ end: Int) -> SourceSpan { map.span(start, end) }

    /// A syntax error at the current token: "`expectation`, found `…`".
    func unexpected(_ expectation: String) -> Abort {
        let token = current
        let found: String
        switch token.kind {
        case .end: found = "end of input"
        case .unterminatedString: found = "an unterminated string literal"
        case .invalidCharacter:
            // Shown escaped (`\u{1}`) when invisible, so the message says which character it was.
            let shown = text(token).unicodeScalars.map { scalar in
                scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                    ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
            found = "invalid character `\(shown.joined())`"
        case .string, .number, .identifier, .otherSlot: found = "`\(text(token))`"
        default: found = token.kind.spelling
        }
        return Abort(diagnostic: Diagnostic("\(expectation), found \(found)", at: span(token.start, token.end)))
    }

    mutating func report(_ message: String, _ start: Int, _ end: Int, help: String? = nil) {
        diagnostics.append(Diagnostic(message, at: span(start, end), help: help))
    }

    // MARK: Building expressions

    /// An expression node; one taller than `maxHeight` is reported and replaced by a placeholder, so no tree the
    /// parser builds ever gets taller.
    mutating func make(_ kind: Expr.Kind, _ start: Int, _ end: Int) -> Expr {
        let expr = Expr(kind, span: span(start, end))
        guard expr.height <= Self.maxHeight else {
            report(
                "expression too deep: more than \(Self.maxHeight) nested operations", start, end,
                help: "split long chains of `&&`, `||`, `+`, `*`, attribute accesses or `has` paths into smaller parts")
            return placeholder(start, end)
        }
        return expr
    }

    /// Placeholder for an expression whose error was reported.
    func placeholder(_ start: Int, _ end: Int) -> Expr { Expr(.literal(.bool(false)), span: span(start, end)) }

    mutating func enter() throws(Abort) {
        depth += 1
        if depth > Self.maxDepth {
            throw Abort(
                diagnostic: Diagnostic(
                    "nesting too deep: expressions may nest at most \(Self.maxDepth) levels",
                    at: span(current.start, current.end)))
        }
    }

    mutating func leave() { depth -= 1 }
}
