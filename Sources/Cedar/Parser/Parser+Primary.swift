/// Member access, calls and primaries: literals, variables, names, entity uids, slots, `( )`, `[ ]`, `{ }`.
extension Parser {
    /// One `.name`, `.name(…)`, `(…)` or `["…"]` after a primary. `nil` payloads had errors reported.
    private enum Accessor {
        case field(String?, end: Int)
        case call([Expr], end: Int)
        case index(String?, end: Int)
    }

    mutating func parseMember() throws(Abort) -> Operand {
        let head = try parsePrimary()
        guard kind == .dot || kind == .leftParen || kind == .leftBracket else { return head }
        var accessors: [Accessor] = []
        loop: while true {
            switch kind {
            case .dot:
                advance()
                guard kind.isIdentifierLike else { throw unexpected("expected an attribute or method name after `.`") }
                let token = advance()
                accessors.append(.field(checkIdentifier(token) ? text(token) : nil, end: token.end))
            case .leftParen:
                advance()
                let arguments = try parseList(closing: .rightParen, "to close the argument list")
                accessors.append(.call(arguments, end: lastEnd))
            case .leftBracket:
                advance()
                let inner = try parseExpr()
                _ = try expect(.rightBracket, "to close the index expression")
                accessors.append(.index(indexName(inner), end: lastEnd))
            default:
                break loop
            }
        }
        return applyAccessors(head, accessors)
    }

    /// Cedar's rules for what may be accessed or called: names only as functions, variables and expressions
    /// with attributes and methods.
    private mutating func applyAccessors(_ head: Operand, _ accessors: [Accessor]) -> Operand {
        let start = head.start
        let end = lastEnd
        var i = 0
        var result: Expr
        switch head {
        case .invalid:
            return .invalid(start: start, end: end)
        case .name(let name, _, _):
            switch (accessors[0], accessors.count > 1 ? accessors[1] : nil) {
            case (.call(let arguments, let callEnd), _):
                guard let call = functionCall(name, arguments, start, callEnd) else {
                    return .invalid(start: start, end: end)
                }
                result = call
                i = 1
            case (.field(let field?, _), .call?):
                report(
                    "attempted to call `\(name).\(field)(...)`, but `\(name)` does not have any methods", start, end)
                return .invalid(start: start, end: end)
            case (.field(let field?, _), _):
                report("invalid member access `\(name).\(field)`, `\(name)` has no fields or methods", start, end)
                return .invalid(start: start, end: end)
            case (.index(let field?, _), _):
                report("invalid indexing expression `\(name)[\"\(field)\"]`, `\(name)` has no fields", start, end)
                return .invalid(start: start, end: end)
            default:
                return .invalid(start: start, end: end)
            }
        case .variable(let variable, let s, let e):
            if case .call = accessors[0] {
                report(
                    "`\(variable.rawValue)(...)` is not a valid function call", start, end,
                    help: "variables cannot be called as functions")
                return .invalid(start: start, end: end)
            }
            result = make(.variable(variable), s, e)
        default:
            result = toExpr(head)
        }
        var ok = true
        while i < accessors.count {
            switch accessors[i] {
            case .call:
                report("function calls must be of the form `<name>(arg1, arg2, ...)`", start, end)
                return .invalid(start: start, end: end)
            case .field(let field, let fieldEnd):
                if i + 1 < accessors.count, case .call(let arguments, let callEnd) = accessors[i + 1] {
                    if let field, let call = methodCall(field, result, arguments, start, callEnd) {
                        result = call
                    } else {
                        ok = false
                    }
                    i += 2
                } else {
                    if let field { result = make(.getAttribute(result, field), start, fieldEnd) } else { ok = false }
                    i += 1
                }
            case .index(let field, let indexEnd):
                if let field { result = make(.getAttribute(result, field), start, indexEnd) } else { ok = false }
                i += 1
            }
        }
        return ok ? .expr(result) : .invalid(start: start, end: end)
    }

    private static let builtinMethods: [String: BinaryOperator] = [
        "contains": .contains, "containsAll": .containsAll, "containsAny": .containsAny, "getTag": .getTag,
        "hasTag": .hasTag,
    ]

    private mutating func methodCall(
        _ name: String, _ receiver: Expr, _ arguments: [Expr], _ start: Int, _ end: Int
    ) -> Expr? {
        if let op = Self.builtinMethods[name] {
            guard arguments.count == 1 else {
                reportArity(name, expected: 1, got: arguments.count, start, end)
                return nil
            }
            return make(.binary(op, receiver, arguments[0]), start, end)
        }
        if name == "isEmpty" {
            guard arguments.isEmpty else {
                reportArity(name, expected: 0, got: arguments.count, start, end)
                return nil
            }
            return make(.extensionCall(name: name, arguments: [receiver], isMethod: true), start, end)
        }
        guard let function = ExtensionFunctions.named(name) else {
            report("`\(name)` is not a valid method", start, end)
            return nil
        }
        guard function.isMethod else {
            report("`\(name)` is a function, not a method", start, end, help: "use a function-style call `\(name)(..)`")
            return nil
        }
        return make(.extensionCall(name: name, arguments: [receiver] + arguments, isMethod: true), start, end)
    }

    private mutating func functionCall(_ name: Name, _ arguments: [Expr], _ start: Int, _ end: Int) -> Expr? {
        if name.namespace.isEmpty {
            let basename = name.basename
            if Self.builtinMethods[basename] != nil || basename == "isEmpty"
                || ExtensionFunctions.named(basename)?.isMethod == true
            {
                report(
                    "`\(basename)` is a method, not a function", start, end,
                    help: "use a method-style call `e.\(basename)(..)`")
                return nil
            }
            if let function = ExtensionFunctions.named(basename) {
                return make(.extensionCall(name: function.name, arguments: arguments, isMethod: false), start, end)
            }
        }
        report("`\(name)` is not a valid function", start, end)
        return nil
    }

