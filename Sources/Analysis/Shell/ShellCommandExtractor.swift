/// Walks a parsed script in execution order and lists every simple command that would run: the commands of
/// substitutions before the command whose words they are in, every branch of a conditional, loop bodies once,
/// function bodies where they are defined. Each command gets its standard input: its own redirections, else what
/// its pipeline or enclosing compound command feeds it.
struct ShellCommandExtractor {
    let heredocs: [ShellSyntax.Heredoc]
    let maximumBraceDepth: Int
    private(set) var commands: [CommandInvocation] = []
    /// How many enclosing constructs may skip the commands being walked (`&&`/`||` operands after the first,
    /// branches, loop and case bodies, function bodies, background items).
    private var conditionalDepth = 0

    /// The longest `CommandInvocation.source` kept, in Unicode scalars.
    static let maximumSourceLength = 200

    init(heredocs: [ShellSyntax.Heredoc], maximumBraceDepth: Int) {
        self.heredocs = heredocs
        self.maximumBraceDepth = maximumBraceDepth
    }

    // The walks index into the tree's arrays instead of iterating them: elements are then read in place, not
    // copied out (each copy retains and releases every array and string of a node).

    mutating func walk(_ list: ShellSyntax.List, input: StandardInput) {
        for item in list.items.indices {
            let isBackground = list.items[item].isBackground
            for pipeline in list.items[item].andOr.pipelines.indices {
                // Read in place (no closure, no copy of the pipeline): this runs for every pipeline.
                let isConditional = pipeline > 0 || isBackground
                if isConditional { conditionalDepth += 1 }
                walk(list.items[item].andOr.pipelines[pipeline], input: input)
                if isConditional { conditionalDepth -= 1 }
            }
        }
    }

    /// Runs `walk` with the commands it lists marked conditional when `isConditional`.
    private mutating func conditionally(_ isConditional: Bool, _ walk: (inout Self) -> Void) {
        if isConditional { conditionalDepth += 1 }
        walk(&self)
        if isConditional { conditionalDepth -= 1 }
    }

    mutating func walk(_ pipeline: ShellSyntax.Pipeline, input: StandardInput) {
        var stageInput = input
        let stages = pipeline.commands
        for index in stages.indices {
            let produced = walk(stages[index], input: stageInput)
            guard index + 1 < stages.count else { break }
            if let produced {
                stageInput = ShellStaticOutput.of(commands[produced]) ?? .dynamic(source: commands[produced].program)
            } else {
                stageInput = .dynamic(source: Self.label(stages[index].kind))
            }
        }
    }

    /// Walks one command; for a simple command, returns the index in `commands` of the invocation it produced
    /// (an index, not a copy of the invocation, which would retain each of its arrays and strings).
    @discardableResult
    mutating func walk(_ command: ShellSyntax.Command, input: StandardInput) -> Int? {
        guard case .simple(let simple) = command.kind else {
            for redirect in command.redirects { walkSubstitutions(in: redirect, input: input) }
            walkCompound(command.kind, input: standardInput(of: command.redirects, otherwise: input))
            return nil
        }
        // Bash expands the words, then performs the redirections, then expands the assignments.
        // Most words hold no substitution: they are checked without calling the (mutating) walk, whose calls
        // retain and release each word's parts.
        for index in simple.words.indices where !ShellWords.isStatic(simple.words[index].parts) {
            walkSubstitutions(simple.words[index].parts, input: input)
        }
        for redirect in command.redirects { walkSubstitutions(in: redirect, input: input) }
        for assignment in simple.assignments {
            switch assignment.value {
            case .scalar(let word): walkSubstitutions(word.parts, input: input)
            case .array(let words): for word in words { walkSubstitutions(word.parts, input: input) }
            }
        }
        var words = ShellWords.expand(simple.words, maximumDepth: maximumBraceDepth)
        // A glob in command position (`/bin/r?`, `/usr/bin/[r]m`) names a program only the file system knows.
        if words.first?.hasGlob == true { words[0].isStatic = false }
        let redirections = command.redirects.compactMap(Self.redirection)
        let assignments = simple.assignments.map(Self.assignment)
        // An assignment alone runs nothing, unless its value is code bash runs later (`x='a[$(…)]'`,
        // `PROMPT_COMMAND=…`, see `CodeValues`): then it is listed, for the walk to read that code.
        guard
            !words.isEmpty || !redirections.isEmpty
                || assignments.contains(where: { CodeValues.isCode(name: $0.name, value: $0.value) })
        else { return nil }
        let invocation = CommandInvocation(
            words: words, assignments: assignments, redirections: redirections,
            standardInput: standardInput(of: command.redirects, otherwise: input),
            source: Self.shortened(simple.source), isConditional: conditionalDepth > 0)
        commands.append(invocation)
        return commands.count - 1
    }

