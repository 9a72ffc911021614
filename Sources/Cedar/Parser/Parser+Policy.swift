/// Policies: `{Annotation} Effect '(' Scope ')' {Condition} ';'`.
extension Parser {
    private static let scopeHelp =
        "policy scopes must contain a `principal`, `action`, and `resource` element in that order"

    /// One element of the scope as written: `variable [: Type] [is Type] [op Expr]`.
    private struct ScopeElement {
        var variable: Token
        var hasTypeConstraint: Bool
        var isType: Operand?
        var relation: (op: Token, rhs: Operand)?
        var start: Int
        var end: Int
    }

    /// Every policy and template of the text, in order, with ids `policy0`, `policy1`, …; a policy with errors is
    /// left out (its diagnostics are recorded) but still takes its id.
    mutating func parsePolicies() -> [Policy] {
        var policies: [Policy] = []
        var count = 0
        while kind != .end {
            let errorsBefore = diagnostics.count
            do throws(Abort) {
                let policy = try parsePolicy(id: "policy\(count)")
                if diagnostics.count == errorsBefore, let policy { policies.append(policy) }
            } catch {
                diagnostics.append(error.diagnostic)
                skipPastSemicolon()
            }
            count += 1
        }
        return policies
    }

    private mutating func skipPastSemicolon() {
        while kind != .end && kind != .semicolon { advance() }
        _ = accept(.semicolon)
    }

    private mutating func parsePolicy(id: String) throws(Abort) -> Policy? {
        let start = current.start
        let annotations = try parseAnnotations()
        guard kind.isIdentifierLike else {
            throw unexpected(
                annotations == nil ? "expected `permit` or `forbid`" : "expected `@`, `permit` or `forbid`")
        }
        let effectToken = advance()
        let effect: Effect? = effectToken.kind == .permit ? .permit : effectToken.kind == .forbid ? .forbid : nil
        if effect == nil {
            report(
                "invalid policy effect: \(text(effectToken))", effectToken.start, effectToken.end,
                help: "effect must be either `permit` or `forbid`")
        }
        _ = try expect(.leftParen, "after the policy effect")
        var elements: [ScopeElement] = []
        while kind != .rightParen {
            elements.append(try parseScopeElement())
            if !accept(.comma) { break }
        }
        _ = try expect(.rightParen, "to close the policy scope")
        let scopeEnd = lastEnd
        let conditions = try parseConditions()
        _ = try expect(.semicolon, "after the policy")

        let principal = scopeConstraint(elements.first, .principal, effectToken.start, scopeEnd)
        let action = actionConstraint(elements.count > 1 ? elements[1] : nil, effectToken.start, scopeEnd)
        let resource = scopeConstraint(elements.count > 2 ? elements[2] : nil, .resource, effectToken.start, scopeEnd)
        for extra in elements.dropFirst(3) {
            report(
                "this policy has an extra element in the scope: \(text(extra.start, extra.end))", extra.start,
                extra.end, help: Self.scopeHelp)
        }
        guard let annotations, let effect, let principal, let action, let resource, let conditions else { return nil }
        return Policy(
            id: id, effect: effect, annotations: annotations, principal: principal, action: action,
            resource: resource, conditions: conditions, span: span(start, lastEnd))
    }

    /// `@key` or `@key("value")`, any number; `nil` after reporting a duplicate key or a bad escape.
    private mutating func parseAnnotations() throws(Abort) -> [Annotation]? {
        var annotations: [Annotation] = []
        var keys: Set<String> = []
        var ok = true
        while kind == .at {
            let at = advance()
            guard kind.isIdentifierLike else { throw unexpected("expected an annotation name after `@`") }
            let key = text(advance())
            var value = ""
            let hasValue = accept(.leftParen)
            if hasValue {
                let literal = try expect(.string, "as the annotation value")
                _ = try expect(.rightParen, "after the annotation value")
                if let v = stringValue(literal.start, literal.end) { value = v } else { ok = false }
            }
            if !keys.insert(key).inserted {
                report("duplicate annotation: @\(key)", at.start, lastEnd)
                ok = false
            } else {
                annotations.append(
                    Annotation(key: key, value: value, hasValue: hasValue, span: span(at.start, lastEnd)))
            }
        }
        return ok ? annotations : nil
    }

