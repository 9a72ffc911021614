/// How operands become expressions, attribute names, patterns and entity types, with Cedar's errors.
extension Parser {
    /// The operand as an ordinary expression (a bare name is an error: Cedar has no other variables).
    mutating func toExpr(_ operand: Operand) -> Expr {
        switch operand {
        case .expr(let e):
            return e
        case .variable(let v, let s, let e):
            return make(.variable(v), s, e)
        case .name(let name, let s, let e):
            report(
                "invalid variable: \(name)", s, e,
                help: "the valid Cedar variables are `principal`, `action`, `resource`, and `context`; "
                    + "did you mean to enclose `\(name)` in quotes to make a string?")
            return placeholder(s, e)
        case .string(let s, let e):
            guard let value = stringValue(s, e) else { return placeholder(s, e) }
            return make(.literal(.string(value)), s, e)
        case .bool(let b, let s, let e):
            return make(.literal(.bool(b)), s, e)
        case .number(let value, let s, let e):
            guard let value else { return placeholder(s, e) }
            guard value <= UInt64(Int64.max) else {
                report(
                    "integer literal `\(value)` is too large", s, e,
                    help: "maximum allowed integer literal is `\(Int64.max)`")
                return placeholder(s, e)
            }
            return make(.literal(.long(Int64(value))), s, e)
        case .invalid(let s, let e):
            return placeholder(s, e)
        }
    }

    /// The value of the string literal token at `start..<end`, or `nil` after reporting bad escapes.
    mutating func stringValue(_ start: Int, _ end: Int) -> String? {
        switch Unescaper.string(bytes[(start + 1)..<(end - 1)]) {
        case .success(let s):
            return s
        case .failure(let failures):
            reportEscapes(failures.items, start)
            return nil
        }
    }

    private mutating func reportEscapes(_ failures: [Unescaper.Failure], _ start: Int) {
        for failure in failures {
            report(failure.message, start + 1 + failure.range.lowerBound, start + 1 + failure.range.upperBound)
        }
    }

    /// Reports and rejects identifiers Cedar reserves (`if`, `true`, `in`, `has`…) and the `__cedar` namespace.
    mutating func checkIdentifier(_ token: Token) -> Bool {
        switch token.kind {
        case .ifKeyword, .trueKeyword, .falseKeyword, .then, .else, .in, .is, .has, .like:
            report("this identifier is reserved and cannot be used: \(text(token))", token.start, token.end)
            return false
        default:
            if token.end - token.start == 7 && text(token) == "__cedar" {
                report("`__cedar` is reserved and cannot be used as an identifier", token.start, token.end)
                return false
            }
            return true
        }
    }

    /// The name spelled by `components` (`A::B::C`), or `nil` after reporting reserved identifiers.
    mutating func checkedName(_ components: [Token]) -> Name? {
        var ok = true
        for token in components where !checkIdentifier(token) { ok = false }
        guard ok else { return nil }
        let parts = components.map { text($0) }
        return Name(parts[parts.count - 1], namespace: Array(parts.dropLast()))
    }

    /// A record key: an identifier, a variable name or a string literal.
    mutating func attributeName(_ operand: Operand) -> String? {
        switch operand {
        case .variable(let v, _, _):
            return v.rawValue
        case .name(let name, let s, let e):
            guard name.namespace.isEmpty else {
                report("`\(name)` cannot be used as an attribute as it contains a namespace", s, e)
                return nil
            }
            return name.basename
        case .string(let s, let e):
            return stringValue(s, e)
        case .bool(let b, let s, let e):
            report("this identifier is reserved and cannot be used: \(b)", s, e)
            return nil
        case .invalid:
            return nil
        case .expr, .number:
            report(
                "invalid attribute name: \(text(operand.start, operand.end))", operand.start, operand.end,
                help: "attribute names can either be identifiers or string literals")
            return nil
        }
    }

    /// The attribute inside `e["…"]`, which must be a string literal.
    mutating func indexName(_ operand: Operand) -> String? {
        switch operand {
        case .string(let s, let e):
            return stringValue(s, e)
        case .invalid:
            return nil
        default:
            report(
                "the contents of an index expression must be a string literal, found `\(text(operand.start, operand.end))`",
                operand.start, operand.end)
            return nil
        }
    }

    /// The pattern after `like`, which must be a string literal.
    mutating func likePattern(_ operand: Operand) -> Pattern? {
        switch operand {
        case .string(let s, let e):
            switch Unescaper.pattern(bytes[(s + 1)..<(e - 1)]) {
            case .success(let pattern):
                return pattern
            case .failure(let failures):
                reportEscapes(failures.items, s)
                return nil
            }
        case .invalid:
            return nil
        default:
            report(
                "right hand side of a `like` expression must be a pattern literal, but got `\(text(operand.start, operand.end))`",
                operand.start, operand.end)
            return nil
        }
    }

    /// The entity type after `is`: a name (or a variable's name, as Cedar allows).
    mutating func entityType(_ operand: Operand, subject: String) -> Name? {
        switch operand {
        case .variable(let v, _, _):
            return Name(v.rawValue)
        case .name(let name, _, _):
            return name
        case .invalid:
            return nil
        default:
            report(
                "right hand side of an `is` expression must be an entity type name, but got `\(text(operand.start, operand.end))`",
                operand.start, operand.end, help: "try using `==` to test for equality")
            return nil
        }
    }
}
