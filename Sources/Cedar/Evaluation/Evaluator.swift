/// Evaluates Cedar expressions and policies for one request against one entity store, as Rust Cedar 4.x does.
///
/// Evaluation is strict and left to right; `&&`, `||` and `if` short-circuit. Every operator checks the
/// types of its operands and reports a mismatch as an `EvaluationError` with code `.typeMismatch`.
///
/// Evaluation recurses into nested expressions, at most `maximumDepth` levels, which keeps it within a
/// 512 KB thread stack even in a debug build. Chains of left-associative operators written without
/// parentheses (`a || b || c …`, `1 + 2 + 3 …`, `context.a.b.c …`) are walked in a loop, so a long chain
/// costs one level, not one per link.
public struct Evaluator: Sendable {
    /// How deeply expressions may nest before evaluation stops with `.nestingTooDeep`.
    public static let maximumDepth = 32

    /// The request whose variables (`principal`, `action`, `resource`, `context`) expressions read.
    public let request: Request
    /// The entities attribute access, `in` and tags look up.
    public let entities: Entities
    /// Values for template slots; empty for static policies.
    public var slots: [SlotID: EntityUID]

    let principal: Value
    let action: Value
    let resource: Value
    let context: Value

    /// An evaluator for `request` against `entities`; no slots are linked by default.
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

    /// Below this depth chain links recurse, which needs no allocation and no look-ahead (the common case,
    /// and the fast one); from it on, what remains of a chain is walked in a loop, so a long chain costs a
    /// bounded number of levels whatever its length.
    static let chainLoopDepth = maximumDepth / 2

    /// The value of `expr`. Each case hands its work to a function of its own: a debug build gives a function
    /// a stack slot for every temporary of every case, and this frame is on the stack once per level of nesting.
    func value(of expr: Expr, depth: Int) throws(EvaluationError) -> Value {
        guard depth < Self.maximumDepth else { throw .nestingTooDeep(at: expr.span) }
        switch expr.kind {
        case .literal(let value): return value
        case .variable(let variable): return self.value(of: variable)
        case .slot(let slot): return try value(of: slot, at: expr.span)
        case .not, .negate: return try unary(expr, depth: depth + 1)
        case .ifThenElse: return try conditional(expr, depth: depth + 1)
        case .set, .record: return try collection(expr, depth: depth + 1)
        case .extensionCall: return try call(expr, depth: depth + 1)
        case .and, .or:
            if depth >= Self.chainLoopDepth { return try chainValue(expr, depth: depth + 1) }
            return try logical(expr, after: nil, depth: depth + 1)
        case .binary, .getAttribute, .hasAttribute, .like, .isEntityType:
            if depth >= Self.chainLoopDepth { return try chainValue(expr, depth: depth + 1) }
            return try chainLink(expr, depth: depth + 1)
        }
    }

    /// A chain link evaluated by recursion: its left operand, then the link itself.
    private func chainLink(_ expr: Expr, depth: Int) throws(EvaluationError) -> Value {
        guard let operand = expr.chainOperand else { return try value(of: expr, depth: depth) }
        return try link(expr, after: value(of: operand, depth: depth), depth: depth)
    }

    /// A long left-nested chain, innermost link first, each link given the value of the links before it.
    private func chainValue(_ top: Expr, depth: Int) throws(EvaluationError) -> Value {
        var links: [Expr] = []
        var innermost = top
        while let operand = innermost.chainOperand {
            links.append(innermost)
            innermost = operand
        }
        var result = try value(of: innermost, depth: depth)
        for link in links.reversed() { result = try self.link(link, after: result, depth: depth) }
        return result
    }

    /// Finishes a chain link (`&&`, `||`, a binary operator, `.a`, `has`, `like`, `is`) whose left operand
    /// evaluated to `left`.
    private func link(_ expr: Expr, after left: Value, depth: Int) throws(EvaluationError) -> Value {
        switch expr.kind {
        case .and, .or: return try logical(expr, after: left, depth: depth)
        case .binary: return try binaryLink(expr, after: left, depth: depth)
        case .getAttribute(let target, let name): return try attribute(name, of: left, at: target.span, span: expr.span)
        case .hasAttribute(let target, let name): return .bool(try has(name, left, at: target.span))
        default: return try test(expr, left)
        }
    }

