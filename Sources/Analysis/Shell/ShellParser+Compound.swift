private typealias B = ShellByte

/// Compound commands: groups, conditionals, loops, `case`, `[[ ]]`, `(( ))`, functions and coprocesses.
extension ShellParser {
    /// Consumes `keyword` (after blanks, comments and newlines) or fails naming what the construct opened at
    /// `openOffset` was waiting for.
    mutating func expect(_ keyword: Keyword, closing construct: String, openedAt openOffset: Int) throws(Failure) {
        try skipLinebreaks()
        if self.keyword(at: position) == keyword {
            position += keyword.spelling.utf8CodeUnitCount
            return
        }
        if isAtEnd {
            throw failure("unterminated `\(construct)` (missing `\(keyword.spelling)`) starting", at: openOffset)
        }
        throw failure("expected `\(keyword.spelling)` but found \(describeToken(at: position))", at: position)
    }

    /// A list that must hold at least one command (bash rejects `if then`, `{ }`, `while do`).
    mutating func parseNonEmptyList() throws(Failure) -> ShellSyntax.List {
        let list = try parseList()
        guard !list.items.isEmpty else {
            throw failure(
                "expected a command before \(isAtEnd ? "the end of input" : describeToken(at: position))",
                at: position)
        }
        return list
    }

    mutating func parseBraceGroup() throws(Failure) -> ShellSyntax.CommandKind {
        let open = position
        position += 1
        try enter(at: open)
        defer { depth -= 1 }
        let body = try parseNonEmptyList()
        try expect(.closeBrace, closing: "{", openedAt: open)
        return .braceGroup(body)
    }

    mutating func parseSubshell() throws(Failure) -> ShellSyntax.CommandKind {
        let open = position
        position += 1
        try enter(at: open)
        defer { depth -= 1 }
        let body = try parseNonEmptyList()
        try skipLinebreaks()
        guard current == B.closeParen else {
            if isAtEnd { throw failure("unterminated subshell starting", at: open) }
            throw failure("expected `)` but found \(describeToken(at: position))", at: position)
        }
        position += 1
        return .subshell(body)
    }

    mutating func parseIf() throws(Failure) -> ShellSyntax.CommandKind {
        let open = position
        position += 2
        try enter(at: open)
        defer { depth -= 1 }
        var branches: [ShellSyntax.ConditionalBranch] = []
        var elseBody: ShellSyntax.List?
        while true {
            let condition = try parseNonEmptyList()
            try expect(.then, closing: "if", openedAt: open)
            let body = try parseNonEmptyList()
            branches.append(ShellSyntax.ConditionalBranch(condition: condition, body: body))
            try skipLinebreaks()
            switch keyword(at: position) {
            case .elif:
                position += 4
                continue
            case .else:
                position += 4
                elseBody = try parseNonEmptyList()
            default: break
            }
            break
        }
        try expect(.fi, closing: "if", openedAt: open)
        return .ifClause(branches: branches, elseBody: elseBody)
    }

    mutating func parseLoop(isUntil: Bool) throws(Failure) -> ShellSyntax.CommandKind {
        let open = position
        position += 5
        try enter(at: open)
        defer { depth -= 1 }
        let condition = try parseNonEmptyList()
        let body = try parseDoGroup(closing: isUntil ? "until" : "while", openedAt: open)
        return .loop(isUntil: isUntil, condition: condition, body: body)
    }

    /// `do list done`, or bash's `{ list; }` as a loop body.
    mutating func parseDoGroup(closing construct: String, openedAt open: Int) throws(Failure) -> ShellSyntax.List {
        try skipLinebreaks()
        if keyword(at: position) == .openBrace {
            guard case .braceGroup(let body) = try parseBraceGroup() else { return ShellSyntax.List() }
            return body
        }
        try expect(.do, closing: construct, openedAt: open)
        let body = try parseNonEmptyList()
        try expect(.done, closing: construct, openedAt: open)
        return body
    }

