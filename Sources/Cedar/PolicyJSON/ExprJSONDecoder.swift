/// Reads expressions in Cedar's JSON expression format, accepting every form Rust Cedar 4.x accepts.
enum ExprJSONDecoder {
    /// Deepest expression nesting accepted, so that hand-built JSON values never overflow the stack.
    static let maximumDepth = JSONParser.maximumDepth

    private static let binaryOperators: [String: BinaryOperator] = [
        "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual,
        "+": .add, "-": .subtract, "*": .multiply, "in": .in, "contains": .contains, "containsAll": .containsAll,
        "containsAny": .containsAny, "getTag": .getTag, "hasTag": .hasTag,
    ]

    private static let expected = "an expression (an object with one key such as `Value`, `Var` or `==`)"

    /// `clause` is `when` or `unless`, for the error about slots.
    static func decode(_ cursor: JSONCursor, clause: String, depth: Int = 0) throws(Diagnostic) -> Expr {
        guard depth < maximumDepth else { throw cursor.error("expression nested deeper than \(maximumDepth) levels") }
        let object = try cursor.object(expected)
        guard let (key, body) = object.members.first else {
            throw cursor.error("an empty object is not an expression; expected \(expected)")
        }
        guard object.members.count == 1 else {
            throw cursor.error(
                "an expression object has exactly one key, found `\(key)` and `\(object.members[1].key)`")
        }
        let inner = cursor.child(key, body)
        func sub(_ c: JSONCursor) throws(Diagnostic) -> Expr { try decode(c, clause: clause, depth: depth + 1) }

        if let function = ExtensionFunctions.named(key) {
            let arguments = try inner.array("an array of arguments for `\(key)`")
            var decoded: [Expr] = []
            for (index, argument) in arguments.enumerated() { decoded.append(try sub(inner.element(index, argument))) }
            return Expr(.extensionCall(name: key, arguments: decoded, isMethod: function.isMethod))
        }
        if let op = binaryOperators[key] {
            let (left, right) = try operands(inner, sub)
            return Expr(.binary(op, left, right))
        }
        switch key {
        case "Value":
            try LiteralJSONDecoder.checkIntegers(inner)
            return try LiteralJSONDecoder.expression(inner, depth: depth + 1)
        case "Var":
            let name = try inner.string("a variable name")
            guard let variable = Variable(rawValue: name) else {
                throw inner.error("unknown variable `\(name)`; expected `principal`, `action`, `resource` or `context`")
            }
            return Expr(.variable(variable))
        case "Slot":
            throw inner.error("slots cannot appear in a `\(clause)` clause, only in the policy scope")
        case "!", "neg", "isEmpty":
            let object = try inner.object("an object with the key `arg`")
            try inner.rejectUnknownKeys(object, allowed: ["arg"])
            let argument = try sub(try inner.required("arg", in: object))
            switch key {
            case "!": return Expr(.not(argument))
            case "neg": return Expr(.negate(argument))
            default: return Expr(.extensionCall(name: "isEmpty", arguments: [argument], isMethod: true))
            }
        case "&&", "||":
            let (left, right) = try operands(inner, sub)
            return Expr(key == "&&" ? .and(left, right) : .or(left, right))
        case ".":
            let object = try inner.object("an object with the keys `left` and `attr`")
            try inner.rejectUnknownKeys(object, allowed: ["left", "attr"])
            let left = try sub(try inner.required("left", in: object))
            let attribute = try inner.required("attr", in: object).string("an attribute name (a string)")
            return Expr(.getAttribute(left, attribute))
        case "has":
            // Rust reads `has` leniently: unknown keys are ignored, and `attr` may be a path of attributes.
            let object = try inner.object("an object with the keys `left` and `attr`")
            let left = try sub(try inner.required("left", in: object))
            return try hasAttributes(left, try inner.required("attr", in: object))
        case "like":
            let object = try inner.object("an object with the keys `left` and `pattern`")
            try inner.rejectUnknownKeys(object, allowed: ["left", "pattern"])
            let left = try sub(try inner.required("left", in: object))
            let pattern = try Self.pattern(try inner.required("pattern", in: object))
            return Expr(.like(left, pattern))
        case "is":
            let object = try inner.object("an object with the keys `left`, `entity_type` and optionally `in`")
            try inner.rejectUnknownKeys(object, allowed: ["left", "entity_type", "in"])
            let left = try sub(try inner.required("left", in: object))
            let type = try entityType(try inner.required("entity_type", in: object))
            let test = Expr(.isEntityType(left, type))
            guard let container = inner.optional("in", in: object), container.value != .null else { return test }
            // The AST has no `is … in` node: like Rust, read it as `left is T && left in container`.
            return Expr(.and(test, Expr(.binary(.in, left, try sub(container)))))
        case "if-then-else":
            let object = try inner.object("an object with the keys `if`, `then` and `else`")
            try inner.rejectUnknownKeys(object, allowed: ["if", "then", "else"])
            let condition = try sub(try inner.required("if", in: object))
            let then = try sub(try inner.required("then", in: object))
            let otherwise = try sub(try inner.required("else", in: object))
            return Expr(.ifThenElse(condition, then: then, else: otherwise))
        case "Set":
            let elements = try inner.array("an array of expressions")
            var decoded: [Expr] = []
            for (index, element) in elements.enumerated() { decoded.append(try sub(inner.element(index, element))) }
            return Expr(.set(decoded))
        case "Record":
            let object = try inner.object("an object mapping keys to expressions")
            var fields: [(key: String, value: Expr)] = []
            for (name, value) in object.members { fields.append((name, try sub(inner.child(name, value)))) }
            return Expr(.record(fields))
        default:
            throw cursor.error("unknown expression operator `\(key)`; expected \(expected) or an extension function")
        }
    }

