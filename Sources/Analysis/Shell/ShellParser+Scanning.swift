private typealias B = ShellByte

/// Reading bytes, blanks, comments and keywords.
extension ShellParser {
    /// The reserved words, recognized only where a command starts.
    enum Keyword {
        case `if`, then, `else`, elif, fi, `do`, done, `case`, esac, `while`, until, `for`, select, `in`, function,
            time, coproc
        case openBrace, closeBrace, bang, openBrackets, closeBrackets

        /// The keyword as written; a static string, compared byte by byte without building a `String`.
        var spelling: StaticString {
            switch self {
            case .if: "if"
            case .then: "then"
            case .else: "else"
            case .elif: "elif"
            case .fi: "fi"
            case .do: "do"
            case .done: "done"
            case .case: "case"
            case .esac: "esac"
            case .while: "while"
            case .until: "until"
            case .for: "for"
            case .select: "select"
            case .in: "in"
            case .function: "function"
            case .time: "time"
            case .coproc: "coproc"
            case .openBrace: "{"
            case .closeBrace: "}"
            case .bang: "!"
            case .openBrackets: "[["
            case .closeBrackets: "]]"
            }
        }

        /// Keywords that end the list before them.
        var isClosing: Bool {
            switch self {
            case .then, .else, .elif, .fi, .do, .done, .esac, .closeBrace: true
            default: false
            }
        }
    }

