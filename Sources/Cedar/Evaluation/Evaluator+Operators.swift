/// Binary operators: equality, comparison, arithmetic, hierarchy membership, set tests and tags.
extension Evaluator {
    /// `lhs op rhs`: both operands are evaluated, left first, before the operator looks at either.
    func binary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, span: SourceSpan?, depth: Int)
        throws(EvaluationError) -> Value
    {
        let l = try value(of: lhs, depth: depth)
        let r = try value(of: rhs, depth: depth)
        return try apply(op, l, r, lhs.span, rhs.span, span: span)
    }

    /// The operator `op` applied to the values of its operands, written at `lspan` and `rspan`.
    func apply(
        _ op: BinaryOperator, _ l: Value, _ r: Value, _ lspan: SourceSpan?, _ rspan: SourceSpan?, span: SourceSpan?
    ) throws(EvaluationError) -> Value {
        switch op {
        case .equal:
            return .bool(l == r)
        case .notEqual:
            return .bool(l != r)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return .bool(try compare(op, l, r, lspan, rspan))
        case .add, .subtract, .multiply:
            return .long(try arithmetic(op, l, r, lspan, rspan, span: span))
        case .in:
            return .bool(try isMember(l, of: r, lspan, rspan))
        case .contains:
            guard case .set(let set) = l else { throw .typeMismatch(expected: "set", got: l, at: lspan) }
            return .bool(set.contains(r))
        case .containsAll, .containsAny:
            guard case .set(let left) = l else { throw .typeMismatch(expected: "set", got: l, at: lspan) }
            guard case .set(let right) = r else { throw .typeMismatch(expected: "set", got: r, at: rspan) }
            return .bool(op == .containsAll ? right.isSubset(of: left) : !left.isDisjoint(with: right))
        case .getTag, .hasTag:
            guard case .entity(let uid) = l else {
                throw .typeMismatch(expected: EvaluationError.anyEntityTypeName, got: l, at: lspan)
            }
            guard case .string(let tag) = r else { throw .typeMismatch(expected: "string", got: r, at: rspan) }
            guard let entity = entities.entities[uid] else {
                if op == .hasTag { return .bool(false) }
                throw .entityNotFound(uid, at: lspan)
            }
            if op == .hasTag { return .bool(entity.tags[tag] != nil) }
            guard let value = entity.tags[tag] else { throw .tagNotFound(uid, tag, at: span) }
            return value
        }
    }

    /// `<`, `<=`, `>`, `>=` on two longs, two datetimes or two durations (`a > b` is `!(a <= b)`).
    private func compare(_ op: BinaryOperator, _ l: Value, _ r: Value, _ lspan: SourceSpan?, _ rspan: SourceSpan?)
        throws(EvaluationError) -> Bool
    {
        let a: Int64
        let b: Int64
        switch (l, r) {
        case (.long(let x), .long(let y)): (a, b) = (x, y)
        case (.datetime(let x), .datetime(let y)): (a, b) = (x.milliseconds, y.milliseconds)
        case (.duration(let x), .duration(let y)): (a, b) = (x.milliseconds, y.milliseconds)
        case (.long, _): throw .typeMismatch(expected: "long", got: r, at: rspan)
        case (_, .long): throw .typeMismatch(expected: "long", got: l, at: lspan)
        case (.datetime, _), (.duration, _): throw .typeMismatch(expected: l.typeName, got: r, at: rspan)
        case (_, .datetime), (_, .duration): throw .typeMismatch(expected: r.typeName, got: l, at: lspan)
        default:
            throw .typeMismatch(expected: ["long", "datetime", "duration"], got: l, at: lspan)
        }
        switch op {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        default: return a >= b
        }
    }

    /// `+`, `-`, `*` on longs, with 64-bit overflow reported as an error.
    private func arithmetic(
        _ op: BinaryOperator, _ l: Value, _ r: Value, _ lspan: SourceSpan?, _ rspan: SourceSpan?, span: SourceSpan?
    ) throws(EvaluationError) -> Int64 {
        guard case .long(let a) = l else { throw .typeMismatch(expected: "long", got: l, at: lspan) }
        guard case .long(let b) = r else { throw .typeMismatch(expected: "long", got: r, at: rspan) }
        let (result, overflow): (Int64, Bool)
        let verb: String
        switch op {
        case .add: ((result, overflow), verb) = (a.addingReportingOverflow(b), "add")
        case .subtract: ((result, overflow), verb) = (a.subtractingReportingOverflow(b), "subtract")
        default: ((result, overflow), verb) = (a.multipliedReportingOverflow(by: b), "multiply")
        }
        guard !overflow else { throw .overflow(verb, a, b, at: span) }
        return result
    }

    /// `l in r`: `l` is an entity and `r` an entity or a set of entities; true when `l` is one of them or a
    /// descendant of one. An entity missing from the store has no ancestors but is still `in` itself.
    private func isMember(_ l: Value, of r: Value, _ lspan: SourceSpan?, _ rspan: SourceSpan?)
        throws(EvaluationError) -> Bool
    {
        guard case .entity(let uid) = l else {
            throw .typeMismatch(expected: EvaluationError.anyEntityTypeName, got: l, at: lspan)
        }
        switch r {
        case .entity(let target):
            return uid == target || (entities.ancestors[uid]?.contains(target) ?? false)
        case .set(let targets):
            // Every element must be an entity, even when an earlier one already matches.
            for target in targets {
                guard case .entity = target else {
                    throw .typeMismatch(expected: EvaluationError.anyEntityTypeName, got: target, at: rspan)
                }
            }
            if targets.contains(.entity(uid)) { return true }
            guard let ancestors = entities.ancestors[uid], !ancestors.isEmpty else { return false }
            for case .entity(let target) in targets where ancestors.contains(target) { return true }
            return false
        default:
            throw .typeMismatch(expected: ["set", EvaluationError.anyEntityTypeName], got: r, at: rspan)
        }
    }
}