    private static func operands(
        _ cursor: JSONCursor, _ sub: (JSONCursor) throws(Diagnostic) -> Expr
    ) throws(Diagnostic) -> (Expr, Expr) {
        let object = try cursor.object("an object with the keys `left` and `right`")
        try cursor.rejectUnknownKeys(object, allowed: ["left", "right"])
        let left = try sub(try cursor.required("left", in: object))
        let right = try sub(try cursor.required("right", in: object))
        return (left, right)
    }

    static func entityType(_ cursor: JSONCursor) throws(Diagnostic) -> Name {
        let text = try cursor.string("an entity type name (a string such as `User` or `NS::User`)")
        guard let name = CedarIdentifier.name(text) else {
            throw cursor.error("`\(text)` is not a valid entity type name (identifiers separated by `::`, no spaces)")
        }
        return name
    }

    /// `left has a`, or for a path `["a", "b"]` the desugared `left has a && left.a has b`, as the parser does.
    private static func hasAttributes(_ left: Expr, _ cursor: JSONCursor) throws(Diagnostic) -> Expr {
        let expected = "an attribute name (a string) or a non-empty array of them"
        var path: [String] = []
        switch cursor.value {
        case .string(let attribute):
            path = [attribute]
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                path.append(try cursor.element(index, element).string("an attribute name (a string)"))
            }
        default:
            throw cursor.mismatch(expected)
        }
        guard let first = path.first else { throw cursor.error("expected \(expected), found an empty array") }
        var test = Expr(.hasAttribute(left, first))
        var value = Expr(.getAttribute(left, first))
        for attribute in path.dropFirst() {
            test = Expr(.and(test, Expr(.hasAttribute(value, attribute))))
            value = Expr(.getAttribute(value, attribute))
        }
        return test
    }

    private static func pattern(_ cursor: JSONCursor) throws(Diagnostic) -> Pattern {
        let elements = try cursor.array("an array of pattern elements (`\"Wildcard\"` or `{\"Literal\": …}`)")
        var result: [Pattern.Element] = []
        for (index, element) in elements.enumerated() {
            let here = cursor.element(index, element)
            switch element {
            case .string("Wildcard"):
                result.append(.wildcard)
            case .object(let object) where object.keys == ["Wildcard"] && object["Wildcard"] == .null:
                result.append(.wildcard)
            case .object(let object) where object.keys == ["Literal"]:
                let text = try here.child("Literal", object["Literal"]!).string("the literal text (a string)")
                result.append(contentsOf: text.unicodeScalars.map { .literal($0) })
            default:
                throw here.error("expected `\"Wildcard\"` or `{\"Literal\": \"text\"}`, found \(here.found)")
            }
        }
        return Pattern(result)
    }
}