    var isAtEnd: Bool { position >= bytes.count }
    var current: UInt8 { position < bytes.count ? bytes[position] : 0 }
    func peek(_ distance: Int = 1) -> UInt8 { byte(at: position + distance) }
    func byte(at offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }
    func text(_ range: Range<Int>) -> String {
        // Through a buffer pointer: the fast path of `String(decoding:)`, without an `ArraySlice` of the input.
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Bytes that end an unquoted word: blanks, newline and the operator characters.
    static func isMeta(_ c: UInt8) -> Bool {
        switch c {
        case B.space, B.tab, B.newline, B.semicolon, B.ampersand, B.pipe, B.openParen, B.closeParen, B.less,
            B.greater:
            true
        default: false
        }
    }

    /// Whether an unquoted word starts here: not an operator, unless it is a process substitution `<(` / `>(`.
    var wordStarts: Bool {
        guard !isAtEnd else { return false }
        return !Self.isMeta(current) || ((current == B.less || current == B.greater) && peek() == B.openParen)
    }

    static func isSeparator(_ c: UInt8) -> Bool { c == B.semicolon || c == B.ampersand || c == B.newline }
    static func endsKeyword(_ c: UInt8) -> Bool { c == 0 || isMeta(c) }
    static func isNameStart(_ c: UInt8) -> Bool { B.isLetter(c) || c == B.underscore }
    static func isNameCharacter(_ c: UInt8) -> Bool { isNameStart(c) || B.isDigit(c) }

    /// The reserved word at `offset`, when the text there is one followed by a delimiter.
    func keyword(at offset: Int) -> Keyword? {
        guard offset < bytes.count else { return nil }
        // Called at every command and list item: most commands start with a byte no keyword starts with, and the
        // others are compared byte by byte with at most three spellings (no `String` is built).
        let candidates: (Keyword?, Keyword?, Keyword?)
        switch bytes[offset] {
        case UInt8(ascii: "i"): candidates = (.if, .in, nil)
        case UInt8(ascii: "t"): candidates = (.then, .time, nil)
        case UInt8(ascii: "e"): candidates = (.else, .elif, .esac)
        case UInt8(ascii: "f"): candidates = (.fi, .for, .function)
        case UInt8(ascii: "d"): candidates = (.do, .done, nil)
        case UInt8(ascii: "c"): candidates = (.case, .coproc, nil)
        case UInt8(ascii: "w"): candidates = (.while, nil, nil)
        case UInt8(ascii: "u"): candidates = (.until, nil, nil)
        case UInt8(ascii: "s"): candidates = (.select, nil, nil)
        case B.openBrace: candidates = (.openBrace, nil, nil)
        case B.closeBrace: candidates = (.closeBrace, nil, nil)
        case B.bang: candidates = (.bang, nil, nil)
        case B.openBracket: candidates = (.openBrackets, nil, nil)
        case B.closeBracket: candidates = (.closeBrackets, nil, nil)
        default: return nil
        }
        var end = offset
        while end < bytes.count && end - offset < 9 {
            let c = bytes[end]
            guard
                B.isLetter(c) || c == B.openBrace || c == B.closeBrace || c == B.bang || c == B.openBracket
                    || c == B.closeBracket
            else { break }
            end += 1
        }
        guard end - offset < 9 else { return nil }
        let next = byte(at: end)
        guard end == bytes.count || Self.isMeta(next) else { return nil }
        let keyword: Keyword
        if let first = candidates.0, spells(first, from: offset, to: end) {
            keyword = first
        } else if let second = candidates.1, spells(second, from: offset, to: end) {
            keyword = second
        } else if let third = candidates.2, spells(third, from: offset, to: end) {
            keyword = third
        } else {
            return nil
        }
        if keyword == .openBrackets || keyword == .bang || keyword == .openBrace {
            // `{(` and `!(` are words (extended globs, brace text); these keywords need a blank after them.
            guard end == bytes.count || next == B.space || next == B.tab || next == B.newline else { return nil }
        }
        return keyword
    }

    /// Whether the input from `start` to `end` is exactly `keyword`.
    private func spells(_ keyword: Keyword, from start: Int, to end: Int) -> Bool {
        keyword.spelling.withUTF8Buffer { spelling in
            guard spelling.count == end - start else { return false }
            for offset in 0..<spelling.count where bytes[start + offset] != spelling[offset] { return false }
            return true
        }
    }

    /// Skips spaces, tabs and line continuations.
    mutating func skipBlanks() {
        while position < bytes.count {
            let c = bytes[position]
            if c == B.space || c == B.tab {
                position += 1
            } else if c == B.backslash && peek() == B.newline {
                position += 2
            } else {
                return
            }
        }
    }

    /// Skips a comment (up to, not including, the newline) when one starts here.
    mutating func skipComment() {
        guard current == B.hash else { return }
        while position < bytes.count && bytes[position] != B.newline { position += 1 }
    }

    /// Skips blanks, comments and newlines, reading the heredoc bodies that start after each newline.
    mutating func skipLinebreaks() throws(Failure) {
        while true {
            skipBlanks()
            skipComment()
            guard current == B.newline, !isAtEnd else { return }
            position += 1
            try readPendingHeredocs()
        }
    }

    /// After `((` or `$((`: whether the matching close is `))`, as in arithmetic; otherwise the text is nested
    /// parentheses (`((a) | b)`, `$( (a) )`). Linear in the distance to the close.
    func closesAsArithmetic(from start: Int) -> Bool {
        var i = start
        var parens = 0
        while i < bytes.count {
            switch bytes[i] {
            case B.backslash: i += 1
            case B.singleQuote:
                i += 1
                while i < bytes.count && bytes[i] != B.singleQuote { i += 1 }
            case B.doubleQuote:
                i += 1
                while i < bytes.count && bytes[i] != B.doubleQuote {
                    if bytes[i] == B.backslash { i += 1 }
                    i += 1
                }
            case B.openParen: parens += 1
            case B.closeParen:
                if parens == 0 { return byte(at: i + 1) == B.closeParen }
                parens -= 1
            default: break
            }
            i += 1
        }
        return false
    }

    // MARK: Errors

    func failure(_ message: String, at offset: Int) -> Failure { Failure(message: message, offset: origin + offset) }

    /// `unexpected X` for the token at the current position.
    func unexpected() -> Failure {
        guard !isAtEnd else { return failure("unexpected end of input", at: position) }
        return failure("unexpected \(describeToken(at: position))", at: position)
    }

    /// A short quotation of the token at `offset` for messages.
    func describeToken(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        if bytes[offset] == B.newline { return "newline" }
        var end = offset
        if Self.isMeta(bytes[offset]) {
            while end < bytes.count && end - offset < 3 && Self.isMeta(bytes[end]) && bytes[end] != B.space
                && bytes[end] != B.newline && bytes[end] != B.tab
            {
                end += 1
            }
        } else {
            while end < bytes.count && end - offset < 20 && !Self.isMeta(bytes[end]) { end += 1 }
        }
        return "`\(text(offset..<max(end, offset + 1)))`"
    }

    /// The text of a word made only of unquoted literal text (a function or loop variable name).
    static func plainText(_ word: ShellSyntax.Word) -> String? {
        guard word.parts.count == 1, case .literal(let text) = word.parts[0] else { return nil }
        return text
    }
}
