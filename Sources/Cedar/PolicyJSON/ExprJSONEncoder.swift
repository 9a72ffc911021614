/// Writes expressions in Cedar's JSON expression format, as Rust Cedar 4.x does.
enum ExprJSONEncoder {
    static func encode(_ expr: Expr) -> JSONValue {
        switch expr.kind {
        case .literal(let value):
            return LiteralJSON.expression(value)
        case .variable(let variable):
            return single("Var", .string(variable.rawValue))
        case .slot(let slot):
            return single("Slot", .string(slot.rawValue))
        case .not(let argument):
            return single("!", .object(JSONObject([("arg", encode(argument))])))
        case .negate(let argument):
            return single("neg", .object(JSONObject([("arg", encode(argument))])))
        case .binary(let op, let left, let right):
            return binary(op.rawValue, left, right)
        case .and(let left, let right):
            if let sugar = isIn(left, right) { return sugar }
            return binary("&&", left, right)
        case .or(let left, let right):
            return binary("||", left, right)
        case .ifThenElse(let condition, let then, let otherwise):
            return single(
                "if-then-else",
                .object(JSONObject([("if", encode(condition)), ("then", encode(then)), ("else", encode(otherwise))])))
        case .getAttribute(let target, let attribute):
            return single(".", .object(JSONObject([("left", encode(target)), ("attr", .string(attribute))])))
        case .hasAttribute(let target, let attribute):
            return single("has", .object(JSONObject([("left", encode(target)), ("attr", .string(attribute))])))
        case .like(let target, let pattern):
            // Rust writes one `Literal` per character.
            let elements: [JSONValue] = pattern.elements.map { element in
                switch element {
                case .wildcard: .string("Wildcard")
                case .literal(let scalar): single("Literal", .string(String(Character(scalar))))
                }
            }
            return single("like", .object(JSONObject([("left", encode(target)), ("pattern", .array(elements))])))
        case .isEntityType(let target, let type):
            return single(
                "is", .object(JSONObject([("left", encode(target)), ("entity_type", .string(type.description))])))
        case .set(let elements):
            return single("Set", .array(elements.map(encode)))
        case .record(let fields):
            return single("Record", .object(JSONObject(sortedUnique(fields).map { ($0.key, encode($0.value)) })))
        case .extensionCall(let name, let arguments, _):
            if name == "isEmpty", arguments.count == 1 {
                return single("isEmpty", .object(JSONObject([("arg", encode(arguments[0]))])))
            }
            return single(name, .array(arguments.map(encode)))
        }
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
