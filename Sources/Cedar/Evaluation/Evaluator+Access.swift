/// Attribute access (`e.a`, `e has a`) and extension function calls.
extension Evaluator {
    /// `target.name`, where `target` evaluated to `base` (written at `targetSpan`): a record field or an entity
    /// attribute; a missing entity or attribute is an error.
    func attribute(_ name: String, of base: Value, at targetSpan: SourceSpan?, span: SourceSpan?)
        throws(EvaluationError) -> Value
    {
        switch base {
        case .record(let fields):
            guard let value = fields[name] else { throw .recordAttributeNotFound(name, at: span) }
            return value
        case .entity(let uid):
            guard let entity = entities.entities[uid] else { throw .entityNotFound(uid, at: targetSpan) }
            guard let value = entity.attributes[name] else { throw .entityAttributeNotFound(uid, name, at: span) }
            return value
        default:
            throw .typeMismatch(expected: ["record", EvaluationError.anyEntityTypeName], got: base, at: targetSpan)
        }
    }

    /// `target has name`, where `target` evaluated to `base`: false, not an error, for an entity missing from
    /// the store.
    func has(_ name: String, _ base: Value, at targetSpan: SourceSpan?) throws(EvaluationError) -> Bool {
        switch base {
        case .record(let fields):
            return fields[name] != nil
        case .entity(let uid):
            return entities.entities[uid]?.attributes[name] != nil
        default:
            throw .typeMismatch(expected: ["record", EvaluationError.anyEntityTypeName], got: base, at: targetSpan)
        }
    }

    /// A call of an extension function, or of a built-in method the parser left as a call (`isEmpty`, …).
    func call(_ expr: Expr, depth: Int) throws(EvaluationError) -> Value {
        guard case .extensionCall(let name, let arguments, let isMethod) = expr.kind else {
            return try value(of: expr, depth: depth)
        }
        let span = expr.span
        if isMethod, let builtin = Self.builtinMethods[name] {
            return try callBuiltin(name, builtin, arguments, span: span, depth: depth)
        }
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try value(of: argument, depth: depth)) }
        guard let function = ExtensionFunctions.named(name) else { throw .unknownExtensionFunction(name, at: span) }
        guard function.arity == values.count else {
            throw .wrongArgumentCount(name, expected: function.arity, got: values.count, at: span)
        }
        do {
            return try function.apply(values)
        } catch {
            throw error.located(at: span)
        }
    }

    /// Methods that are operators of the language rather than extension functions, by name and arity.
    private static let builtinMethods: [String: Int] = [
        "isEmpty": 1, "contains": 2, "containsAll": 2, "containsAny": 2, "getTag": 2, "hasTag": 2,
    ]

    private func callBuiltin(_ name: String, _ arity: Int, _ arguments: [Expr], span: SourceSpan?, depth: Int)
        throws(EvaluationError) -> Value
    {
        guard arguments.count == arity else {
            throw .wrongArgumentCount(name, expected: arity, got: arguments.count, at: span)
        }
        if arity == 2, let op = BinaryOperator(rawValue: name) {
            return try binary(op, arguments[0], arguments[1], span: span, depth: depth)
        }
        // isEmpty
        let operand = try value(of: arguments[0], depth: depth)
        guard case .set(let set) = operand else {
            throw .typeMismatch(expected: "set", got: operand, at: arguments[0].span)
        }
        return .bool(set.isEmpty)
    }
}
