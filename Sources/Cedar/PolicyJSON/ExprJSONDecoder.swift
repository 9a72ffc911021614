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
    ///
    /// This recurses once per level of nesting, so each operator is read by a function of its own and this
    /// frame stays small.
    static func decode(_ cursor: JSONCursor, clause: String, depth: Int = 0) throws(Diagnostic) -> Expr {
        guard depth < maximumDepth else { throw tooDeep(cursor) }
        let (key, inner) = try operation(cursor)
        let nested = Nesting(clause: clause, depth: depth + 1)
        guard let reader = readers[key] else { return try call(key, cursor, inner, nested) }
        do {
            return try reader(inner, nested)
        } catch {
            throw error as? Diagnostic ?? Diagnostic("\(error)")
        }
    }

    /// Reads the body of an expression object, given the clause and depth of the expressions nested in it.
    /// (Untyped `throws`: the compiler crashes on a dictionary of typed-throws closures; every reader throws
    /// only `Diagnostic`.)
    private typealias Reader = @Sendable (JSONCursor, Nesting) throws -> Expr

    /// The reader for each operator key other than an extension function's name.
    private static let readers: [String: Reader] = {
        var readers: [String: Reader] = [
            "Value": { cursor, nesting throws in try literal(cursor, depth: nesting.depth) },
            "Var": { cursor, _ throws in try variable(cursor) },
            "Slot": { cursor, nesting throws in
                throw cursor.error("slots cannot appear in a `\(nesting.clause)` clause, only in the policy scope")
            },
            "!": { cursor, nesting throws in Expr(.not(try argument(cursor, nesting))) },
            "neg": { cursor, nesting throws in Expr(.negate(try argument(cursor, nesting))) },
            "isEmpty": { cursor, nesting throws in
                Expr(.extensionCall(name: "isEmpty", arguments: [try argument(cursor, nesting)], isMethod: true))
            },
            "&&": { cursor, nesting throws in
                let (left, right) = try operands(cursor, nesting)
                return Expr(.and(left, right))
            },
            "||": { cursor, nesting throws in
                let (left, right) = try operands(cursor, nesting)
                return Expr(.or(left, right))
            },
            ".": { cursor, nesting throws in try attribute(cursor, nesting) },
            "has": { cursor, nesting throws in try has(cursor, nesting) },
            "like": { cursor, nesting throws in try like(cursor, nesting) },
            "is": { cursor, nesting throws in try isEntityType(cursor, nesting) },
            "if-then-else": { cursor, nesting throws in try conditional(cursor, nesting) },
            "Set": { cursor, nesting throws in try set(cursor, nesting) },
            "Record": { cursor, nesting throws in try record(cursor, nesting) },
        ]
        for (key, op) in binaryOperators {
            readers[key] = { cursor, nesting throws in
                let (left, right) = try operands(cursor, nesting)
                return Expr(.binary(op, left, right))
            }
        }
        return readers
    }()

    private static func tooDeep(_ cursor: JSONCursor) -> Diagnostic {
        cursor.error("expression nested deeper than \(maximumDepth) levels")
    }

    /// The clause and depth of the expressions nested in the one being read.
    private struct Nesting {
        var clause: String
        var depth: Int
    }

    private static func decode(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        try decode(cursor, clause: nesting.clause, depth: nesting.depth)
    }

    /// The operator key of an expression object and the cursor at its body.
    private static func operation(_ cursor: JSONCursor) throws(Diagnostic) -> (String, JSONCursor) {
        let object = try cursor.object(expected)
        guard let (key, body) = object.members.first else {
            throw cursor.error("an empty object is not an expression; expected \(expected)")
        }
        guard object.members.count == 1 else {
            throw cursor.error(
                "an expression object has exactly one key, found `\(key)` and `\(object.members[1].key)`")
        }
        return (key, cursor.child(key, body))
    }

    /// An extension function call, the only other kind of expression.
    private static func call(_ name: String, _ expression: JSONCursor, _ cursor: JSONCursor, _ nesting: Nesting)
        throws(Diagnostic) -> Expr
    {
        guard let function = ExtensionFunctions.named(name) else {
            throw expression.error(
                "unknown expression operator `\(name)`; expected \(expected) or an extension function")
        }
        let arguments = try cursor.array("an array of arguments for `\(name)`")
        var decoded: [Expr] = []
        for (index, argument) in arguments.enumerated() {
            decoded.append(try decode(cursor.element(index, argument), nesting))
        }
        return Expr(.extensionCall(name: name, arguments: decoded, isMethod: function.isMethod))
    }

    private static func literal(_ cursor: JSONCursor, depth: Int) throws(Diagnostic) -> Expr {
        try LiteralJSONDecoder.checkIntegers(cursor)
        return try LiteralJSONDecoder.expression(cursor, depth: depth)
    }

    private static func variable(_ cursor: JSONCursor) throws(Diagnostic) -> Expr {
        let name = try cursor.string("a variable name")
        guard let variable = Variable(rawValue: name) else {
            throw cursor.error("unknown variable `\(name)`; expected `principal`, `action`, `resource` or `context`")
        }
        return Expr(.variable(variable))
    }

    /// The operand of `!`, `neg` and `isEmpty`: `{"arg": e}`.
    private static func argument(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        let object = try cursor.object("an object with the key `arg`")
        try cursor.rejectUnknownKeys(object, allowed: ["arg"])
        return try decode(try cursor.required("arg", in: object), nesting)
    }

    private static func attribute(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        let object = try cursor.object("an object with the keys `left` and `attr`")
        try cursor.rejectUnknownKeys(object, allowed: ["left", "attr"])
        let left = try decode(try cursor.required("left", in: object), nesting)
        let attribute = try cursor.required("attr", in: object).string("an attribute name (a string)")
        return Expr(.getAttribute(left, attribute))
    }

    private static func has(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        // Rust reads `has` leniently: unknown keys are ignored, and `attr` may be a path of attributes.
        let object = try cursor.object("an object with the keys `left` and `attr`")
        let left = try decode(try cursor.required("left", in: object), nesting)
        return try hasAttributes(left, try cursor.required("attr", in: object))
    }

    private static func like(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        let object = try cursor.object("an object with the keys `left` and `pattern`")
        try cursor.rejectUnknownKeys(object, allowed: ["left", "pattern"])
        let left = try decode(try cursor.required("left", in: object), nesting)
        let pattern = try Self.pattern(try cursor.required("pattern", in: object))
        return Expr(.like(left, pattern))
    }

    private static func isEntityType(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        let object = try cursor.object("an object with the keys `left`, `entity_type` and optionally `in`")
        try cursor.rejectUnknownKeys(object, allowed: ["left", "entity_type", "in"])
        let left = try decode(try cursor.required("left", in: object), nesting)
        let type = try entityType(try cursor.required("entity_type", in: object))
        let test = Expr(.isEntityType(left, type))
        guard let container = cursor.optional("in", in: object), container.value != .null else { return test }
        // The AST has no `is … in` node: like Rust, read it as `left is T && left in container`.
        return Expr(.and(test, Expr(.binary(.in, left, try decode(container, nesting)))))
    }

    private static func conditional(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        let object = try cursor.object("an object with the keys `if`, `then` and `else`")
        try cursor.rejectUnknownKeys(object, allowed: ["if", "then", "else"])
        let condition = try decode(try cursor.required("if", in: object), nesting)
        let then = try decode(try cursor.required("then", in: object), nesting)
        let otherwise = try decode(try cursor.required("else", in: object), nesting)
        return Expr(.ifThenElse(condition, then: then, else: otherwise))
    }

    private static func set(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        let elements = try cursor.array("an array of expressions")
        var decoded: [Expr] = []
        for (index, element) in elements.enumerated() {
            decoded.append(try decode(cursor.element(index, element), nesting))
        }
        return Expr(.set(decoded))
    }

    private static func record(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> Expr {
        let object = try cursor.object("an object mapping keys to expressions")
        var fields: [(key: String, value: Expr)] = []
        for (name, value) in object.members { fields.append((name, try decode(cursor.child(name, value), nesting))) }
        return Expr(.record(fields))
    }

    private static func operands(_ cursor: JSONCursor, _ nesting: Nesting) throws(Diagnostic) -> (Expr, Expr) {
        let object = try cursor.object("an object with the keys `left` and `right`")
        try cursor.rejectUnknownKeys(object, allowed: ["left", "right"])
        let left = try decode(try cursor.required("left", in: object), nesting)
        let right = try decode(try cursor.required("right", in: object), nesting)
        return (left, right)
    }

    static func entityType(_ cursor: JSONCursor) throws(Diagnostic) -> Name {
        let text = try cursor.string("an entity type name (a string such as `User` or `NS::User`)")
        guard let name = NormalizedName.name(text) else {
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
