private typealias B = ShellByte

/// A recursive-descent parser for the bash syntax agents emit, working on UTF-8 bytes in one pass. Every recursion
/// (compound commands, substitutions, parameter expansions) goes through `enter`, which bounds it by
/// `AnalysisLimits.maximumNestingDepth`, so deep input is an error and never a stack overflow.
public struct ShellParser {
    typealias Failure = ShellSyntaxFailure

    let bytes: [UInt8]
    /// Where `bytes` starts in the whole input (for error positions of backquotes and heredoc bodies).
    let origin: Int
    let limits: AnalysisLimits
    var position = 0
    var depth: Int
    var heredocs: [ShellSyntax.Heredoc]
    var pendingHeredocs: [PendingHeredoc] = []

    struct PendingHeredoc {
        var index: Int
        var delimiter: [UInt8]
        var stripsTabs: Bool
        var isQuoted: Bool
    }

    init(bytes: [UInt8], origin: Int, limits: AnalysisLimits, depth: Int, heredocs: [ShellSyntax.Heredoc]) {
        self.bytes = bytes
        self.origin = origin
        self.limits = limits
        self.depth = depth
        self.heredocs = heredocs
    }

    /// Parses a whole input. Inputs over `limits.maximumInputBytes` and nesting deeper than
    /// `limits.maximumNestingDepth` are errors with `isLimitExceeded`.
    public static func parse(_ source: String, limits: AnalysisLimits = .default) throws(ShellParseError)
        -> ShellSyntax.Script
    {
        let bytes = Array(source.utf8)
        guard bytes.count <= limits.maximumInputBytes else {
            throw ShellParseError(
                message: "input of \(bytes.count) bytes is over the limit of \(limits.maximumInputBytes) bytes",
                line: 1, column: 1, isLimitExceeded: true)
        }
        var parser = ShellParser(bytes: bytes, origin: 0, limits: limits, depth: 0, heredocs: [])
        do {
            let body = try parser.parseScript()
            return ShellSyntax.Script(body: body, heredocs: parser.heredocs)
        } catch {
            throw error.error(in: bytes)
        }
    }

    /// A whole (possibly nested) buffer: a list that must reach the end of the input.
    mutating func parseScript() throws(Failure) -> ShellSyntax.List {
        let list = try parseList()
        guard isAtEnd else { throw unexpected() }
        try readPendingHeredocs()
        return list
    }

    // MARK: Lists, and-or lists, pipelines

    mutating func parseList() throws(Failure) -> ShellSyntax.List {
        var items: [ShellSyntax.ListItem] = []
        while true {
            try skipLinebreaks()
            guard !isAtEnd, !atListTerminator else { break }
            var item = ShellSyntax.ListItem(andOr: try parseAndOr())
            skipBlanks()
            skipComment()
            let c = current
            if c == B.ampersand && peek() != B.ampersand && peek() != B.greater {
                position += 1
                item.isBackground = true
            } else if c == B.semicolon && peek() != B.semicolon && peek() != B.ampersand {
                position += 1
            } else if c == B.newline {
                position += 1
                try readPendingHeredocs()
            } else {
                items.append(item)
                break
            }
            items.append(item)
        }
        return ShellSyntax.List(items: items)
    }

