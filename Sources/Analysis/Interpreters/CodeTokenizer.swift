/// A small, bounded tokenizer for interpreter one-liners: identifiers, string literals (escapes, raw strings,
/// triple quotes), command literals, numbers and punctuation, with comments dropped. Code inside string
/// interpolations (`f"{…}"`, `` `${…}` ``, `"#{…}"`, `"{$…}"`) is tokenized too, in place, so that a call hidden
/// there is still seen. One linear pass; nesting deeper than `maximumDepth` is reported, not followed.
struct CodeTokenizer {
    /// The tokens, and whether nesting went past the bound (the result is then incomplete).
    struct Result: Sendable {
        var tokens: [CodeToken]
        var exceededDepth: Bool
    }

    static let maximumDepth = 16

    private let bytes: [UInt8]
    private let language: CodeLanguage
    private var index = 0
    private var tokens: [CodeToken] = []
    private var sawNewline = false
    private var exceededDepth = false

    static func tokenize(_ text: String, language: CodeLanguage) -> [CodeToken] {
        scan(text, language: language).tokens
    }

    static func scan(_ text: String, language: CodeLanguage) -> Result {
        var tokenizer = CodeTokenizer(bytes: Array(text.utf8), language: language)
        tokenizer.run(depth: 0, stopsAtBrace: false)
        return Result(tokens: tokenizer.tokens, exceededDepth: tokenizer.exceededDepth)
    }

    private init(bytes: [UInt8], language: CodeLanguage) {
        self.bytes = bytes
        self.language = language
    }

