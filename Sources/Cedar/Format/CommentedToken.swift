/// The `//` comments around one token, as `cedar format` attaches them: the comment lines between the previous
/// line break and the token (leading), and the comment on the token's own line after it (trailing).
struct TokenComments: Sendable {
    /// Each leading comment line, trimmed.
    var leading: [String] = []
    /// The trailing comment, trimmed; empty when there is none.
    var trailing: String = ""
}

/// The tokens of a policy text, each with its comments, which the formatter consumes as it places them (a
/// comment is printed by the first rule that asks for it).
struct CommentedTokens {
    let tokens: [Token]
    private var comments: [TokenComments]
    /// Comment lines after the last token's line, printed at the end of the output.
    let endOfFile: [String]

    /// Attaches the comments of `bytes` to `tokens` (which must not include the `.end` token): the text before
    /// the first token leads it; the text between two tokens trails the first up to the first line break and
    /// leads the second after it.
    init(tokens: [Token], bytes: [UInt8]) {
        self.tokens = tokens
        var comments = [TokenComments](repeating: TokenComments(), count: tokens.count)
        var endOfFile: [String] = []
        if let first = tokens.first {
            comments[0].leading = Self.commentLines(bytes[0..<first.start])
            for i in 0..<tokens.count {
                let gapStart = tokens[i].end
                let gapEnd = i + 1 < tokens.count ? tokens[i + 1].start : bytes.count
                guard gapStart < gapEnd else { continue }
                let gap = bytes[gapStart..<gapEnd]
                if let newline = gap.firstIndex(of: 0x0A) {
                    comments[i].trailing = Self.trimmed(gap[gapStart..<newline])
                    let rest = Self.commentLines(gap[(newline + 1)...])
                    if i + 1 < tokens.count { comments[i + 1].leading = rest } else { endOfFile = rest }
                } else {
                    comments[i].trailing = Self.trimmed(gap)
                }
            }
        } else {
            endOfFile = Self.commentLines(bytes[...])
        }
        self.comments = comments
        self.endOfFile = endOfFile
    }

    /// The `//` comments in `text` (each up to the end of its line), trimmed.
    static func commentLines(_ text: ArraySlice<UInt8>) -> [String] {
        var lines: [String] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == UInt8(ascii: "/") && i + 1 < text.endIndex && text[i + 1] == UInt8(ascii: "/") {
                var end = i
                while end < text.endIndex && text[end] != 0x0A && text[end] != 0x0D { end += 1 }
                lines.append(trimmed(text[i..<end]))
                i = end
            } else {
                i += 1
            }
        }
        return lines
    }

    /// `text` without leading and trailing white space (Unicode white space, as Rust's `str::trim`).
    static func trimmed(_ text: ArraySlice<UInt8>) -> String {
        String(decoding: text, as: UTF8.self).trimmingWhiteSpace()
    }

    /// The comments of token `index`, which no later request gets again.
    mutating func take(_ index: Int) -> TokenComments {
        guard index >= 0 && index < comments.count else { return TokenComments() }
        defer { comments[index] = TokenComments() }
        return comments[index]
    }

    /// The leading comments of token `index`, which no later request gets again.
    mutating func takeLeading(_ index: Int) -> [String] {
        guard index >= 0 && index < comments.count else { return [] }
        defer { comments[index].leading = [] }
        return comments[index].leading
    }

    /// The comments of the token after token `last` (Rust's `get_comment_after_end`, which falls back to the
    /// first token when none follows).
    mutating func takeAfter(_ last: Int) -> TokenComments {
        take(last + 1 < tokens.count ? last + 1 : 0)
    }
}

extension String {
    /// The string without leading and trailing Unicode white space.
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}
