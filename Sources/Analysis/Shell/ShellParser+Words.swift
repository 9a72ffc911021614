private typealias B = ShellByte

/// Words: quoting, parameter expansion, command, process and arithmetic substitution.
extension ShellParser {
    /// Where an unquoted word is read, which decides what ends it.
    enum WordContext {
        /// A command word, assignment value or redirection target: ends at a blank or an operator character.
        case command
        /// A word inside `[[ ]]`: ends at a blank, `;`, `&&` or `||`.
        case conditional
        /// The operand of `${name…}`: ends at the matching `}`.
        case parameterOperand
        /// An arithmetic expression: ends at the `)` matching nothing (the caller checks for `))`).
        case arithmetic
        /// The expression of `$[…]`: ends at the matching `]`.
        case bracketArithmetic
    }

    /// Collects the parts of a word, merging adjacent literal text. The pending text is a run of the input while
    /// it is contiguous there (the common case: no bytes copied until the part's `String` is made); it is copied
    /// out only when a later run does not follow it (`\$` in double quotes, consecutive escapes).
    struct PartsBuilder {
        let input: [UInt8]
        var parts: [ShellSyntax.WordPart] = []
        /// Pending text before the current run, when runs were not adjacent.
        var copied: [UInt8] = []
        var runStart = 0
        var runEnd = 0
        var pendingIsEscaped = false

        init(input: [UInt8]) { self.input = input }

        var hasPending: Bool { runEnd > runStart || !copied.isEmpty }

        /// Unquoted (or double-quoted) text: the input bytes in `range`.
        mutating func literal(_ range: Range<Int>) {
            if pendingIsEscaped { flush() }
            add(range)
        }

        /// Backslash-escaped text: the input bytes in `range`.
        mutating func escaped(_ range: Range<Int>) {
            if !pendingIsEscaped { flush() }
            pendingIsEscaped = true
            add(range)
        }

        private mutating func add(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            if runEnd == runStart {
                runStart = range.lowerBound
            } else if range.lowerBound != runEnd {
                copied.append(contentsOf: input[runStart..<runEnd])
                runStart = range.lowerBound
            }
            runEnd = range.upperBound
        }

        mutating func append(_ part: ShellSyntax.WordPart) {
            flush()
            add(part)
        }

        /// Room for two parts from the first (`"$HOME/x"`, `"step $(date)"`): one allocation, not two.
        private mutating func add(_ part: ShellSyntax.WordPart) {
            if parts.isEmpty { parts.reserveCapacity(2) }
            parts.append(part)
        }

        mutating func flush() {
            if hasPending {
                let text: String
                if copied.isEmpty {
                    text = input.withUnsafeBufferPointer {
                        String(decoding: UnsafeBufferPointer(rebasing: $0[runStart..<runEnd]), as: UTF8.self)
                    }
                } else {
                    copied.append(contentsOf: input[runStart..<runEnd])
                    text = String(decoding: copied, as: UTF8.self)
                    copied.removeAll(keepingCapacity: true)
                }
                add(pendingIsEscaped ? .escaped(text) : .literal(text))
                runStart = 0
                runEnd = 0
            }
            pendingIsEscaped = false
        }

        mutating func finish() -> [ShellSyntax.WordPart] {
            flush()
            return parts
        }
    }

    /// Reads one word (possibly empty) in `context`, stopping before the byte that ends it.
    mutating func parseWord(_ context: WordContext) throws(Failure) -> ShellSyntax.Word {
        let start = position
        var builder = PartsBuilder(input: bytes)
        var nesting = 0
        if context == .command {
            // Fast path: a run of plain bytes ending the word is one literal part sharing the word's text.
            while position < bytes.count && Self.isPlainWordByte(bytes[position]) { position += 1 }
            if position == bytes.count || Self.isMeta(bytes[position]) {
                let isProcessSubstitution =
                    position < bytes.count && (bytes[position] == B.less || bytes[position] == B.greater)
                    && peek() == B.openParen
                if !isProcessSubstitution {
                    let text = text(start..<position)
                    return ShellSyntax.Word(parts: text.isEmpty ? [] : [.literal(text)], source: text)
                }
            }
            builder.literal(start..<position)
        }
        scan: while position < bytes.count {
            let c = bytes[position]
            switch c {
            case B.singleQuote:
                builder.append(.singleQuoted(try readSingleQuoted()))
            case B.doubleQuote:
                builder.append(.doubleQuoted(try parseDoubleQuoted()))
            case B.backslash:
                if peek() == B.newline {
                    position += 2
                } else if position + 1 < bytes.count {
                    let end = scalarEnd(from: position + 1)
                    builder.escaped((position + 1)..<end)
                    position = end
                } else {
                    builder.literal(position..<position + 1)
                    position += 1
                }
            case B.dollar:
                try parseDollar(into: &builder, quotesAreActive: true)
            case B.backquote:
                builder.append(try parseBackquoted())
            case B.less where peek() == B.openParen && (context == .command || context == .conditional),
                B.greater where peek() == B.openParen && (context == .command || context == .conditional):
                builder.append(try parseProcessSubstitution())
            default:
                switch context {
                case .command:
                    if Self.isMeta(c) { break scan }
                case .conditional:
                    if c == B.space || c == B.tab || c == B.newline || c == B.semicolon { break scan }
                    if (c == B.ampersand && peek() == B.ampersand) || (c == B.pipe && peek() == B.pipe) { break scan }
                case .parameterOperand:
                    if c == B.openBrace {
                        nesting += 1
                    } else if c == B.closeBrace {
                        if nesting == 0 { break scan }
                        nesting -= 1
                    }
                case .arithmetic:
                    if c == B.openParen {
                        nesting += 1
                    } else if c == B.closeParen {
                        if nesting == 0 { break scan }
                        nesting -= 1
                    }
                case .bracketArithmetic:
                    if c == B.openBracket {
                        nesting += 1
                    } else if c == B.closeBracket {
                        if nesting == 0 { break scan }
                        nesting -= 1
                    }
                }
                builder.literal(position..<position + 1)
                position += 1
            }
        }
        return ShellSyntax.Word(parts: builder.finish(), source: text(start..<position))
    }