    /// At `)`, `;;`, `;&`, `;;&` or a keyword that closes a compound command: the current list ends here.
    var atListTerminator: Bool {
        switch current {
        case B.closeParen: return true
        case B.semicolon: return peek() == B.semicolon || peek() == B.ampersand
        // Checked before every list item: only these bytes start a closing keyword (then, else, elif, esac, fi,
        // do, done, `}`), so other commands skip the keyword lookup.
        case UInt8(ascii: "t"), UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "d"), B.closeBrace:
            return keyword(at: position)?.isClosing ?? false
        default: return false
        }
    }

    mutating func parseAndOr() throws(Failure) -> ShellSyntax.AndOr {
        // Reserved for two: `a && b` is common, and growing from one would allocate twice.
        var pipelines: [ShellSyntax.Pipeline] = []
        pipelines.reserveCapacity(2)
        pipelines.append(try parsePipeline())
        var operators: [ShellSyntax.AndOrOperator] = []
        while true {
            skipBlanks()
            if current == B.ampersand && peek() == B.ampersand {
                operators.append(.and)
            } else if current == B.pipe && peek() == B.pipe {
                operators.append(.or)
            } else {
                break
            }
            position += 2
            try skipLinebreaks()
            pipelines.append(try parsePipeline())
        }
        return ShellSyntax.AndOr(pipelines: pipelines, operators: operators)
    }

    mutating func parsePipeline() throws(Failure) -> ShellSyntax.Pipeline {
        var pipeline = ShellSyntax.Pipeline(commands: [])
        while true {
            skipBlanks()
            // Only `time` and `!` matter here; other first bytes skip the keyword lookup.
            guard current == UInt8(ascii: "t") || current == B.bang else { break }
            switch keyword(at: position) {
            case .time:
                position += 4
                pipeline.isTimed = true
                skipBlanks()
                if current == B.dash && peek() == UInt8(ascii: "p") && Self.endsKeyword(byte(at: position + 2)) {
                    position += 2
                }
                continue
            case .bang:
                position += 1
                pipeline.isNegated.toggle()
                continue
            default: break
            }
            break
        }
        if pipeline.isTimed && (isAtEnd || atListTerminator || Self.isSeparator(current)) {
            return pipeline
        }
        // Reserved for two stages (`… | tail`), as for the words of a command below.
        pipeline.commands.reserveCapacity(2)
        pipeline.commands.append(try parseCommand())
        while true {
            skipBlanks()
            guard current == B.pipe, peek() != B.pipe else { break }
            let withStandardError = peek() == B.ampersand
            position += withStandardError ? 2 : 1
            try skipLinebreaks()
            pipeline.commands.append(try parseCommand())
            pipeline.pipesStandardError.append(withStandardError)
        }
        return pipeline
    }

    // MARK: Commands

    mutating func parseCommand() throws(Failure) -> ShellSyntax.Command {
        skipBlanks()
        let start = position
        if let keyword = keyword(at: position) {
            switch keyword {
            case .if: return try parseRedirects(after: parseIf())
            case .while, .until: return try parseRedirects(after: parseLoop(isUntil: keyword == .until))
            case .for, .select: return try parseRedirects(after: parseFor(isSelect: keyword == .select))
            case .case: return try parseRedirects(after: parseCase())
            case .openBrace: return try parseRedirects(after: parseBraceGroup())
            case .openBrackets: return try parseRedirects(after: parseConditional())
            case .function: return try parseFunctionKeyword()
            case .coproc: return try parseCoprocess()
            case .then, .else, .elif, .fi, .do, .done, .esac, .closeBrace:
                throw failure("unexpected `\(keyword.spelling)`", at: start)
            case .in, .time, .bang, .closeBrackets: break
            }
        }
        if current == B.openParen {
            if peek() == B.openParen && closesAsArithmetic(from: position + 2) {
                return try parseRedirects(after: parseArithmeticCommand())
            }
            return try parseRedirects(after: parseSubshell())
        }
        return try parseSimpleCommand()
    }

    mutating func parseSimpleCommand() throws(Failure) -> ShellSyntax.Command {
        let start = position
        var simple = ShellSyntax.SimpleCommand()
        var redirects: [ShellSyntax.Redirect] = []
        var end = position
        // Most commands have at most four words: one allocation instead of growing the array word by word.
        simple.words.reserveCapacity(4)
        var isDeclaration = false
        while true {
            skipBlanks()
            guard !isAtEnd else { break }
            if redirectStarts {
                redirects.append(try parseRedirect())
            } else if !wordStarts {
                break
            } else if current == B.hash {
                skipComment()
                break
            } else if simple.words.isEmpty, let assignment = try parseAssignmentIfPresent() {
                simple.assignments.append(assignment)
            } else if isDeclaration, let word = try parseDeclarationArgument() {
                simple.words.append(word)
            } else {
                let before = position
                simple.words.append(try parseWord(.command))
                guard position > before else { throw unexpected() }
                if simple.words.count == 1 { isDeclaration = Self.isDeclarationBuiltin(simple.words[0]) }
            }
            end = position
        }
        if simple.words.isEmpty && simple.assignments.isEmpty && redirects.isEmpty {
            throw isAtEnd ? failure("unexpected end of input, expected a command", at: position) : unexpected()
        }
        if simple.words.count == 1, simple.assignments.isEmpty, redirects.isEmpty,
            let name = Self.plainText(simple.words[0]), functionParenthesesFollow()
        {
            return try parseFunctionBody(name: name, at: start)
        }
        simple.source = text(start..<end)
        return ShellSyntax.Command(kind: .simple(simple), redirects: redirects)
    }

    /// `name=value`, `name+=value`, `name[sub]=value` or `name=(…)` at the current position, if there is one.
    mutating func parseAssignmentIfPresent() throws(Failure) -> ShellSyntax.Assignment? {
        guard Self.isNameStart(current) else { return nil }
        var i = position + 1
        while Self.isNameCharacter(byte(at: i)) { i += 1 }
        if byte(at: i) == B.openBracket {
            while i < bytes.count && bytes[i] != B.closeBracket && !Self.isMeta(bytes[i]) { i += 1 }
            guard byte(at: i) == B.closeBracket else { return nil }
            i += 1
        }
        let nameEnd = i
        var isAppend = false
        if byte(at: i) == B.plus {
            isAppend = true
            i += 1
        }
        guard byte(at: i) == B.equals else { return nil }
        let name = text(position..<nameEnd)
        position = i + 1
        if current == B.openParen {
            let open = position
            position += 1
            var elements: [ShellSyntax.Word] = []
            while true {
                try skipLinebreaks()
                guard !isAtEnd else { throw failure("unterminated array assignment starting", at: open) }
                if current == B.closeParen {
                    position += 1
                    break
                }
                let before = position
                elements.append(try parseWord(.command))
                guard position > before else { throw unexpected() }
            }
            return ShellSyntax.Assignment(name: name, isAppend: isAppend, value: .array(elements))
        }
        let value = try parseWord(.command)
        return ShellSyntax.Assignment(name: name, isAppend: isAppend, value: .scalar(value))
    }

    /// Builtins whose `name=(…)` arguments are array assignments, parsed as such.
    static func isDeclarationBuiltin(_ word: ShellSyntax.Word) -> Bool {
        switch plainText(word) ?? "" {
        case "declare", "typeset", "local", "export", "readonly": true
        default: false
        }
    }

    /// An argument `name=(…)` of a declaration builtin, as one word holding the elements' parts.
    mutating func parseDeclarationArgument() throws(Failure) -> ShellSyntax.Word? {
        let start = position
        guard arrayAssignmentFollows, let assignment = try parseAssignmentIfPresent(),
            case .array(let elements) = assignment.value
        else { return nil }
        var parts: [ShellSyntax.WordPart] = [.literal(assignment.name + (assignment.isAppend ? "+=(" : "=("))]
        for (index, element) in elements.enumerated() {
            if index > 0 { parts.append(.literal(" ")) }
            parts.append(contentsOf: element.parts)
        }
        parts.append(.literal(")"))
        return ShellSyntax.Word(parts: parts, source: text(start..<position))
    }

    /// Whether `name=(`, `name+=(` or `name[…]=(` starts here (looking ahead only).
    var arrayAssignmentFollows: Bool {
        guard Self.isNameStart(current) else { return false }
        var i = position + 1
        while Self.isNameCharacter(byte(at: i)) { i += 1 }
        if byte(at: i) == B.openBracket {
            while i < bytes.count && bytes[i] != B.closeBracket && !Self.isMeta(bytes[i]) { i += 1 }
            guard byte(at: i) == B.closeBracket else { return false }
            i += 1
        }
        if byte(at: i) == B.plus { i += 1 }
        return byte(at: i) == B.equals && byte(at: i + 1) == B.openParen
    }

    /// After a command's single word: `(` and `)` with only blanks between make it a function definition.
    mutating func functionParenthesesFollow() -> Bool {
        var i = position
        while byte(at: i) == B.space || byte(at: i) == B.tab { i += 1 }
        guard byte(at: i) == B.openParen else { return false }
        i += 1
        while byte(at: i) == B.space || byte(at: i) == B.tab { i += 1 }
        guard byte(at: i) == B.closeParen else { return false }
        position = i + 1
        return true
    }

    /// Redirections after a compound command.
    mutating func parseRedirects(after kind: ShellSyntax.CommandKind) throws(Failure) -> ShellSyntax.Command {
        var command = ShellSyntax.Command(kind: kind)
        while true {
            skipBlanks()
            guard redirectStarts else { break }
            command.redirects.append(try parseRedirect())
        }
        return command
    }

    // MARK: Nesting

    /// One level deeper into the syntax; fails beyond the nesting limit. Pair with `depth -= 1`.
    mutating func enter(at offset: Int) throws(Failure) {
        depth += 1
        guard depth <= limits.maximumNestingDepth else {
            throw Failure(
                message: "nesting deeper than \(limits.maximumNestingDepth) levels", offset: origin + offset,
                isLimitExceeded: true)
        }
    }
}
