/// A position in a statement's tokens, with the small steps statement classification needs.
struct SQLTokenCursor {
    let tokens: [SQLToken]
    var position: Int

    init(_ tokens: [SQLToken], at position: Int = 0) {
        self.tokens = tokens
        self.position = position
    }

    var isAtEnd: Bool { position >= tokens.count }
    var current: SQLToken? { position < tokens.count ? tokens[position] : nil }
    var keyword: String { current?.keyword ?? "" }

    func keyword(at offset: Int) -> String {
        let place = position + offset
        return place < tokens.count && place >= 0 ? tokens[place].keyword : ""
    }

    mutating func advance(_ count: Int = 1) { position = min(tokens.count, position + count) }

    /// Consumes the keyword if it is next.
    mutating func skip(_ word: String) -> Bool {
        guard keyword == word else { return false }
        advance()
        return true
    }

    /// Consumes any run of the given keywords.
    mutating func skip(anyOf words: Set<String>) {
        while !isAtEnd, words.contains(keyword) { advance() }
    }

    /// Consumes `IF EXISTS` or `IF NOT EXISTS`.
    mutating func skipIfExists() {
        guard keyword == "IF" else { return }
        if keyword(at: 1) == "EXISTS" {
            advance(2)
        } else if keyword(at: 1) == "NOT", keyword(at: 2) == "EXISTS" {
            advance(3)
        }
    }

    /// Consumes a parenthesized group starting here (nested groups included); no-op when not at `(`.
    mutating func skipGroup() {
        guard current?.isPunctuation("(") == true else { return }
        var depth = 0
        while let token = current {
            advance()
            if token.isPunctuation("(") {
                depth += 1
            } else if token.isPunctuation(")") {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }

    /// A possibly qualified name as written (`public.users`, `"S"."T"`, `db.*`); nil when no name is here.
    mutating func qualifiedName() -> String? {
        guard let first = current, first.isName || first.kind == .string else { return nil }
        var parts = [first.kind == .string ? "'\(first.text)'" : first.text]
        advance()
        while current?.isPunctuation(".") == true, position + 1 < tokens.count {
            let part = tokens[position + 1]
            guard part.isName || part.isPunctuation("*") else { break }
            parts.append(part.text)
            advance(2)
        }
        return parts.joined(separator: ".")
    }

    /// Names separated by commas, each optionally preceded by keywords in `prefixes` (`ONLY`) and followed by what
    /// `skipAfterName` consumes.
    mutating func nameList(
        prefixes: Set<String> = [], skipAfterName: (inout SQLTokenCursor) -> Void = { _ in }
    ) -> [String] {
        var names: [String] = []
        while true {
            skip(anyOf: prefixes)
            guard let name = qualifiedName() else { break }
            names.append(name)
            skipAfterName(&self)
            guard current?.isPunctuation(",") == true else { break }
            advance()
        }
        return names
    }

    /// The index of the first keyword among `words` at parenthesis depth 0 from here, or nil.
    func firstTopLevel(_ words: Set<String>) -> Int? {
        var depth = 0
        for place in position..<tokens.count {
            let token = tokens[place]
            if token.isPunctuation("(") {
                depth += 1
            } else if token.isPunctuation(")") {
                depth = max(0, depth - 1)
            } else if depth == 0, words.contains(token.keyword) {
                return place
            }
        }
        return nil
    }
}
