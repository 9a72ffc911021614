/// A call found in interpreter code: `os.system("…")`, `Path("x").unlink()`, Ruby `system "…"`.
struct CodeCall: Sendable {
    /// The callee's dotted components as written: `["os", "system"]`, `["require", "execSync"]` for
    /// `require("child_process").execSync(…)`, `["Path", "unlink"]` for `Path("x").unlink()`.
    var components: [String]
    /// The arguments, split at top-level commas.
    var arguments: [ArraySlice<CodeToken>]
    /// For a method called on a call's result, the arguments of that call (`Path("x")` → `"x"`).
    var receiverArguments: [ArraySlice<CodeToken>]?
    /// For a method called on a call's result, the components of that call (`["Path"]`).
    var receiverComponents: [String]?
    /// The index of the token the call's name starts at.
    var position: Int = 0

    var name: String { components.joined(separator: ".") }
    var last: String { components.last ?? "" }

    /// The argument at `index` as a literal string, when it is exactly one non-interpolated string token.
    func string(at index: Int) -> String? {
        guard index < arguments.count else { return nil }
        return CodeCalls.literal(arguments[index])
    }

    /// The value given for a keyword argument or object key: `method="DELETE"`, `{method: 'DELETE'}`,
    /// `:method => "delete"`; searched in all arguments.
    func keywordString(_ key: String) -> String? {
        for argument in arguments {
            let tokens = Array(argument.prefix(CodeCalls.maximumArgumentTokens))
            for place in tokens.indices.dropLast(2) {
                let name = tokens[place]
                guard name.text == key || name.text == ":" + key, name.kind == .identifier || name.kind == .string
                else { continue }
                let separator = tokens[place + 1]
                guard separator.isPunctuation("=") || separator.isPunctuation(":") || separator.isPunctuation("=>")
                else { continue }
                let value = tokens[place + 2]
                if value.kind == .string, !value.isInterpolated { return value.text }
            }
        }
        return nil
    }
}

extension CodeCall {
    /// Whether `tokens` give a value for the object key or keyword `key` (`{args: list}`, `args=x`).
    static func hasKey(_ key: String, in tokens: ArraySlice<CodeToken>) -> Bool {
        let tokens = tokens.prefix(CodeCalls.maximumArgumentTokens)
        return tokens.indices.dropLast().contains { place in
            tokens[place].text == key && (tokens[place].kind == .identifier || tokens[place].kind == .string)
                && (tokens[place + 1].isPunctuation(":") || tokens[place + 1].isPunctuation("="))
        }
    }

    /// The bracketed list given for an object key or keyword (`{args: ["a"]}`, `cmd=[…]`) at the top level of
    /// `tokens` or one object level down; nil when there is none or the value is not a list literal.
    static func keywordList(_ key: String, in tokens: ArraySlice<CodeToken>) -> ArraySlice<CodeToken>? {
        let tokens = tokens.prefix(CodeCalls.maximumArgumentTokens)
        var depth = 0
        var place = tokens.startIndex
        while place < tokens.endIndex {
            let token = tokens[place]
            if token.isPunctuation("(") || token.isPunctuation("[") || token.isPunctuation("{") { depth += 1 }
            if token.isPunctuation(")") || token.isPunctuation("]") || token.isPunctuation("}") { depth -= 1 }
            if depth == 1, token.text == key, token.kind == .identifier || token.kind == .string,
                place + 2 < tokens.endIndex,
                tokens[place + 1].isPunctuation(":") || tokens[place + 1].isPunctuation("="),
                tokens[place + 2].isPunctuation("[")
            {
                var end = place + 2
                var inner = 0
                while end < tokens.endIndex {
                    if tokens[end].isPunctuation("[") || tokens[end].isPunctuation("(")
                        || tokens[end].isPunctuation("{")
                    {
                        inner += 1
                    }
                    if tokens[end].isPunctuation("]") || tokens[end].isPunctuation(")")
                        || tokens[end].isPunctuation("}")
                    {
                        inner -= 1
                        if inner == 0 { return tokens[(place + 2)...end] }
                    }
                    end += 1
                }
                return nil
            }
            place += 1
        }
        return nil
    }
}

