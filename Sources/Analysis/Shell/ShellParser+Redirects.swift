private typealias B = ShellByte

/// Redirections and heredoc bodies.
extension ShellParser {
    /// Whether a redirection starts here: `<`, `>`, `&>`, `2>`, `{fd}>` (but not `<(` or `>(`).
    var redirectStarts: Bool {
        let c = current
        if c == B.less || c == B.greater { return peek() != B.openParen }
        if c == B.ampersand { return peek() == B.greater }
        var i = position
        if B.isDigit(c) {
            while B.isDigit(byte(at: i)) { i += 1 }
        } else if c == B.openBrace && Self.isNameStart(peek()) {
            i += 1
            while Self.isNameCharacter(byte(at: i)) { i += 1 }
            guard byte(at: i) == B.closeBrace else { return false }
            i += 1
        } else {
            return false
        }
        let op = byte(at: i)
        return (op == B.less || op == B.greater) && byte(at: i + 1) != B.openParen
    }

    mutating func parseRedirect() throws(Failure) -> ShellSyntax.Redirect {
        let start = position
        var descriptor: Int?
        var variable: String?
        if B.isDigit(current) {
            var value = 0
            while B.isDigit(current) {
                value = min(value * 10 + Int(current - B.zero), Int(Int32.max))
                position += 1
            }
            descriptor = value
        } else if current == B.openBrace {
            let nameStart = position + 1
            while current != B.closeBrace { position += 1 }
            variable = text(nameStart..<position)
            position += 1
        }
        let operation: ShellSyntax.RedirectOperator
        switch (current, peek(), peek(2)) {
        case (B.less, B.less, B.less): operation = .herestring
        case (B.less, B.less, B.dash): operation = .heredocStrippingTabs
        case (B.less, B.less, _): operation = .heredoc
        case (B.less, B.ampersand, _): operation = .duplicateInput
        case (B.less, B.greater, _): operation = .readWrite
        case (B.less, _, _): operation = .read
        case (B.greater, B.greater, _): operation = .append
        case (B.greater, B.pipe, _): operation = .clobber
        case (B.greater, B.ampersand, _): operation = .duplicateOutput
        case (B.greater, _, _): operation = .write
        case (B.ampersand, B.greater, B.greater): operation = .appendAll
        default: operation = .writeAll
        }
        position += operation.rawValue.utf8.count
        skipBlanks()
        guard !isAtEnd, !Self.isMeta(current) || (current == B.less || current == B.greater) && peek() == B.openParen
        else {
            throw failure(
                "expected a \(operation == .heredoc || operation == .heredocStrippingTabs ? "delimiter" : "word") after `\(operation.rawValue)` but found \(describeToken(at: position))",
                at: position)
        }
        let word = try parseWord(.command)
        guard position > start else { throw unexpected() }
        if operation == .heredoc || operation == .heredocStrippingTabs {
            let index = heredocs.count
            let isQuoted = word.parts.contains { if case .literal = $0 { false } else { true } }
            heredocs.append(
                ShellSyntax.Heredoc(
                    delimiter: "", isQuoted: isQuoted, stripsTabs: operation == .heredocStrippingTabs,
                    body: ShellSyntax.Word(parts: [], source: "")))
            let delimiter = Array(Self.delimiterText(word.parts).utf8)
            heredocs[index].delimiter = String(decoding: delimiter, as: UTF8.self)
            pendingHeredocs.append(
                PendingHeredoc(
                    index: index, delimiter: delimiter, stripsTabs: operation == .heredocStrippingTabs,
                    isQuoted: isQuoted))
            return ShellSyntax.Redirect(
                descriptor: descriptor, descriptorVariable: variable, operation: operation, target: .heredoc(index))
        }
        return ShellSyntax.Redirect(
            descriptor: descriptor, descriptorVariable: variable, operation: operation, target: .word(word))
    }

    /// A heredoc delimiter after quote removal; expansions are not performed (`<<$X` ends at a `$X` line).
    static func delimiterText(_ parts: [ShellSyntax.WordPart]) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let s), .escaped(let s), .singleQuoted(let s), .ansiCQuoted(let s): text += s
            case .doubleQuoted(let inner), .localeQuoted(let inner): text += delimiterText(inner)
            case .parameter(let p): text += p.source
            case .commandSubstitution(_, let source), .processSubstitution(_, _, let source),
                .arithmetic(_, let source):
                text += source
            }
        }
        return text
    }

    /// Whether a line ends in an odd number of backslashes (a line continuation).
    static func endsWithContinuation(_ line: ArraySlice<UInt8>) -> Bool {
        var count = 0
        var index = line.endIndex
        while index > line.startIndex && line[index - 1] == B.backslash {
            count += 1
            index -= 1
        }
        return count % 2 == 1
    }

    /// Reads the bodies of the heredocs opened on the line just ended, in order.
    mutating func readPendingHeredocs() throws(Failure) {
        guard !pendingHeredocs.isEmpty else { return }
        let pending = pendingHeredocs
        pendingHeredocs.removeAll()
        for heredoc in pending {
            let bodyStart = position
            var body: [UInt8] = []
            // Without quoting, a line ending in `\` continues on the next one before the delimiter is looked for
            // (`foo\` then `EOF` is the line `fooEOF`): `joined` is the logical line, `pending` its raw lines.
            var joined: [UInt8] = []
            var pending: [UInt8] = []
            while position < bytes.count {
                var lineEnd = position
                while lineEnd < bytes.count && bytes[lineEnd] != B.newline { lineEnd += 1 }
                var contentStart = position
                if heredoc.stripsTabs {
                    while contentStart < lineEnd && bytes[contentStart] == B.tab { contentStart += 1 }
                }
                let next = min(lineEnd + 1, bytes.count)
                let content = bytes[contentStart..<lineEnd]
                if !heredoc.isQuoted && lineEnd < bytes.count && Self.endsWithContinuation(content) {
                    joined.append(contentsOf: content.dropLast())
                    pending.append(contentsOf: content)
                    pending.append(B.newline)
                    position = next
                    continue
                }
                if joined.isEmpty ? content.elementsEqual(heredoc.delimiter) : (joined + content) == heredoc.delimiter {
                    position = next
                    break
                }
                body.append(contentsOf: pending)
                body.append(contentsOf: content)
                if lineEnd < bytes.count { body.append(B.newline) }
                joined.removeAll()
                pending.removeAll()
                position = next
            }
            body.append(contentsOf: pending)
            let source = String(decoding: body, as: UTF8.self)
            var parts: [ShellSyntax.WordPart] = source.isEmpty ? [] : [.literal(source)]
            if !heredoc.isQuoted
                && body.contains(where: { $0 == B.dollar || $0 == B.backquote || $0 == B.backslash })
            {
                var nested = ShellParser(
                    bytes: body, origin: origin + bodyStart, limits: limits, depth: depth, heredocs: heredocs)
                parts = try nested.parseQuotedParts(isHeredoc: true)
                heredocs = nested.heredocs
            }
            heredocs[heredoc.index].body = ShellSyntax.Word(parts: parts, source: source)
        }
    }
}