    /// `&&` and `||`, which evaluate their right operand only when the left one does not decide, given the
    /// value of the left operand when a chain already has it.
    private func logical(_ expr: Expr, after left: Value?, depth: Int) throws(EvaluationError) -> Value {
        switch expr.kind {
        case .and(let lhs, let rhs):
            guard try leftBool(lhs, left, depth: depth) else { return .bool(false) }
            return .bool(try bool(rhs, depth: depth))
        case .or(let lhs, let rhs):
            if try leftBool(lhs, left, depth: depth) { return .bool(true) }
            return .bool(try bool(rhs, depth: depth))
        default:
            return try chainLink(expr, depth: depth)
        }
    }

    /// The left operand `lhs` of `&&` or `||` as a boolean, from its value `left` when already known.
    private func leftBool(_ lhs: Expr, _ left: Value?, depth: Int) throws(EvaluationError) -> Bool {
        if let left { return try boolOperand(left, of: lhs) }
        return try bool(lhs, depth: depth)
    }

    private func binaryLink(_ expr: Expr, after left: Value, depth: Int) throws(EvaluationError) -> Value {
        guard case .binary(let op, let lhs, let rhs) = expr.kind else { return left }
        let right = try value(of: rhs, depth: depth)
        return try apply(op, left, right, lhs.span, rhs.span, span: expr.span)
    }

    /// `like` and `is`, which test their operand's value.
    private func test(_ expr: Expr, _ value: Value) throws(EvaluationError) -> Value {
        switch expr.kind {
        case .like(let operand, let pattern):
            guard case .string(let s) = value else {
                throw .typeMismatch(expected: "string", got: value, at: operand.span)
            }
            return .bool(pattern.matches(s))
        case .isEntityType(let operand, let type):
            guard case .entity(let uid) = value else {
                throw .typeMismatch(expected: EvaluationError.anyEntityTypeName, got: value, at: operand.span)
            }
            return .bool(uid.type == type)
        default:
            return value
        }
    }

    private func value(of slot: SlotID, at span: SourceSpan?) throws(EvaluationError) -> Value {
        guard let uid = slots[slot] else { throw .unlinkedSlot(slot, at: span) }
        return .entity(uid)
    }

    private func value(of variable: Variable) -> Value {
        switch variable {
        case .principal: principal
        case .action: action
        case .resource: resource
        case .context: context
        }
    }

    private func unary(_ expr: Expr, depth: Int) throws(EvaluationError) -> Value {
        switch expr.kind {
        case .not(let operand):
            return .bool(!(try bool(operand, depth: depth)))
        case .negate(let operand):
            let n = try long(operand, depth: depth)
            guard n != .min else { throw .negationOverflow(n, at: expr.span) }
            return .long(-n)
        default:
            return try value(of: expr, depth: depth)
        }
    }

    private func conditional(_ expr: Expr, depth: Int) throws(EvaluationError) -> Value {
        guard case .ifThenElse(let condition, let then, let otherwise) = expr.kind else {
            return try value(of: expr, depth: depth)
        }
        return try value(of: bool(condition, depth: depth) ? then : otherwise, depth: depth)
    }

    private func collection(_ expr: Expr, depth: Int) throws(EvaluationError) -> Value {
        switch expr.kind {
        case .set(let elements):
            var set = Set<Value>(minimumCapacity: elements.count)
            for element in elements { set.insert(try value(of: element, depth: depth)) }
            return .set(set)
        case .record(let fields):
            var record = [String: Value](minimumCapacity: fields.count)
            for field in fields { record[field.key] = try value(of: field.value, depth: depth) }
            return .record(record)
        default:
            return try value(of: expr, depth: depth)
        }
    }

    // MARK: - Typed operands

    func bool(_ expr: Expr, depth: Int) throws(EvaluationError) -> Bool {
        try boolOperand(value(of: expr, depth: depth), of: expr)
    }

    /// `value`, which `expr` evaluated to, as a boolean.
    private func boolOperand(_ value: Value, of expr: Expr) throws(EvaluationError) -> Bool {
        guard case .bool(let b) = value else { throw .typeMismatch(expected: "bool", got: value, at: expr.span) }
        return b
    }

    func long(_ expr: Expr, depth: Int) throws(EvaluationError) -> Int64 {
        let v = try value(of: expr, depth: depth)
        guard case .long(let n) = v else { throw .typeMismatch(expected: "long", got: v, at: expr.span) }
        return n
    }
}

extension Expr {
    /// The left operand, when this expression is a link of a left-nested chain the evaluator can walk in a
    /// loop: `&&`, `||`, a binary operator, attribute access, `has`, `like` or `is`.
    var chainOperand: Expr? {
        switch kind {
        case .and(let operand, _), .or(let operand, _), .binary(_, let operand, _), .getAttribute(let operand, _),
            .hasAttribute(let operand, _), .like(let operand, _), .isEntityType(let operand, _):
            operand
        default:
            nil
        }
    }
}