    private func byte(at offset: Int) -> UInt8 {
        index + offset < bytes.count ? bytes[index + offset] : 0
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<max(start, min(end, bytes.count))], as: UTF8.self)
    }

    private mutating func emit(_ kind: CodeToken.Kind, _ text: String, interpolated: Bool = false) {
        tokens.append(CodeToken(kind: kind, text: text, isInterpolated: interpolated, startsLine: sawNewline))
        sawNewline = false
    }

    /// Lexes until the end, or (inside an interpolation) until the `}` that closes it.
    private mutating func run(depth: Int, stopsAtBrace: Bool) {
        guard depth <= Self.maximumDepth else {
            exceededDepth = true
            index = bytes.count
            return
        }
        var braces = 0
        while index < bytes.count {
            let current = bytes[index]
            if current == UInt8(ascii: "\n") {
                sawNewline = true
                index += 1
                continue
            }
            if current == 0x20 || current == 0x09 || current == 0x0D {
                index += 1
                continue
            }
            if skipComment() { continue }
            if stopsAtBrace {
                if current == UInt8(ascii: "{") { braces += 1 }
                if current == UInt8(ascii: "}") {
                    if braces == 0 {
                        index += 1
                        return
                    }
                    braces -= 1
                }
            }
            lexToken(depth: depth)
        }
    }

    private mutating func skipComment() -> Bool {
        let current = bytes[index]
        let next = byte(at: 1)
        if current == UInt8(ascii: "#"), language.hasHashComments {
            if language == .ruby, next == UInt8(ascii: "{") { return false }
            skipLine()
            return true
        }
        if language.hasSlashComments, current == UInt8(ascii: "/") {
            if next == UInt8(ascii: "/") {
                skipLine()
                return true
            }
            if next == UInt8(ascii: "*") {
                index += 2
                while index < bytes.count, !(bytes[index] == UInt8(ascii: "*") && byte(at: 1) == UInt8(ascii: "/")) {
                    index += 1
                }
                index = min(bytes.count, index + 2)
                return true
            }
        }
        if language == .lua, current == UInt8(ascii: "-"), next == UInt8(ascii: "-") {
            index += 2
            if byte(at: 0) == UInt8(ascii: "["), byte(at: 1) == UInt8(ascii: "[") {
                _ = luaLongString()
            } else {
                skipLine()
            }
            return true
        }
        return false
    }

    private mutating func skipLine() {
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
    }

    // MARK: Tokens

    private mutating func lexToken(depth: Int) {
        let start = index
        let current = bytes[index]
        switch current {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            lexString(quote: current, prefix: "", depth: depth)
        case UInt8(ascii: "`"):
            if language == .javascript {
                lexTemplate(depth: depth)
            } else if language.backticksRunCommands {
                let value = delimited(closing: current, escapes: true, interpolation: .forLanguage, depth: depth)
                emit(.command, value.text, interpolated: value.interpolated)
            } else {
                index += 1
                emit(.punctuation, "`")
            }
        case UInt8(ascii: "[") where language == .lua && byte(at: 1) == UInt8(ascii: "["):
            emit(.string, luaLongString())
        case UInt8(ascii: "/") where language.hasRegexLiterals && regexAllowed:
            index += 1
            emit(.string, regexBody(closing: UInt8(ascii: "/")))
        case UInt8(ascii: "%") where language == .ruby && rubyPercentLiteral(depth: depth):
            break
        case _ where current.isCodeDigit:
            while index < bytes.count, bytes[index].isCodeNameByte || bytes[index] == UInt8(ascii: ".") { index += 1 }
            emit(.number, text(start, index))
        case _ where current.isCodeNameStart || isSigilStart:
            index += 1
            if current == UInt8(ascii: "$") || current == UInt8(ascii: "@") {
                // `$$`, `$#array`, `@$ref`: sigils stack.
                while index < bytes.count, "$@#".utf8.contains(bytes[index]) { index += 1 }
            }
            while index < bytes.count,
                bytes[index].isCodeNameByte || (language == .javascript && bytes[index] == UInt8(ascii: "$"))
            {
                index += 1
            }
            let word = text(start, index)
            if lexPrefixedLiteral(word, depth: depth) { return }
            emit(.identifier, word)
        default:
            let pair = text(start, start + 2)
            if ["::", "->", "=>", "**"].contains(pair) {
                index += 2
                emit(.punctuation, pair)
            } else {
                index += 1
                emit(.punctuation, text(start, index))
            }
        }
    }

    private var isSigilStart: Bool {
        let current = bytes[index]
        guard language.hasSigils, current == UInt8(ascii: "$") || current == UInt8(ascii: "@") else {
            return language == .javascript && current == UInt8(ascii: "$")
        }
        return true
    }

    /// A `/` starts a regular expression where a value is expected: at the start or after an operator.
    private var regexAllowed: Bool {
        guard let previous = tokens.last else { return true }
        switch previous.kind {
        case .punctuation: return !(previous.text == ")" || previous.text == "]" || previous.text == "}")
        case .identifier:
            return ["return", "typeof", "split", "grep", "and", "or", "not", "if", "unless", "when"].contains(
                previous.text)
        default: return false
        }
    }

    // MARK: Strings

    private enum Interpolation {
        case none
        /// `{…}` in a Python f-string.
        case braces
        /// The language's interpolation in double quotes: `#{}` (Ruby), `${}` / `@{}` (Perl), `{$}` / `${}` (PHP).
        case forLanguage
    }

    private mutating func lexString(quote: UInt8, prefix: String, depth: Int) {
        let lowered = prefix.lowercased()
        let raw = lowered.contains("r")
        if language == .python, byte(at: 1) == quote, byte(at: 2) == quote {
            index += 3
            let value = tripleQuoted(quote: quote, raw: raw, formatted: lowered.contains("f"), depth: depth)
            emit(.string, value.text, interpolated: value.interpolated)
            return
        }
        let interpolation: Interpolation
        var escapes = !raw
        switch language {
        case .python: interpolation = lowered.contains("f") ? .braces : .none
        case .ruby, .perl, .php:
            interpolation = quote == UInt8(ascii: "\"") ? .forLanguage : .none
            if quote == UInt8(ascii: "'") { escapes = false }
        default: interpolation = .none
        }
        let value = delimited(closing: quote, escapes: escapes, interpolation: interpolation, depth: depth)
        emit(.string, value.text, interpolated: value.interpolated)
    }

    /// Reads from the opening delimiter at `index` to the closing one; handles escapes, interpolations and (for
    /// bracket delimiters) nesting.
    private mutating func delimited(
        closing: UInt8, opening: UInt8? = nil, escapes: Bool, interpolation: Interpolation, depth: Int
    ) -> (text: String, interpolated: Bool) {
        index += 1
        var value: [UInt8] = []
        var interpolated = false
        var nesting = 0
        while index < bytes.count {
            let current = bytes[index]
            if current == UInt8(ascii: "\\") {
                let next = byte(at: 1)
                if escapes {
                    value.append(Self.unescaped(next))
                } else {
                    // Single-quoted strings of Ruby, Perl and PHP still escape the quote and the backslash.
                    if next != closing && next != UInt8(ascii: "\\") { value.append(current) }
                    value.append(next)
                }
                index += 2
                continue
            }
            if interpolation == .braces, current == UInt8(ascii: "{"), byte(at: 1) == UInt8(ascii: "{") {
                value.append(current)
                index += 2
                continue
            }
            if let opening, current == opening {
                nesting += 1
            } else if current == closing {
                if nesting == 0 {
                    index += 1
                    break
                }
                nesting -= 1
            }
            if startsInterpolation(interpolation) {
                interpolated = true
                value.append(contentsOf: Array("{…}".utf8))
                run(depth: depth + 1, stopsAtBrace: true)
                continue
            }
            if interpolation == .forLanguage, language == .perl || language == .php,
                current == UInt8(ascii: "$") || (language == .perl && current == UInt8(ascii: "@")),
                byte(at: 1).isCodeNameStart
            {
                interpolated = true
            }
            value.append(current)
            index += 1
        }
        return (String(decoding: value, as: UTF8.self), interpolated)
    }

    /// At an interpolation opener: consumes it and returns true.
    private mutating func startsInterpolation(_ interpolation: Interpolation) -> Bool {
        let current = bytes[index]
        let next = byte(at: 1)
        switch interpolation {
        case .none:
            return false
        case .braces:
            guard current == UInt8(ascii: "{") else { return false }
            if next == UInt8(ascii: "{") {
                return false
            }
            index += 1
            return true
        case .forLanguage:
            let opens: Bool
            switch language {
            case .ruby: opens = current == UInt8(ascii: "#") && next == UInt8(ascii: "{")
            case .perl:
                opens = (current == UInt8(ascii: "$") || current == UInt8(ascii: "@")) && next == UInt8(ascii: "{")
            case .php:
                opens =
                    (current == UInt8(ascii: "{") && next == UInt8(ascii: "$"))
                    || (current == UInt8(ascii: "$") && next == UInt8(ascii: "{"))
            default: opens = false
            }
            guard opens else { return false }
            index += language == .php && current == UInt8(ascii: "{") ? 1 : 2
            return true
        }
    }

    private mutating func tripleQuoted(quote: UInt8, raw: Bool, formatted: Bool, depth: Int) -> (
        text: String, interpolated: Bool
    ) {
        var value: [UInt8] = []
        var interpolated = false
        while index < bytes.count {
            let current = bytes[index]
            if current == quote, byte(at: 1) == quote, byte(at: 2) == quote {
                index += 3
                break
            }
            if current == UInt8(ascii: "\\"), !raw {
                value.append(Self.unescaped(byte(at: 1)))
                index += 2
                continue
            }
            if formatted, current == UInt8(ascii: "{"), byte(at: 1) == UInt8(ascii: "{") {
                value.append(current)
                index += 2
                continue
            }
            if formatted, startsInterpolation(.braces) {
                interpolated = true
                run(depth: depth + 1, stopsAtBrace: true)
                continue
            }
            value.append(current)
            index += 1
        }
        return (String(decoding: value, as: UTF8.self), interpolated)
    }

    private mutating func lexTemplate(depth: Int) {
        index += 1
        var value: [UInt8] = []
        var interpolated = false
        while index < bytes.count {
            let current = bytes[index]
            if current == UInt8(ascii: "`") {
                index += 1
                break
            }
            if current == UInt8(ascii: "\\") {
                value.append(Self.unescaped(byte(at: 1)))
                index += 2
                continue
            }
            if current == UInt8(ascii: "$"), byte(at: 1) == UInt8(ascii: "{") {
                index += 2
                interpolated = true
                value.append(contentsOf: Array("${…}".utf8))
                run(depth: depth + 1, stopsAtBrace: true)
                continue
            }
            value.append(current)
            index += 1
        }
        emit(.string, String(decoding: value, as: UTF8.self), interpolated: interpolated)
    }

    private mutating func regexBody(closing: UInt8) -> String {
        let start = index
        var inClass = false
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            let current = bytes[index]
            if current == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if current == UInt8(ascii: "[") { inClass = true }
            if current == UInt8(ascii: "]") { inClass = false }
            if current == closing, !inClass { break }
            index += 1
        }
        let body = text(start, index)
        index = min(bytes.count, index + 1)
        while index < bytes.count, bytes[index].isCodeLetter { index += 1 }
        return body
    }

    private mutating func luaLongString() -> String {
        index += 2
        let start = index
        while index < bytes.count, !(bytes[index] == UInt8(ascii: "]") && byte(at: 1) == UInt8(ascii: "]")) {
            index += 1
        }
        let body = text(start, index)
        index = min(bytes.count, index + 2)
        return body
    }

    // MARK: Prefixed literals

    /// Python string prefixes (`r'…'`, `f"…"`), Perl quote-like operators (`qx(…)`, `s/…/…/e`).
    private mutating func lexPrefixedLiteral(_ word: String, depth: Int) -> Bool {
        guard index < bytes.count else { return false }
        let next = bytes[index]
        if language == .python, word.count <= 2, word.allSatisfy({ "rRbBuUfF".contains($0) }),
            next == UInt8(ascii: "'") || next == UInt8(ascii: "\"")
        {
            lexString(quote: next, prefix: word, depth: depth)
            return true
        }
        guard language == .perl, ["q", "qq", "qw", "qx", "m", "qr", "s", "tr", "y"].contains(word) else { return false }
        var delimiterPlace = index
        while delimiterPlace < bytes.count, bytes[delimiterPlace] == 0x20 { delimiterPlace += 1 }
        guard delimiterPlace < bytes.count else { return false }
        let opening = bytes[delimiterPlace]
        guard !opening.isCodeNameByte, !" \t\n,;=)".utf8.contains(opening) else { return false }
        index = delimiterPlace
        let closing = Self.closingDelimiter(opening)
        let nests = closing != opening
        let interpolation: Interpolation =
            opening == UInt8(ascii: "'") || word == "q" || word == "qw" ? .none : .forLanguage
        let first = delimited(
            closing: closing, opening: nests ? opening : nil, escapes: true, interpolation: interpolation, depth: depth)
        switch word {
        case "qx":
            emit(.command, first.text, interpolated: first.interpolated)
        case "s", "tr", "y":
            if nests {
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == UInt8(ascii: "\n") { index += 1 }
            } else {
                index -= 1
            }
            let replacementOpening = index < bytes.count ? bytes[index] : opening
            let replacementClosing = Self.closingDelimiter(replacementOpening)
            let replacement = delimited(
                closing: replacementClosing,
                opening: replacementClosing != replacementOpening ? replacementOpening : nil,
                escapes: true, interpolation: .none, depth: depth)
            let flagsStart = index
            while index < bytes.count, bytes[index].isCodeLetter { index += 1 }
            emit(.string, first.text, interpolated: first.interpolated)
            if word == "s", text(flagsStart, index).contains("e") {
                // `s/…/CODE/e` evaluates the replacement as Perl code.
                emit(.identifier, "s///e")
                let inner = CodeTokenizer.scan(replacement.text, language: .perl)
                if inner.exceededDepth { exceededDepth = true }
                tokens.append(contentsOf: inner.tokens)
            }
        default:
            if word == "m" || word == "qr" {
                while index < bytes.count, bytes[index].isCodeLetter { index += 1 }
            }
            emit(.string, first.text, interpolated: first.interpolated)
        }
        return true
    }

    /// Ruby `%x(…)` (a command), `%q(…)`, `%Q(…)`, `%w(…)`, `%(…)` (strings). Returns false for the `%` operator.
    private mutating func rubyPercentLiteral(depth: Int) -> Bool {
        var letter: UInt8 = 0
        var delimiterPlace = index + 1
        if byte(at: 1).isCodeLetter {
            letter = byte(at: 1)
            delimiterPlace += 1
        }
        guard delimiterPlace < bytes.count else { return false }
        let opening = bytes[delimiterPlace]
        guard "([{<|!/".utf8.contains(opening) else { return false }
        guard letter != 0 ? "xqQwWiIr".utf8.contains(letter) : regexAllowed else { return false }
        index = delimiterPlace
        let closing = Self.closingDelimiter(opening)
        let interpolation: Interpolation =
            letter == UInt8(ascii: "q") || letter == UInt8(ascii: "w") ? .none : .forLanguage
        let value = delimited(
            closing: closing, opening: closing != opening ? opening : nil, escapes: true, interpolation: interpolation,
            depth: depth)
        emit(letter == UInt8(ascii: "x") ? .command : .string, value.text, interpolated: value.interpolated)
        return true
    }

    private static func closingDelimiter(_ opening: UInt8) -> UInt8 {
        switch opening {
        case UInt8(ascii: "("): UInt8(ascii: ")")
        case UInt8(ascii: "["): UInt8(ascii: "]")
        case UInt8(ascii: "{"): UInt8(ascii: "}")
        case UInt8(ascii: "<"): UInt8(ascii: ">")
        default: opening
        }
    }

    private static func unescaped(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "n"): UInt8(ascii: "\n")
        case UInt8(ascii: "t"): UInt8(ascii: "\t")
        case UInt8(ascii: "r"): UInt8(ascii: "\r")
        case UInt8(ascii: "0"): 0
        default: byte
        }
    }
}

extension UInt8 {
    fileprivate var isCodeDigit: Bool { self >= 0x30 && self <= 0x39 }
    fileprivate var isCodeLetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    fileprivate var isCodeNameStart: Bool { isCodeLetter || self == UInt8(ascii: "_") || self >= 0x80 }
    fileprivate var isCodeNameByte: Bool { isCodeNameStart || isCodeDigit }
}