    /// Bytes that are literal in an unquoted command word and never end it.
    static func isPlainWordByte(_ c: UInt8) -> Bool {
        switch c {
        case B.singleQuote, B.doubleQuote, B.backslash, B.dollar, B.backquote: false
        default: !isMeta(c)
        }
    }

    /// The end of the UTF-8 sequence starting at `offset` (so an escaped character is never split).
    func scalarEnd(from offset: Int) -> Int {
        var end = offset + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 && end - offset < 4 { end += 1 }
        return end
    }

    /// `'…'` at the current position: its content.
    mutating func readSingleQuoted() throws(Failure) -> String {
        let open = position
        var end = position + 1
        while end < bytes.count && bytes[end] != B.singleQuote { end += 1 }
        guard end < bytes.count else { throw failure("unterminated single quote starting", at: open) }
        position = end + 1
        return text((open + 1)..<end)
    }

    /// `"…"` at the current position: its parts (`.literal` parts inside are quoted text).
    mutating func parseDoubleQuoted() throws(Failure) -> [ShellSyntax.WordPart] {
        let open = position
        position += 1
        let parts = try parseQuotedParts(isHeredoc: false)
        guard current == B.doubleQuote, !isAtEnd else {
            throw failure("unterminated double quote starting", at: open)
        }
        position += 1
        return parts
    }

    /// The inside of double quotes (up to the closing `"`, not consumed) or a whole heredoc body (to the end of
    /// the buffer): text with `$`, `` ` `` and the backslash escapes of its kind.
    mutating func parseQuotedParts(isHeredoc: Bool) throws(Failure) -> [ShellSyntax.WordPart] {
        var builder = PartsBuilder(input: bytes)
        while position < bytes.count {
            let c = bytes[position]
            switch c {
            case B.doubleQuote where !isHeredoc:
                return builder.finish()
            case B.backslash:
                let next = peek()
                if next == B.newline {
                    position += 2
                } else if next == B.dollar || next == B.backquote || next == B.backslash
                    || (next == B.doubleQuote && !isHeredoc)
                {
                    builder.literal((position + 1)..<position + 2)
                    position += 2
                } else {
                    builder.literal(position..<position + 1)
                    position += 1
                }
            case B.dollar:
                try parseDollar(into: &builder, quotesAreActive: false)
            case B.backquote:
                builder.append(try parseBackquoted(insideDoubleQuotes: !isHeredoc))
            default:
                builder.literal(position..<position + 1)
                position += 1
            }
        }
        return builder.finish()
    }

    /// At `$`: an expansion, a substitution, `$'…'`/`$"…"` (when quotes are active), or a literal `$`.
    mutating func parseDollar(into builder: inout PartsBuilder, quotesAreActive: Bool) throws(Failure) {
        let start = position
        let next = peek()
        switch next {
        case B.openBrace:
            builder.append(.parameter(try parseBracedParameter()))
        case B.openParen:
            if peek(2) == B.openParen && closesAsArithmetic(from: position + 3) {
                try enter(at: start)
                defer { depth -= 1 }
                let expression = try parseArithmeticBody(opening: "$((", openedAt: start, skip: 3)
                builder.append(.arithmetic(expression, source: text(start..<position)))
            } else {
                builder.append(try parseCommandSubstitution())
            }
        case B.openBracket:
            try enter(at: start)
            defer { depth -= 1 }
            position += 2
            let expression = try parseWord(.bracketArithmetic)
            guard current == B.closeBracket else {
                throw failure("unterminated `$[` (missing `]`) starting", at: start)
            }
            position += 1
            builder.append(.arithmetic(expression, source: text(start..<position)))
        case B.singleQuote where quotesAreActive:
            builder.append(.ansiCQuoted(try readANSICQuoted()))
        case B.doubleQuote where quotesAreActive:
            position += 1
            builder.append(.localeQuoted(try parseDoubleQuoted()))
        default:
            var end = position + 1
            if Self.isNameStart(next) {
                while Self.isNameCharacter(byte(at: end)) { end += 1 }
            } else if B.isDigit(next) || Self.isSpecialParameter(next) {
                end += 1
            } else {
                builder.literal(position..<position + 1)
                position += 1
                return
            }
            position = end
            builder.append(
                .parameter(ShellSyntax.ParameterExpansion(name: text(start + 1..<end), source: text(start..<end))))
        }
    }