    mutating func parseFor(isSelect: Bool) throws(Failure) -> ShellSyntax.CommandKind {
        let open = position
        let construct = isSelect ? "select" : "for"
        position += isSelect ? 6 : 3
        try enter(at: open)
        defer { depth -= 1 }
        skipBlanks()
        if !isSelect && current == B.openParen && peek() == B.openParen {
            let header = try parseArithmeticBody(opening: "for ((", openedAt: open, skip: 2)
            skipBlanks()
            if current == B.semicolon { position += 1 }
            let body = try parseDoGroup(closing: construct, openedAt: open)
            return .arithmeticFor(header: header, body: body)
        }
        let nameStart = position
        while Self.isNameCharacter(current) { position += 1 }
        guard position > nameStart, Self.isNameStart(bytes[nameStart]) else {
            throw failure("expected a variable name after `\(construct)`", at: nameStart)
        }
        let variable = text(nameStart..<position)
        try skipLinebreaks()
        var words: [ShellSyntax.Word]?
        if keyword(at: position) == .in {
            position += 2
            var list: [ShellSyntax.Word] = []
            while true {
                skipBlanks()
                guard wordStarts, current != B.hash else { break }
                list.append(try parseWord(.command))
            }
            skipComment()
            guard current == B.semicolon || current == B.newline else {
                if isAtEnd { throw failure("unterminated `\(construct)` (missing `do`) starting", at: open) }
                throw failure("expected `;` or a newline but found \(describeToken(at: position))", at: position)
            }
            position += 1
            if bytes[position - 1] == B.newline { try readPendingHeredocs() }
            words = list
        } else if current == B.semicolon {
            position += 1
        }
        let body = try parseDoGroup(closing: construct, openedAt: open)
        return .forLoop(variable: variable, words: words, body: body, isSelect: isSelect)
    }

    mutating func parseCase() throws(Failure) -> ShellSyntax.CommandKind {
        let open = position
        position += 4
        try enter(at: open)
        defer { depth -= 1 }
        skipBlanks()
        guard !isAtEnd, !Self.isMeta(current) else { throw failure("expected a word after `case`", at: position) }
        let subject = try parseWord(.command)
        try skipLinebreaks()
        guard keyword(at: position) == .in else {
            if isAtEnd { throw failure("unterminated `case` (missing `in`) starting", at: open) }
            throw failure("expected `in` but found \(describeToken(at: position))", at: position)
        }
        position += 2
        var items: [ShellSyntax.CaseItem] = []
        while true {
            try skipLinebreaks()
            if keyword(at: position) == .esac {
                position += 4
                break
            }
            guard !isAtEnd else { throw failure("unterminated `case` (missing `esac`) starting", at: open) }
            if current == B.openParen { position += 1 }
            var patterns: [ShellSyntax.Word] = []
            while true {
                skipBlanks()
                guard !isAtEnd, !Self.isMeta(current) else {
                    throw isAtEnd
                        ? failure("unterminated `case` (missing `esac`) starting", at: open)
                        : failure("expected a pattern but found \(describeToken(at: position))", at: position)
                }
                patterns.append(try parseWord(.command))
                skipBlanks()
                guard current == B.pipe else { break }
                position += 1
            }
            guard current == B.closeParen else {
                throw isAtEnd
                    ? failure("unterminated `case` (missing `esac`) starting", at: open)
                    : failure("expected `)` after a pattern but found \(describeToken(at: position))", at: position)
            }
            position += 1
            let body = try parseList()
            try skipLinebreaks()
            var terminator = ""
            if current == B.semicolon && peek() == B.semicolon {
                terminator = peek(2) == B.ampersand ? ";;&" : ";;"
            } else if current == B.semicolon && peek() == B.ampersand {
                terminator = ";&"
            } else if keyword(at: position) != .esac {
                throw isAtEnd
                    ? failure("unterminated `case` (missing `esac`) starting", at: open)
                    : failure("expected `;;` or `esac` but found \(describeToken(at: position))", at: position)
            }
            position += terminator.utf8.count
            items.append(ShellSyntax.CaseItem(patterns: patterns, body: body, terminator: terminator))
        }
        return .caseClause(subject: subject, items: items)
    }

