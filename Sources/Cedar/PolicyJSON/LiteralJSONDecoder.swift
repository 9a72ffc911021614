/// Reads the literal forms inside policies: `{"Value": …}` bodies and entity references.
enum LiteralJSONDecoder {
    /// The body of a `{"Value": …}` expression: any value in Cedar's JSON value format. Sets and records become
    /// `Set`/`Record` expressions and `__extn` escapes extension calls, as Rust reads them.
    static func expression(_ cursor: JSONCursor, depth: Int) throws(Diagnostic) -> Expr {
        guard depth < ExprJSONDecoder.maximumDepth else {
            throw cursor.error("value nested deeper than \(ExprJSONDecoder.maximumDepth) levels")
        }
        switch cursor.value {
        case .null:
            throw cursor.error("`null` is not a Cedar value; expected a boolean, integer, string, array or object")
        case .bool(let b):
            return Expr(.literal(.bool(b)))
        case .number(let text):
            guard let n = Int64(text) else {
                throw cursor.error(
                    "`\(text)` is not a Cedar integer; expected a whole number from \(Int64.min) to \(Int64.max)")
            }
            return Expr(.literal(.long(n)))
        case .string(let s):
            return Expr(.literal(.string(s)))
        case .array(let elements):
            var decoded: [Expr] = []
            for (index, element) in elements.enumerated() {
                decoded.append(try expression(cursor.element(index, element), depth: depth + 1))
            }
            return Expr(.set(decoded))
        case .object(let object):
            if object.keys == ["__entity"] {
                return Expr(.literal(.entity(try entityUID(cursor.child("__entity", object["__entity"]!)))))
            }
            if object.keys == ["__extn"] {
                return try extensionCall(cursor.child("__extn", object["__extn"]!), depth: depth + 1)
            }
            if object.keys == ["__expr"] {
                throw cursor.error("the `__expr` escape is no longer supported; write the expression in JSON form")
            }
            var fields: [(key: String, value: Expr)] = []
            for (key, value) in object.members {
                fields.append((key, try expression(cursor.child(key, value), depth: depth + 1)))
            }
            return Expr(.record(fields))
        }
    }

    /// `{"fn": "decimal", "arg": "1.5"}` or `{"fn": "lessThan", "args": [a, b]}`.
    private static func extensionCall(_ cursor: JSONCursor, depth: Int) throws(Diagnostic) -> Expr {
        let object = try cursor.object("an object with the keys `fn` and `arg` (or `args`)")
        try cursor.rejectUnknownKeys(object, allowed: ["fn", "arg", "args"])
        let name = try cursor.required("fn", in: object).string("an extension function name")
        guard let function = ExtensionFunctions.named(name) else {
            throw cursor.error("unknown extension function `\(name)`")
        }
        var arguments: [Expr] = []
        if let single = cursor.optional("arg", in: object), object["args"] == nil {
            arguments = [try expression(single, depth: depth + 1)]
        } else if let many = cursor.optional("args", in: object), object["arg"] == nil {
            for (index, element) in try many.array("an array of argument values").enumerated() {
                arguments.append(try expression(many.element(index, element), depth: depth + 1))
            }
        } else {
            throw cursor.error("expected exactly one of the keys `arg` and `args`")
        }
        return Expr(.extensionCall(name: name, arguments: arguments, isMethod: function.isMethod))
    }

    /// An entity: `{"type": "User", "id": "alice"}` or `{"__entity": {"type": …, "id": …}}`.
    static func entityUID(_ cursor: JSONCursor) throws(Diagnostic) -> EntityUID {
        let expected = "an entity reference `{\"type\": …, \"id\": …}`"
        let object = try cursor.object(expected)
        if let escaped = object["__entity"] {
            return try entityUID(cursor.child("__entity", escaped))
        }
        if object["__expr"] != nil {
            throw cursor.error("the `__expr` escape is no longer supported; write `{\"type\": …, \"id\": …}`")
        }
        guard object["type"] != nil, object["id"] != nil else {
            throw cursor.error(
                "expected \(expected), found an object with the keys [\(object.keys.joined(separator: ", "))]")
        }
        let type = try ExprJSONDecoder.entityType(try cursor.required("type", in: object))
        let id = try cursor.required("id", in: object).string("the entity id (a string)")
        return EntityUID(type: type, id: id)
    }
}
