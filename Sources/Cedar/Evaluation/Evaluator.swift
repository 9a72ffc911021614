/// Evaluates Cedar expressions and policies for one request against one entity store, as Rust Cedar 4.x does.
///
/// Evaluation is strict and left to right; `&&`, `||` and `if` short-circuit. Every operator checks the
/// types of its operands and reports a mismatch as an `EvaluationError` with code `.typeMismatch`.
public struct Evaluator: Sendable {
    /// How deeply expressions may nest before evaluation stops with `.nestingTooDeep`.
    public static let maximumDepth = 500

    public let request: Request
    public let entities: Entities
    /// Values for template slots; empty for static policies.
    public var slots: [SlotID: EntityUID]

    let principal: Value
    let action: Value
    let resource: Value
    let context: Value

    public init(request: Request, entities: Entities, slots: [SlotID: EntityUID] = [:]) {
        self.request = request
        self.entities = entities
        self.slots = slots
        principal = .entity(request.principal)
        action = .entity(request.action)
        resource = .entity(request.resource)
        context = .record(request.context)
    }

    /// The value of `expr`, or the error that evaluating it raised.
    public func evaluate(_ expr: Expr) throws(EvaluationError) -> Value {
        try value(of: expr, depth: 0)
    }

    /// Whether `policy` is satisfied: its scope matches the request and every `when` holds and no `unless` does.
    ///
    /// This is whether the policy applies, whatever its effect.
    public func isSatisfied(_ policy: Policy) throws(EvaluationError) -> Bool {
        guard try scopeMatches(policy) else { return false }
        return try conditionsHold(policy.conditions)
    }

    /// Whether every `when` clause is true and every `unless` clause false, in source order.
    func conditionsHold(_ conditions: [Condition]) throws(EvaluationError) -> Bool {
        for condition in conditions {
            let holds = try bool(condition.body, depth: 0)
            if holds != (condition.kind == .when) { return false }
        }
        return true
    }

    // MARK: - The recursion

    func value(of expr: Expr, depth: Int) throws(EvaluationError) -> Value {
        guard depth < Self.maximumDepth else { throw .nestingTooDeep(at: expr.span) }
        do {
            return try evaluateKind(of: expr, depth: depth + 1)
        } catch {
            throw error.located(at: expr.span)
        }
    }

    private func evaluateKind(of expr: Expr, depth: Int) throws(EvaluationError) -> Value {
        switch expr.kind {
        case .literal(let value):
            return value
        case .variable(let variable):
            switch variable {
            case .principal: return principal
            case .action: return action
            case .resource: return resource
            case .context: return context
            }
        case .slot(let slot):
            guard let uid = slots[slot] else { throw .unlinkedSlot(slot, at: expr.span) }
            return .entity(uid)
        case .not(let operand):
            return .bool(!(try bool(operand, depth: depth)))
        case .negate(let operand):
            let n = try long(operand, depth: depth)
            guard n != .min else { throw .negationOverflow(n, at: expr.span) }
            return .long(-n)
        case .and(let lhs, let rhs):
            guard try bool(lhs, depth: depth) else { return .bool(false) }
            return .bool(try bool(rhs, depth: depth))
        case .or(let lhs, let rhs):
            if try bool(lhs, depth: depth) { return .bool(true) }
            return .bool(try bool(rhs, depth: depth))
        case .ifThenElse(let condition, let then, let otherwise):
            return try value(of: bool(condition, depth: depth) ? then : otherwise, depth: depth)
        case .binary(let op, let lhs, let rhs):
            return try binary(op, lhs, rhs, span: expr.span, depth: depth)
        case .getAttribute(let target, let name):
            return try attribute(name, of: target, span: expr.span, depth: depth)
        case .hasAttribute(let target, let name):
            return .bool(try has(name, target, depth: depth))
        case .like(let operand, let pattern):
            let text = try value(of: operand, depth: depth)
            guard case .string(let s) = text else {
                throw .typeMismatch(expected: "string", got: text, at: operand.span)
            }
            return .bool(pattern.matches(s))
        case .isEntityType(let operand, let type):
            return .bool(try entity(operand, depth: depth).type == type)
        case .set(let elements):
            var set = Set<Value>(minimumCapacity: elements.count)
            for element in elements { set.insert(try value(of: element, depth: depth)) }
            return .set(set)
        case .record(let fields):
            var record = [String: Value](minimumCapacity: fields.count)
            for field in fields { record[field.key] = try value(of: field.value, depth: depth) }
            return .record(record)
        case .extensionCall(let name, let arguments, let isMethod):
            return try call(name, arguments, isMethod: isMethod, span: expr.span, depth: depth)
        }
    }

    // MARK: - Typed operands

    func bool(_ expr: Expr, depth: Int) throws(EvaluationError) -> Bool {
        let v = try value(of: expr, depth: depth)
        guard case .bool(let b) = v else { throw .typeMismatch(expected: "bool", got: v, at: expr.span) }
        return b
    }

    func long(_ expr: Expr, depth: Int) throws(EvaluationError) -> Int64 {
        let v = try value(of: expr, depth: depth)
        guard case .long(let n) = v else { throw .typeMismatch(expected: "long", got: v, at: expr.span) }
        return n
    }

    func entity(_ expr: Expr, depth: Int) throws(EvaluationError) -> EntityUID {
        let v = try value(of: expr, depth: depth)
        guard case .entity(let uid) = v else {
            throw .typeMismatch(expected: EvaluationError.anyEntityTypeName, got: v, at: expr.span)
        }
        return uid
    }
}
