/// Expressions: `Expr := Or | if Expr then Expr else Expr`, then `||`, `&&`, relations, `+ -`, `*`,
/// unary `! -`, member access and primaries, each level left-associative as in Cedar.
extension Parser {
    /// An expression as a plain `Expr`.
    mutating func expression() throws(Abort) -> Expr { toExpr(try parseExpr()) }

    mutating func parseExpr() throws(Abort) -> Operand {
        try enter()
        defer { leave() }
        guard kind == .ifKeyword else { return try parseOr() }
        let start = advance().start
        let condition = try expression()
        _ = try expect(.then, "after the condition of `if`")
        let thenBranch = try expression()
        _ = try expect(.else, "after the `then` branch of `if`")
        let elseBranch = try expression()
        return .expr(make(.ifThenElse(condition, then: thenBranch, else: elseBranch), start, lastEnd))
    }

    private mutating func parseOr() throws(Abort) -> Operand {
        let first = try parseAnd()
        guard kind == .orOr else { return first }
        var result = toExpr(first)
        while accept(.orOr) {
            let right = toExpr(try parseAnd())
            result = make(.or(result, right), first.start, lastEnd)
        }
        return .expr(result)
    }

    private mutating func parseAnd() throws(Abort) -> Operand {
        let first = try parseRelation()
        guard kind == .andAnd else { return first }
        var result = toExpr(first)
        while accept(.andAnd) {
            let right = toExpr(try parseRelation())
            result = make(.and(result, right), first.start, lastEnd)
        }
        return .expr(result)
    }

    static func relationalOperator(_ kind: Token.Kind) -> BinaryOperator?? {
        switch kind {
        case .equalEqual: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessOrEqual
        case .greater: .greater
        case .greaterEqual: .greaterOrEqual
        case .in: .in
        case .singleEqual: .some(nil)
        default: nil
        }
    }

    private mutating func parseRelation() throws(Abort) -> Operand {
        let first = try parseAdd()
        let start = first.start
        switch kind {
        case .has:
            advance()
            return try parseHas(first)
        case .like:
            advance()
            let target = toExpr(first)
            let pattern = try parseAdd()
            guard let elements = likePattern(pattern) else { return .invalid(start: start, end: lastEnd) }
            return .expr(make(.like(target, elements), start, lastEnd))
        case .is:
            advance()
            let target = toExpr(first)
            let typeOperand = try parseAdd()
            let type = entityType(typeOperand, subject: text(start, first.end))
            var container: Expr?
            if accept(.in) { container = toExpr(try parseAdd()) }
            guard let type else { return .invalid(start: start, end: lastEnd) }
            let test = make(.isEntityType(target, type), start, lastEnd)
            guard let container else { return .expr(test) }
            return .expr(make(.and(test, make(.binary(.in, target, container), start, lastEnd)), start, lastEnd))
        default:
            guard let op = Self.relationalOperator(kind) else { return first }
            advance()
            let left = toExpr(first)
            let right = toExpr(try parseAdd())
            var chained = false
            while Self.relationalOperator(kind) != nil {
                advance()
                _ = toExpr(try parseAdd())
                chained = true
            }
            if chained {
                report(
                    "multiple relational operators (>, ==, in, etc.) must be used with parentheses to make ordering explicit",
                    start, lastEnd)
            }
            guard let op else {
                report("'=' is not a valid operator in Cedar", start, lastEnd, help: "try using '==' instead")
                return .invalid(start: start, end: lastEnd)
            }
            return .expr(make(.binary(op, left, right), start, lastEnd))
        }
    }

    /// `e has a`, `e has "a"` or `e has a.b.c` (which means `e has a && e.a has b && e.a.b has c`).
    private mutating func parseHas(_ targetOperand: Operand) throws(Abort) -> Operand {
        let start = targetOperand.start
        let target = toExpr(targetOperand)
        let save = index
        if let path = attributePath() {
            guard let path else { return .invalid(start: start, end: lastEnd) }
            var test = make(.hasAttribute(target, path[0]), start, lastEnd)
            var value = make(.getAttribute(target, path[0]), start, lastEnd)
            for attribute in path.dropFirst() {
                test = make(.and(test, make(.hasAttribute(value, attribute), start, lastEnd)), start, lastEnd)
                value = make(.getAttribute(value, attribute), start, lastEnd)
            }
            return .expr(test)
        }
        index = save
        let rhs = try parseAdd()
        if case .invalid = rhs {
        } else {
            report(
                "invalid RHS of a `has` operation: \(text(rhs.start, rhs.end))", rhs.start, rhs.end,
                help:
                    "valid RHS of a `has` operation is either a sequence of identifiers separated by `.` or a string literal"
            )
        }
        return .invalid(start: start, end: lastEnd)
    }