/// Finds calls (and references that are not calls) in a token stream, in one pass with a precomputed bracket
/// match table: no work is repeated per nesting level.
struct CodeCalls: Sendable {
    var calls: [CodeCall] = []
    /// Dotted names used without being called (`f = os.system`), which could be called later under another name.
    var references: [[String]] = []
    /// Dotted names indexed with a non-literal (`cp[name](…)`, `db[c]`).
    var dynamicMembers: [[String]] = []

    init(_ tokens: [CodeToken], language: CodeLanguage) {
        let matches = Self.matchingBrackets(tokens)
        var place = 0
        while place < tokens.count {
            defer { place += 1 }
            guard tokens[place].kind == .identifier else { continue }
            if place > 0, Self.isMemberAccess(tokens, at: place - 1) { continue }
            scanChain(tokens, from: place, matches: matches, language: language)
        }
    }

    static func isMemberAccess(_ tokens: [CodeToken], at place: Int) -> Bool {
        let token = tokens[place]
        return token.isPunctuation(".") || token.isPunctuation("::") || token.isPunctuation("->")
    }

    private mutating func scanChain(_ tokens: [CodeToken], from start: Int, matches: [Int], language: CodeLanguage) {
        var components = [tokens[start].text]
        var receiverArguments: [ArraySlice<CodeToken>]?
        var receiverComponents: [String]?
        var place = start + 1
        var calledLast = false
        while place < tokens.count {
            let token = tokens[place]
            if Self.isMemberAccess(tokens, at: place), place + 1 < tokens.count, tokens[place + 1].kind == .identifier {
                components.append(tokens[place + 1].text)
                calledLast = false
                place += 2
                continue
            }
            if token.isPunctuation("?"), place + 2 < tokens.count, tokens[place + 1].isPunctuation("."),
                tokens[place + 2].kind == .identifier
            {
                components.append(tokens[place + 2].text)
                calledLast = false
                place += 3
                continue
            }
            if token.isPunctuation("["), language != .perl, matches[place] > place {
                let inner = tokens[(place + 1)..<matches[place]]
                if let key = Self.literal(inner) {
                    components.append(key)
                } else {
                    dynamicMembers.append(components)
                    components.append("[]")
                }
                calledLast = false
                place = matches[place] + 1
                continue
            }
            if token.isPunctuation("("), matches[place] > place, !token.startsLine || language != .ruby {
                let arguments = Self.split(tokens, from: place + 1, to: matches[place], matches: matches)
                calls.append(
                    CodeCall(
                        components: components, arguments: arguments, receiverArguments: receiverArguments,
                        receiverComponents: receiverComponents, position: start))
                receiverArguments = arguments
                receiverComponents = components
                calledLast = true
                place = matches[place] + 1
                continue
            }
            break
        }
        if calledLast { return }
        let isVariable = components[0].hasPrefix("$") || components[0].hasPrefix("@")
        if language == .ruby || language == .perl, !isVariable, place < tokens.count, Self.startsValue(tokens[place]),
            !tokens[place].startsLine
        {
            // A call without parentheses: `system "ls"`, `FileUtils.rm_rf "dir"`, `unlink $f;`.
            // Bounded: `system system system …` must not make every call scan the rest of the input.
            var end = place
            let limit = min(tokens.count, place + Self.maximumBareArgumentTokens)
            while end < limit {
                let token = tokens[end]
                if end > place, token.startsLine, !tokens[end - 1].isPunctuation(",") { break }
                if token.isPunctuation(";") || token.isPunctuation("}") || token.isPunctuation(")") { break }
                if matches[end] > end { end = matches[end] }
                end += 1
            }
            calls.append(
                CodeCall(
                    components: components,
                    arguments: Self.split(tokens, from: place, to: min(end, limit), matches: matches),
                    receiverArguments: receiverArguments, receiverComponents: receiverComponents, position: start))
            return
        }
        references.append(components)
    }