    private mutating func walkCompound(_ kind: ShellSyntax.CommandKind, input: StandardInput) {
        switch kind {
        case .simple: break
        case .subshell(let list), .braceGroup(let list): walk(list, input: input)
        case .ifClause(let branches, let elseBody):
            // The first condition always runs; the rest of the clause depends on it.
            for (index, branch) in branches.enumerated() {
                conditionally(index > 0) { $0.walk(branch.condition, input: input) }
                conditionally(true) { $0.walk(branch.body, input: input) }
            }
            if let elseBody { conditionally(true) { $0.walk(elseBody, input: input) } }
        case .loop(_, let condition, let body):
            walk(condition, input: input)
            conditionally(true) { $0.walk(body, input: input) }
        case .forLoop(_, let words, let body, _):
            for word in words ?? [] { walkSubstitutions(word.parts, input: input) }
            conditionally(true) { $0.walk(body, input: input) }
        case .arithmeticFor(let header, let body):
            walkSubstitutions(header.parts, input: input)
            conditionally(true) { $0.walk(body, input: input) }
        case .caseClause(let subject, let items):
            walkSubstitutions(subject.parts, input: input)
            conditionally(true) {
                for item in items {
                    for pattern in item.patterns { $0.walkSubstitutions(pattern.parts, input: input) }
                    $0.walk(item.body, input: input)
                }
            }
        case .functionDefinition(_, let body):
            // The body runs when the function is called, with whatever input the call has.
            conditionally(true) { $0.walk(body, input: .inherited) }
        case .conditional(let words):
            for word in words { walkSubstitutions(word.parts, input: input) }
        case .arithmetic(let expression):
            walkSubstitutions(expression.parts, input: input)
        case .coprocess(_, let body):
            conditionally(true) { $0.walk(body, input: .dynamic(source: "coproc")) }
        }
    }

    /// The commands of substitutions in `parts`, nested ones included.
    private mutating func walkSubstitutions(_ parts: [ShellSyntax.WordPart], input: StandardInput) {
        for index in parts.indices {
            switch parts[index] {
            case .literal, .escaped, .singleQuoted, .ansiCQuoted: break
            case .doubleQuoted(let inner), .localeQuoted(let inner): walkSubstitutions(inner, input: input)
            case .parameter(let expansion):
                if let operand = expansion.operand { walkSubstitutions(operand.parts, input: input) }
            case .commandSubstitution(let list, _): walk(list, input: input)
            case .processSubstitution(let list, let isInput, _):
                walk(list, input: isInput ? input : .dynamic(source: "process substitution"))
            case .arithmetic(let expression, _): walkSubstitutions(expression.parts, input: input)
            }
        }
    }

    private mutating func walkSubstitutions(in redirect: ShellSyntax.Redirect, input: StandardInput) {
        switch redirect.target {
        case .word(let word): walkSubstitutions(word.parts, input: input)
        case .heredoc(let index):
            if index < heredocs.count && !heredocs[index].isQuoted {
                walkSubstitutions(heredocs[index].body.parts, input: input)
            }
        }
    }

    // MARK: Building invocations

    /// Standard input after `redirects` (the last one to descriptor 0 wins), else `input`.
    private func standardInput(of redirects: [ShellSyntax.Redirect], otherwise input: StandardInput)
        -> StandardInput
    {
        var result = input
        for redirect in redirects where (redirect.descriptor ?? 0) == 0 && redirect.descriptorVariable == nil {
            switch (redirect.operation, redirect.target) {
            case (.heredoc, .heredoc(let index)), (.heredocStrippingTabs, .heredoc(let index)):
                guard index < heredocs.count else { continue }
                let heredoc = heredocs[index]
                let body = ShellWords.render(heredoc.body.parts)
                result = body.isStatic ? .text(body.text) : .template(body.text)
            case (.herestring, .word(let word)):
                let value = ShellWords.render(word.parts)
                if value.isStatic {
                    result = .text(value.text + "\n")
                } else if ShellWords.hasLiteralText(word.parts) {
                    result = .template(value.text + "\n")
                } else {
                    result = .dynamic(source: value.text)
                }
            case (.read, .word(let word)), (.readWrite, .word(let word)):
                result = .file(ShellWords.render(word.parts))
            case (.duplicateInput, .word(let word)):
                let target = ShellWords.render(word.parts)
                if target.text != "0" { result = .dynamic(source: "<&\(target.text)") }
            default: continue
            }
        }
        return result
    }