    private mutating func parseScopeElement() throws(Abort) -> ScopeElement {
        guard kind.isIdentifierLike else { throw unexpected("expected `principal`, `action` or `resource`") }
        let variable = advance()
        var element = ScopeElement(
            variable: variable, hasTypeConstraint: false, isType: nil, relation: nil, start: variable.start, end: 0)
        if accept(.colon) {
            element.hasTypeConstraint = true
            guard kind.isIdentifierLike else { throw unexpected("expected a type name after `:`") }
            advance()
            while kind == .doubleColon && peekKind().isIdentifierLike {
                advance()
                advance()
            }
        }
        if accept(.is) { element.isType = try parseAdd() }
        if Self.relationalOperator(kind) != nil {
            let op = advance()
            element.relation = (op, try parseExpr())
        }
        element.end = lastEnd
        return element
    }

    /// `when { e }` and `unless { e }` clauses; `nil` if one was invalid (the error is reported).
    private mutating func parseConditions() throws(Abort) -> [Condition]? {
        var conditions: [Condition] = []
        var ok = true
        while kind.isIdentifierLike {
            if kind != .when && kind != .unless && peekKind() != .leftBrace {
                throw unexpected("expected `;` after the policy")
            }
            let keyword = advance()
            let name = text(keyword)
            let conditionKind: Condition.Kind? = keyword.kind == .when ? .when : keyword.kind == .unless ? .unless : nil
            if conditionKind == nil {
                report(
                    "invalid policy condition: \(name)", keyword.start, keyword.end,
                    help: "condition must be either `when` or `unless`")
                ok = false
            }
            _ = try expect(.leftBrace, "after `\(name)`")
            if accept(.rightBrace) {
                report("`\(name)` condition clause cannot be empty", keyword.start, lastEnd)
                ok = false
                continue
            }
            slotsSeen.removeAll()
            let body = try expression()
            _ = try expect(.rightBrace, "to close the `\(name)` condition")
            for seen in slotsSeen {
                report(
                    "found template slot \(seen.slot.rawValue) in a `\(name)` clause", seen.start, seen.end,
                    help: "slots are currently unsupported in `\(name)` clauses")
                ok = false
            }
            if let conditionKind { conditions.append(Condition(conditionKind, body)) }
        }
        return ok ? conditions : nil
    }

    // MARK: Scope constraints

    private mutating func scopeConstraint(
        _ element: ScopeElement?, _ expected: Variable, _ start: Int, _ end: Int
    ) -> ScopeConstraint? {
        guard let element else {
            report(
                "this policy is missing the `\(expected.rawValue)` variable in the scope", start, end,
                help: Self.scopeHelp)
            return nil
        }
        guard let variable = scopeVariable(element) else { return nil }
        var result: ScopeConstraint?
        if let (op, rhs) = element.relation {
            if op.kind == .in, case .expr(let e) = rhs, case .isEntityType = e.kind {
                report(
                    "when `is` and `in` are used together, `is` must come first", element.start, element.end,
                    help: "try `_ is _ in _`")
                return nil
            }
            let reference = entityReference(rhs, variable)
            switch (op.kind, element.isType) {
            case (.equalEqual, nil):
                result = reference.map { .equal($0) }
            case (.equalEqual, _?):
                report(
                    "`is` cannot be used together with `==`", element.start, element.end,
                    help: "try using `_ is _ in _`")
            case (.in, nil):
                result = reference.map { .in($0) }
            case (.in, let type?):
                if let name = entityType(type, subject: variable.rawValue), let reference {
                    result = .isIn(name, reference)
                }
            case (.singleEqual, _):
                report(
                    "'=' is not a valid operator in Cedar", element.start, element.end, help: "try using '==' instead")
            default:
                report(
                    "invalid operator in the policy scope: \(text(op))", element.start, element.end,
                    help: "policy scope clauses can only use `==`, `in`, `is`, or `_ is _ in _`")
            }
        } else if let type = element.isType {
            result = entityType(type, subject: variable.rawValue).map { .is($0) }
        } else {
            result = .any
        }
        guard variable == expected else {
            report(
                "found the variable `\(variable.rawValue)` where the variable `\(expected.rawValue)` must be used",
                element.start, element.end, help: Self.scopeHelp)
            return nil
        }
        return result
    }