    private static func startsValue(_ token: CodeToken) -> Bool {
        switch token.kind {
        case .string, .command, .number: true
        case .identifier:
            !["if", "unless", "and", "or", "do", "then", "end", "while", "until", "for"].contains(token.text)
        case .punctuation: token.text == "[" || token.text == "%"
        }
    }

    /// `tokens[start..<end]` split at commas outside brackets, jumping over bracketed groups: linear in the
    /// number of top-level tokens, whatever the nesting.
    private static func split(_ tokens: [CodeToken], from start: Int, to end: Int, matches: [Int]) -> [ArraySlice<
        CodeToken
    >] {
        guard start < end else { return [] }
        var parts: [ArraySlice<CodeToken>] = []
        var partStart = start
        var place = start
        while place < end {
            if matches[place] > place {
                place = min(matches[place] + 1, end)
                continue
            }
            if tokens[place].isPunctuation(",") {
                parts.append(tokens[partStart..<place])
                partStart = place + 1
            }
            place += 1
        }
        parts.append(tokens[partStart..<end])
        return parts
    }

    /// `tokens` split at commas outside brackets.
    static func split(_ tokens: ArraySlice<CodeToken>) -> [ArraySlice<CodeToken>] {
        guard !tokens.isEmpty else { return [] }
        var parts: [ArraySlice<CodeToken>] = []
        var depth = 0
        var start = tokens.startIndex
        for place in tokens.indices {
            let token = tokens[place]
            guard token.kind == .punctuation else { continue }
            switch token.text {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "," where depth == 0:
                parts.append(tokens[start..<place])
                start = place + 1
            default: break
            }
        }
        parts.append(tokens[start..<tokens.endIndex])
        return parts
    }

    /// The string a token run is, when it is one non-interpolated string literal (parentheses allowed).
    static func literal(_ tokens: ArraySlice<CodeToken>) -> String? {
        var found: CodeToken?
        for token in tokens where !token.isPunctuation("(") && !token.isPunctuation(")") {
            guard found == nil else { return nil }
            found = token
        }
        guard let found, found.kind == .string, !found.isInterpolated else { return nil }
        return found.text
    }

    /// Arguments longer than this are not taken apart (a list of that many words is no command anyone types);
    /// the bound keeps nested recognized calls from costing quadratic work.
    static let maximumArgumentTokens = 2_000

    /// How far the arguments of a call without parentheses (`system "ls"`) are looked for, in top-level tokens.
    static let maximumBareArgumentTokens = 256

    /// The elements of a bracketed list argument (`[a, b]`), nil when it is not one or is too long.
    static func listElements(_ tokens: ArraySlice<CodeToken>) -> [ArraySlice<CodeToken>]? {
        guard tokens.count <= maximumArgumentTokens, tokens.count >= 2, let first = tokens.first,
            first.isPunctuation("[") || first.isPunctuation("("), let last = tokens.last,
            last.isPunctuation("]") || last.isPunctuation(")")
        else { return nil }
        return split(tokens.dropFirst().dropLast())
    }

    /// The strings of a list literal of string literals (`["rm", "-rf", "x"]`, `%w(…)`, `qw(…)`); nil when any
    /// element is not a literal.
    static func stringList(_ tokens: ArraySlice<CodeToken>) -> [String]? {
        guard let elements = listElements(tokens) else { return nil }
        var strings: [String] = []
        for element in elements where !element.isEmpty {
            guard let text = literal(element) else { return nil }
            strings.append(text)
        }
        return strings
    }

    /// For each opening bracket, the index of its closing bracket (-1 when unmatched); -1 elsewhere.
    private static func matchingBrackets(_ tokens: [CodeToken]) -> [Int] {
        var matches = [Int](repeating: -1, count: tokens.count)
        var stack: [Int] = []
        for (place, token) in tokens.enumerated() where token.kind == .punctuation {
            switch token.text {
            case "(", "[", "{": stack.append(place)
            case ")", "]", "}":
                if let open = stack.popLast() { matches[open] = place }
            default: break
            }
        }
        return matches
    }
}