    /// `[[ … ]]`: its words, operators included; `<`, `>`, `(` and `)` are not redirections or subshells here.
    mutating func parseConditional() throws(Failure) -> ShellSyntax.CommandKind {
        let open = position
        position += 2
        try enter(at: open)
        defer { depth -= 1 }
        var words: [ShellSyntax.Word] = []
        while true {
            try skipLinebreaks()
            guard !isAtEnd else { throw failure("unterminated `[[` (missing `]]`) starting", at: open) }
            if current == B.closeBracket && peek() == B.closeBracket
                && (position + 2 == bytes.count || Self.isMeta(peek(2)))
            {
                position += 2
                break
            }
            if (current == B.ampersand && peek() == B.ampersand) || (current == B.pipe && peek() == B.pipe) {
                words.append(
                    ShellSyntax.Word(
                        parts: [.literal(text(position..<position + 2))], source: text(position..<position + 2)))
                position += 2
                continue
            }
            let before = position
            words.append(try parseWord(.conditional))
            guard position > before else { throw unexpected() }
        }
        return .conditional(words: words)
    }

    mutating func parseArithmeticCommand() throws(Failure) -> ShellSyntax.CommandKind {
        let open = position
        try enter(at: open)
        defer { depth -= 1 }
        return .arithmetic(try parseArithmeticBody(opening: "((", openedAt: open, skip: 2))
    }

    /// Skips `skip` bytes, then reads an arithmetic expression up to `))` and consumes it.
    mutating func parseArithmeticBody(opening: String, openedAt open: Int, skip: Int) throws(Failure)
        -> ShellSyntax.Word
    {
        position += skip
        let body = try parseWord(.arithmetic)
        guard current == B.closeParen && peek() == B.closeParen else {
            throw failure("unterminated `\(opening)` (missing `))`) starting", at: open)
        }
        position += 2
        return body
    }

    /// `function name [()] body`.
    mutating func parseFunctionKeyword() throws(Failure) -> ShellSyntax.Command {
        let open = position
        position += 8
        skipBlanks()
        let nameStart = position
        while !isAtEnd && !Self.isMeta(current) && current != B.singleQuote && current != B.doubleQuote
            && current != B.dollar && current != B.backquote
        {
            position += 1
        }
        guard position > nameStart else { throw failure("expected a function name after `function`", at: nameStart) }
        let name = text(nameStart..<position)
        _ = functionParenthesesFollow()
        return try parseFunctionBody(name: name, at: open)
    }

    /// The compound command after `name()` or `function name`.
    mutating func parseFunctionBody(name: String, at open: Int) throws(Failure) -> ShellSyntax.Command {
        try enter(at: open)
        defer { depth -= 1 }
        try skipLinebreaks()
        guard !isAtEnd else { throw failure("unterminated function definition `\(name)` starting", at: open) }
        let bodyStart = position
        let body = try parseCommand()
        if case .simple = body.kind {
            throw failure("expected a compound command as the body of function `\(name)`", at: bodyStart)
        }
        return ShellSyntax.Command(kind: .functionDefinition(name: name, body: body))
    }

    /// `coproc [NAME] command`: a name is taken only before a compound command.
    mutating func parseCoprocess() throws(Failure) -> ShellSyntax.Command {
        let open = position
        position += 6
        try enter(at: open)
        defer { depth -= 1 }
        skipBlanks()
        var name: String?
        if Self.isNameStart(current) && keyword(at: position) == nil {
            var end = position
            while Self.isNameCharacter(byte(at: end)) { end += 1 }
            var next = end
            while byte(at: next) == B.space || byte(at: next) == B.tab { next += 1 }
            if byte(at: next) == B.openParen || keyword(at: next).map({ $0 != .in && !$0.isClosing }) == true {
                name = text(position..<end)
                position = next
            }
        }
        let body = try parseCommand()
        return ShellSyntax.Command(kind: .coprocess(name: name, body: body))
    }
}