    private mutating func actionConstraint(_ element: ScopeElement?, _ start: Int, _ end: Int) -> ActionConstraint? {
        guard let element else {
            report("this policy is missing the `action` variable in the scope", start, end, help: Self.scopeHelp)
            return nil
        }
        guard let variable = scopeVariable(element) else { return nil }
        guard variable == .action else {
            report(
                "found the variable `\(variable.rawValue)` where the variable `action` must be used", element.start,
                element.end, help: Self.scopeHelp)
            return nil
        }
        if element.isType != nil {
            report(
                "`is` cannot appear in the action scope", element.start, element.end,
                help: "try moving `action is ..` into a `when` condition")
            return nil
        }
        guard let (op, rhs) = element.relation else { return .any }
        let result: ActionConstraint?
        switch op.kind {
        case .in:
            if case .expr(let e) = rhs, case .isEntityType = e.kind {
                report(
                    "`is` cannot appear in the action scope", element.start, element.end,
                    help: "try moving `action is ..` into a `when` condition")
                return nil
            }
            if case .expr(let e) = rhs, case .set(let elements) = e.kind {
                var uids: [EntityUID] = []
                for element in elements {
                    guard let uid = actionUID(.expr(element), allowSet: false) else { return nil }
                    uids.append(uid)
                }
                result = .inList(uids)
            } else {
                result = actionUID(rhs, allowSet: true).map { .in($0) }
            }
        case .equalEqual:
            result = actionUID(rhs, allowSet: false).map { .equal($0) }
        case .singleEqual:
            report("'=' is not a valid operator in Cedar", element.start, element.end, help: "try using '==' instead")
            return nil
        default:
            report(
                "invalid operator in the action scope: \(text(op))", element.start, element.end,
                help: "action scope clauses can only use `==` or `in`")
            return nil
        }
        guard let result else { return nil }
        let uids: [EntityUID] =
            switch result {
            case .any: []
            case .equal(let uid), .in(let uid): [uid]
            case .inList(let list): list
            }
        let wrong = uids.filter { !$0.type.isAction }
        if !wrong.isEmpty {
            let list = wrong.map(\.description).joined(separator: ", ")
            report(
                "expected an entity uid with type `Action` but got `\(list)`", rhs.start, rhs.end,
                help: "action entities must have type `Action`, optionally in a namespace")
            return nil
        }
        return result
    }

    private mutating func scopeVariable(_ element: ScopeElement) -> Variable? {
        let token = element.variable
        guard let variable = Self.variable(token.kind), variable != .context else {
            report(
                "found an invalid variable in the policy scope: \(text(token))", token.start, token.end,
                help: Self.scopeHelp)
            return nil
        }
        if element.hasTypeConstraint {
            report(
                "type constraints using `:` are not supported", element.start, element.end,
                help: "try using `is` instead")
            return nil
        }
        return variable
    }

    /// The entity uid or matching slot on the right of `principal ==`/`in` (or `resource …`).
    private mutating func entityReference(_ operand: Operand, _ variable: Variable) -> EntityReference? {
        let expected = "expected an entity uid or matching template slot"
        if case .expr(let e) = operand {
            switch e.kind {
            case .slot(let slot):
                if slot.rawValue == "?" + variable.rawValue { return .slot(slot) }
                report(
                    "\(expected), found \(slot.rawValue) instead of ?\(variable.rawValue)", operand.start, operand.end)
                return nil
            case .literal(.entity(let uid)):
                return .entity(uid)
            default:
                break
            }
        }
        reportWrongScopeNode(operand, expected, isAction: false)
        return nil
    }

    /// An action entity uid (or, with `allowSet`, the caller handles sets).
    private mutating func actionUID(_ operand: Operand, allowSet: Bool) -> EntityUID? {
        if case .expr(let e) = operand, case .literal(.entity(let uid)) = e.kind { return uid }
        reportWrongScopeNode(
            operand, allowSet ? "expected an entity uid or set of entity uids" : "expected an entity uid",
            isAction: true)
        return nil
    }

    private mutating func reportWrongScopeNode(_ operand: Operand, _ expected: String, isAction: Bool) {
        let source = text(operand.start, operand.end)
        switch operand {
        case .invalid:
            return
        case .string:
            report(
                "\(expected), found literal `\(source)`", operand.start, operand.end,
                help: "try including the entity type if you intended this string to be an entity uid")
        case .bool, .number:
            report("\(expected), found literal `\(source)`", operand.start, operand.end)
        case .name, .variable:
            report(
                "\(expected), found name `\(source)`", operand.start, operand.end,
                help: isAction
                    ? "try including an identifier string if you intended this name to be an entity uid"
                    : "try using `is` to test for an entity type or including an identifier string if you intended this name to be an entity uid"
            )
        case .expr(let e):
            let found: String
            switch e.kind {
            case .set: found = "a set of entity uids"
            case .slot(let s): found = "template slot \(s.rawValue)"
            case .record: found = "record initializer"
            case .ifThenElse: found = "an `if` expression"
            default: found = "expression `\(source)`"
            }
            report("\(expected), found \(found)", operand.start, operand.end)
        }
    }
}