    /// The attribute path after `has` when it is a string literal or identifiers separated by `.`: `nil` when the
    /// text has another shape, `.some(nil)` when it has the shape but an error was reported.
    private mutating func attributePath() -> [String]?? {
        let isContinuation: (Token.Kind) -> Bool = { k in
            switch k {
            case .dot, .leftParen, .leftBracket, .doubleColon, .plus, .minus, .star, .slash, .percent: true
            default: false
            }
        }
        if kind == .string {
            guard !isContinuation(peekKind()) else { return nil }
            let token = advance()
            guard let s = stringValue(token.start, token.end) else { return .some(nil) }
            return [s]
        }
        guard kind.isIdentifierLike else { return nil }
        var tokens = [current]
        var k = 1
        while peekKind(k) == .dot && peekKind(k + 1).isIdentifierLike {
            tokens.append(self.tokens[index + k + 1])
            k += 2
        }
        guard !isContinuation(peekKind(k)) else { return nil }
        index += k
        var ok = true
        var path: [String] = []
        for token in tokens {
            if !checkIdentifier(token) { ok = false }
            path.append(text(token))
        }
        return ok ? path : .some(nil)
    }

    mutating func parseAdd() throws(Abort) -> Operand {
        let first = try parseMult()
        guard kind == .plus || kind == .minus else { return first }
        var result = toExpr(first)
        while kind == .plus || kind == .minus {
            let op: BinaryOperator = advance().kind == .plus ? .add : .subtract
            let right = toExpr(try parseMult())
            result = make(.binary(op, result, right), first.start, lastEnd)
        }
        return .expr(result)
    }

    private mutating func parseMult() throws(Abort) -> Operand {
        let first = try parseUnary()
        guard kind == .star || kind == .slash || kind == .percent else { return first }
        var result = toExpr(first)
        while kind == .star || kind == .slash || kind == .percent {
            let op = advance()
            let right = toExpr(try parseUnary())
            if op.kind == .slash { report("division is not supported", first.start, lastEnd) }
            if op.kind == .percent { report("remainder/modulo is not supported", first.start, lastEnd) }
            result = make(.binary(.multiply, result, right), first.start, lastEnd)
        }
        return .expr(result)
    }

    /// `!`, `!!`, … or `-`, `--`, … (at most four) before a member expression; `-` and a number literal
    /// make a negative literal, so `-9223372036854775808` is valid.
    private mutating func parseUnary() throws(Abort) -> Operand {
        guard kind == .bang || kind == .minus else { return try parseMember() }
        let op = kind
        let start = current.start
        var count = 0
        while accept(op) { count += 1 }
        let item = try parseMember()
        if count > 4 {
            report(
                "too many occurrences of `\(op == .bang ? "!" : "-")`", start, lastEnd,
                help: "cannot chain more the 4 applications of a unary operator")
            return .invalid(start: start, end: lastEnd)
        }
        var remaining = count
        var result: Expr
        if op == .minus, case .number(let value, _, let end) = item {
            guard let value else { return .invalid(start: start, end: lastEnd) }
            if value > UInt64(Int64.max) + 1 {
                report(
                    "integer literal `\(value)` is too large", start, end,
                    help: "maximum allowed integer literal is `\(Int64.max)`")
                return .invalid(start: start, end: lastEnd)
            }
            let negative = value == UInt64(Int64.max) + 1 ? Int64.min : -Int64(value)
            result = make(.literal(.long(negative)), start, end)
            remaining -= 1
        } else {
            result = toExpr(item)
        }
        for _ in 0..<remaining {
            result = make(op == .bang ? .not(result) : .negate(result), start, lastEnd)
        }
        return .expr(result)
    }
}