    /// The contract's redirection for a syntax redirect; nil for heredocs and herestrings (standard input).
    private static func redirection(_ redirect: ShellSyntax.Redirect) -> Redirection? {
        guard case .word(let word) = redirect.target else { return nil }
        let target = ShellWords.render(word.parts)
        let descriptor = redirect.descriptor ?? (redirect.descriptorVariable == nil ? nil : 10)
        switch redirect.operation {
        case .read: return Redirection(descriptor: descriptor ?? 0, operation: .read, target: target)
        case .write, .clobber: return Redirection(descriptor: descriptor ?? 1, operation: .write, target: target)
        case .append: return Redirection(descriptor: descriptor ?? 1, operation: .append, target: target)
        case .readWrite: return Redirection(descriptor: descriptor ?? 0, operation: .readWrite, target: target)
        case .writeAll: return Redirection(descriptor: 1, operation: .write, target: target)
        case .appendAll: return Redirection(descriptor: 1, operation: .append, target: target)
        case .duplicateInput: return Redirection(descriptor: descriptor ?? 0, operation: .duplicate, target: target)
        case .duplicateOutput:
            // `>&file` (not a number or `-`) is `&>file`.
            let isDescriptor =
                target.text == "-" || (!target.text.isEmpty && target.text.utf8.allSatisfy(ShellByte.isDigit))
            if isDescriptor || !target.isStatic {
                return Redirection(descriptor: descriptor ?? 1, operation: .duplicate, target: target)
            }
            return Redirection(descriptor: descriptor ?? 1, operation: .write, target: target)
        case .heredoc, .heredocStrippingTabs, .herestring: return nil
        }
    }

    private static func assignment(_ assignment: ShellSyntax.Assignment) -> ShellAssignment {
        switch assignment.value {
        case .scalar(let word):
            return ShellAssignment(name: assignment.name, value: ShellWords.render(word.parts))
        case .array(let words):
            let elements = words.map { ShellWords.render($0.parts) }
            return ShellAssignment(
                name: assignment.name,
                value: ShellWord(
                    "(" + elements.map(\.text).joined(separator: " ") + ")",
                    isStatic: elements.allSatisfy(\.isStatic), hasGlob: elements.contains(where: \.hasGlob)))
        }
    }

    static func shortened(_ source: String) -> String {
        // On UTF-8 bytes: the blanks trimmed are single bytes, and a scalar starts at every byte that is not a
        // continuation byte (`10xxxxxx`), so no Character or scalar view is walked.
        let cut =
            source.utf8.withContiguousStorageIfAvailable(shortenedLength)
            ?? Array(source.utf8).withUnsafeBufferPointer(shortenedLength)
        if cut.length == source.utf8.count { return source }
        let utf8 = source.utf8
        let prefix = String(source[..<utf8.index(utf8.startIndex, offsetBy: cut.length)])
        return cut.isTruncated ? prefix + "…" : prefix
    }

    /// How many bytes of `bytes` `shortened` keeps (trailing blanks dropped, at most `maximumSourceLength`
    /// scalars), and whether scalars were dropped beyond the limit.
    private static func shortenedLength(_ bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, isTruncated: Bool) {
        var end = bytes.count
        while end > 0 {
            let byte = bytes[end - 1]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A else { break }
            end -= 1
        }
        // No more bytes than the limit means no more scalars either.
        guard end > maximumSourceLength else { return (end, false) }
        var scalars = 0
        for index in 0..<end where bytes[index] & 0xC0 != 0x80 {
            if scalars == maximumSourceLength { return (index, true) }
            scalars += 1
        }
        return (end, false)
    }

    /// A name for a compound command feeding a pipe.
    static func label(_ kind: ShellSyntax.CommandKind) -> String {
        switch kind {
        case .simple: "command"
        case .subshell: "subshell"
        case .braceGroup: "group"
        case .ifClause: "if"
        case .loop(let isUntil, _, _): isUntil ? "until" : "while"
        case .forLoop(_, _, _, let isSelect): isSelect ? "select" : "for"
        case .arithmeticFor: "for"
        case .caseClause: "case"
        case .functionDefinition: "function"
        case .conditional: "[["
        case .arithmetic: "(("
        case .coprocess: "coproc"
        }
    }
}

extension ShellWords {
    /// True when the parts hold literal or quoted text besides expansions.
    static func hasLiteralText(_ parts: [ShellSyntax.WordPart]) -> Bool {
        parts.contains { part in
            switch part {
            case .literal(let s), .escaped(let s), .singleQuoted(let s), .ansiCQuoted(let s): !s.isEmpty
            case .doubleQuoted(let inner), .localeQuoted(let inner): hasLiteralText(inner)
            case .parameter, .commandSubstitution, .processSubstitution, .arithmetic: false
            }
        }
    }
}
