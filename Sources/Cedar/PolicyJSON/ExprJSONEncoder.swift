/// Writes expressions in Cedar's JSON expression format, as Rust Cedar 4.x does.
enum ExprJSONEncoder {
    /// This recurses once per level of nesting, so each kind of expression is written by a function of its own
    /// and this frame stays small.
    static func encode(_ expr: Expr) -> JSONValue {
        switch expr.kind {
        case .literal(let value): return LiteralJSON.expression(value)
        case .variable(let variable): return single("Var", .string(variable.rawValue))
        case .slot(let slot): return single("Slot", .string(slot.rawValue))
        case .not, .negate: return unary(expr)
        case .binary, .and, .or: return binary(expr)
        case .ifThenElse: return conditional(expr)
        case .getAttribute, .hasAttribute, .like, .isEntityType: return test(expr)
        case .set, .record: return collection(expr)
        case .extensionCall: return call(expr)
        }
    }

    private static func unary(_ expr: Expr) -> JSONValue {
        switch expr.kind {
        case .not(let argument): single("!", .object(JSONObject([("arg", encode(argument))])))
        case .negate(let argument): single("neg", .object(JSONObject([("arg", encode(argument))])))
        default: encode(expr)
        }
    }

    private static func binary(_ expr: Expr) -> JSONValue {
        switch expr.kind {
        case .binary(let op, let left, let right): return binary(op.rawValue, left, right)
        case .and(let left, let right):
            if let sugar = isIn(left, right) { return sugar }
            return binary("&&", left, right)
        case .or(let left, let right): return binary("||", left, right)
        default: return encode(expr)
        }
    }

    private static func conditional(_ expr: Expr) -> JSONValue {
        guard case .ifThenElse(let condition, let then, let otherwise) = expr.kind else { return encode(expr) }
        return single(
            "if-then-else",
            .object(JSONObject([("if", encode(condition)), ("then", encode(then)), ("else", encode(otherwise))])))
    }

    /// Attribute access and the tests on one operand: `has`, `like`, `is`.
    private static func test(_ expr: Expr) -> JSONValue {
        switch expr.kind {
        case .getAttribute(let target, let attribute):
            return single(".", .object(JSONObject([("left", encode(target)), ("attr", .string(attribute))])))
        case .hasAttribute(let target, let attribute):
            return single("has", .object(JSONObject([("left", encode(target)), ("attr", .string(attribute))])))
        case .like(let target, let pattern):
            return single("like", .object(JSONObject([("left", encode(target)), ("pattern", Self.pattern(pattern))])))
        case .isEntityType(let target, let type):
            return single(
                "is", .object(JSONObject([("left", encode(target)), ("entity_type", .string(type.description))])))
        default:
            return encode(expr)
        }
    }

    /// Rust writes one `Literal` per character.
    private static func pattern(_ pattern: Pattern) -> JSONValue {
        .array(
            pattern.elements.map { element in
                switch element {
                case .wildcard: .string("Wildcard")
                case .literal(let scalar): single("Literal", .string(String(Character(scalar))))
                }
            })
    }

    private static func collection(_ expr: Expr) -> JSONValue {
        switch expr.kind {
        case .set(let elements):
            var written: [JSONValue] = []
            for element in elements { written.append(encode(element)) }
            return single("Set", .array(written))
        case .record(let fields):
            var written: [(key: String, value: JSONValue)] = []
            for field in sortedUnique(fields) { written.append((field.key, encode(field.value))) }
            return single("Record", .object(JSONObject(written)))
        default:
            return encode(expr)
        }
    }

    private static func call(_ expr: Expr) -> JSONValue {
        guard case .extensionCall(let name, let arguments, _) = expr.kind else { return encode(expr) }
        if name == "isEmpty", arguments.count == 1 {
            return single("isEmpty", .object(JSONObject([("arg", encode(arguments[0]))])))
        }
        var written: [JSONValue] = []
        for argument in arguments { written.append(encode(argument)) }
        return single(name, .array(written))
    }

    static func single(_ key: String, _ value: JSONValue) -> JSONValue {
        .object(JSONObject([(key, value)]))
    }

    private static func binary(_ op: String, _ left: Expr, _ right: Expr) -> JSONValue {
        single(op, .object(JSONObject([("left", encode(left)), ("right", encode(right))])))
    }

    /// The parser desugars `e is T in x` into `e is T && e in x`, copying `e` (with its source span). When both
    /// copies of `e` carry the same span, the conjunction came from that sugar, and Rust writes it back as one `is`
    /// node with an `in` member.
    private static func isIn(_ left: Expr, _ right: Expr) -> JSONValue? {
        guard case .isEntityType(let target, let type) = left.kind,
            case .binary(.in, let member, let container) = right.kind,
            target == member, let span = target.span, member.span == span
        else { return nil }
        return single(
            "is",
            .object(
                JSONObject([
                    ("left", encode(target)), ("entity_type", .string(type.description)), ("in", encode(container)),
                ])))
    }

    /// Record fields in Rust's `BTreeMap` order (by UTF-8 bytes); the first of duplicate keys wins.
    static func sortedUnique<V>(_ fields: [(key: String, value: V)]) -> [(key: String, value: V)] {
        var seen: Set<String> = []
        return fields.filter { seen.insert($0.key).inserted }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