    private mutating func reportArity(_ name: String, expected: Int, got: Int, _ start: Int, _ end: Int) {
        func arguments(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
        report(
            "call to `\(name)` requires exactly \(arguments(expected)), but got \(arguments(got))", start, end)
    }

    /// `E, E, …` with an optional trailing comma, then `closing`.
    mutating func parseList(closing: Token.Kind, _ context: String) throws(Abort) -> [Expr] {
        var elements: [Expr] = []
        while kind != closing {
            elements.append(try expression())
            if !accept(.comma) { break }
        }
        _ = try expect(closing, context)
        return elements
    }

    mutating func parsePrimary() throws(Abort) -> Operand {
        let token = current
        switch token.kind {
        case .number:
            advance()
            var value: UInt64 = 0
            for b in bytes[token.start..<token.end] {
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(b - 48))
                if o1 || o2 {
                    report(
                        "integer parse error: number too large to fit in target type", token.start, token.end)
                    return .number(nil, start: token.start, end: token.end)
                }
                value = sum
            }
            return .number(value, start: token.start, end: token.end)
        case .string:
            advance()
            return .string(start: token.start, end: token.end)
        case .trueKeyword, .falseKeyword:
            advance()
            return .bool(token.kind == .trueKeyword, start: token.start, end: token.end)
        case .principalSlot, .resourceSlot:
            advance()
            let slot: SlotID = token.kind == .principalSlot ? .principal : .resource
            slotsSeen.append((slot, token.start, token.end))
            return .expr(make(.slot(slot), token.start, token.end))
        case .otherSlot:
            advance()
            report(
                "`\(text(token))` is not a valid template slot", token.start, token.end,
                help: "a template slot may only be `?principal` or `?resource`")
            return .invalid(start: token.start, end: token.end)
        case .leftParen:
            advance()
            var inner = try expression()
            _ = try expect(.rightParen, "to close the parenthesized expression")
            inner.span = span(token.start, lastEnd)
            return .expr(inner)
        case .leftBracket:
            advance()
            let elements = try parseList(closing: .rightBracket, "to close the set literal")
            return .expr(make(.set(elements), token.start, lastEnd))
        case .leftBrace:
            return try parseRecord()
        case .ifKeyword:
            throw unexpected("expected an expression (put an `if` expression in parentheses when it is an operand)")
        default:
            guard token.kind.isIdentifierLike else { throw unexpected("expected an expression") }
            return try parseNameOrEntity()
        }
    }

    /// `x`, `A::B` (a name), `principal` (a variable) or `A::B::"id"` (an entity uid).
    private mutating func parseNameOrEntity() throws(Abort) -> Operand {
        var components = [advance()]
        while kind == .doubleColon && peekKind().isIdentifierLike {
            advance()
            components.append(advance())
        }
        let start = components[0].start
        if kind == .doubleColon && peekKind() == .string {
            advance()
            let idToken = advance()
            let type = checkedName(components)
            let id = stringValue(idToken.start, idToken.end)
            guard let type, let id else { return .invalid(start: start, end: lastEnd) }
            return .expr(make(.literal(.entity(EntityUID(type: type, id: id))), start, lastEnd))
        }
        if kind == .doubleColon && peekKind() == .leftBrace {
            advance()
            let open = advance()
            var nesting = 1
            while nesting > 0 && kind != .end {
                if kind == .leftBrace { nesting += 1 }
                if kind == .rightBrace { nesting -= 1 }
                advance()
            }
            report(
                "invalid entity literal: \(text(start, lastEnd))", start, lastEnd,
                help: "entity literals should have a form like `Namespace::User::\"alice\"`")
            _ = open
            return .invalid(start: start, end: lastEnd)
        }
        if kind == .doubleColon {
            advance()
            throw unexpected("expected an identifier or a string after `::`")
        }
        if components.count == 1, let variable = Self.variable(components[0].kind) {
            return .variable(variable, start: start, end: components[0].end)
        }
        guard let name = checkedName(components) else { return .invalid(start: start, end: lastEnd) }
        return .name(name, start: start, end: lastEnd)
    }

    static func variable(_ kind: Token.Kind) -> Variable? {
        switch kind {
        case .principal: .principal
        case .action: .action
        case .resource: .resource
        case .context: .context
        default: nil
        }
    }

    private mutating func parseRecord() throws(Abort) -> Operand {
        let start = advance().start
        var entries: [(key: String, value: Expr)] = []
        var keys: Set<String> = []
        var ok = true
        while kind != .rightBrace {
            let keyStart = current.start
            var key: String?
            if kind == .ifKeyword && peekKind() == .colon {
                let token = advance()
                report("this identifier is reserved and cannot be used: if", token.start, token.end)
            } else {
                key = attributeName(try parseExpr())
            }
            _ = try expect(.colon, "after the key in the record literal")
            let value = try expression()
            if let key {
                if keys.insert(key).inserted {
                    entries.append((key, value))
                } else {
                    report("duplicate key `\(key)` in record literal", keyStart, lastEnd)
                    ok = false
                }
            } else {
                ok = false
            }
            if !accept(.comma) { break }
        }
        _ = try expect(.rightBrace, "to close the record literal")
        return ok ? .expr(make(.record(entries), start, lastEnd)) : .invalid(start: start, end: lastEnd)
    }
}