    static func isSpecialParameter(_ c: UInt8) -> Bool {
        switch c {
        case B.at, B.star, B.hash, B.question, B.dash, B.dollar, B.bang: true
        default: false
        }
    }

    /// `${…}`: the name (after a `#` or `!` prefix) and everything after it up to the matching `}`.
    mutating func parseBracedParameter() throws(Failure) -> ShellSyntax.ParameterExpansion {
        let start = position
        try enter(at: start)
        defer { depth -= 1 }
        position += 2
        if (current == B.hash || current == B.bang) && peek() != B.closeBrace { position += 1 }
        let nameStart = position
        if Self.isNameStart(current) {
            while Self.isNameCharacter(current) { position += 1 }
        } else if B.isDigit(current) {
            while B.isDigit(current) { position += 1 }
        } else if Self.isSpecialParameter(current) {
            position += 1
        }
        let name = text(nameStart..<position)
        var operand: ShellSyntax.Word?
        if current != B.closeBrace {
            operand = try parseWord(.parameterOperand)
        }
        guard current == B.closeBrace, !isAtEnd else {
            throw failure("unterminated parameter expansion `${` starting", at: start)
        }
        position += 1
        return ShellSyntax.ParameterExpansion(name: name, operand: operand, source: text(start..<position))
    }

    /// `$(…)`.
    mutating func parseCommandSubstitution() throws(Failure) -> ShellSyntax.WordPart {
        let start = position
        try enter(at: start)
        defer { depth -= 1 }
        position += 2
        let list = try parseList()
        try closeParenthesis(of: "command substitution", openedAt: start)
        return .commandSubstitution(list, source: text(start..<position))
    }

    /// `<(…)` or `>(…)`.
    mutating func parseProcessSubstitution() throws(Failure) -> ShellSyntax.WordPart {
        let start = position
        try enter(at: start)
        defer { depth -= 1 }
        let isInput = current == B.less
        position += 2
        let list = try parseList()
        try closeParenthesis(of: "process substitution", openedAt: start)
        return .processSubstitution(list, isInput: isInput, source: text(start..<position))
    }

    mutating func closeParenthesis(of construct: String, openedAt start: Int) throws(Failure) {
        try skipLinebreaks()
        guard current == B.closeParen, !isAtEnd else {
            if isAtEnd { throw failure("unterminated \(construct) starting", at: start) }
            throw failure("expected `)` but found \(describeToken(at: position))", at: position)
        }
        position += 1
    }

    /// `` `…` ``: the text up to the closing backquote, with `\$`, `` \` `` and `\\` (and inside double quotes `\"`)
    /// unescaped, parsed as a script.
    mutating func parseBackquoted(insideDoubleQuotes: Bool = false) throws(Failure) -> ShellSyntax.WordPart {
        let start = position
        position += 1
        var inner: [UInt8] = []
        while true {
            guard position < bytes.count else { throw failure("unterminated backquote starting", at: start) }
            let c = bytes[position]
            if c == B.backquote {
                position += 1
                break
            }
            if c == B.backslash, position + 1 < bytes.count,
                bytes[position + 1] == B.dollar || bytes[position + 1] == B.backquote
                    || bytes[position + 1] == B.backslash
                    || (insideDoubleQuotes && bytes[position + 1] == B.doubleQuote)
            {
                inner.append(bytes[position + 1])
                position += 2
                continue
            }
            inner.append(c)
            position += 1
        }
        try enter(at: start)
        defer { depth -= 1 }
        var nested = ShellParser(
            bytes: inner, origin: origin + start + 1, limits: limits, depth: depth, heredocs: heredocs)
        let list = try nested.parseScript()
        heredocs = nested.heredocs
        return .commandSubstitution(list, source: text(start..<position))
    }

    /// `$'…'` at the current position: its content with the escapes decoded.
    mutating func readANSICQuoted() throws(Failure) -> String {
        let open = position
        var index = position + 2
        var decoded: [UInt8] = []
        while true {
            guard index < bytes.count else { throw failure("unterminated ANSI-C quote `$'` starting", at: open) }
            let c = bytes[index]
            if c == B.singleQuote { break }
            if c == B.backslash {
                index += 1
                ShellEscapes.decode(bytes, at: &index, style: .ansiC, into: &decoded)
            } else {
                decoded.append(c)
                index += 1
            }
        }
        position = index + 1
        return String(decoding: decoded, as: UTF8.self)
    }
}
