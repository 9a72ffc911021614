/// Reads the literal forms inside policies: `{"Value": …}` bodies and entity references.
enum LiteralJSONDecoder {
    /// The body of a `{"Value": …}` expression: any value in Cedar's JSON value format. Sets and records become
    /// `Set`/`Record` expressions and `__extn` escapes extension calls, as Rust reads them.
    ///
    /// This recurses once per level of nesting, so everything but the recursion is in other functions, keeping
    /// the frame small.
    static func expression(_ cursor: JSONCursor, depth: Int) throws(Diagnostic) -> Expr {
        guard depth < ExprJSONDecoder.maximumDepth else { throw tooDeep(cursor) }
        switch cursor.value {
        case .array(let elements):
            var decoded: [Expr] = []
            for (index, element) in elements.enumerated() {
                decoded.append(try expression(cursor.element(index, element), depth: depth + 1))
            }
            return Expr(.set(decoded))
        case .object(let object):
            if let escaped = try escape(object, cursor, depth: depth) { return escaped }
            var fields: [(key: String, value: Expr)] = []
            for (key, value) in object.members {
                fields.append((key, try expression(cursor.child(key, value), depth: depth + 1)))
            }
            return Expr(.record(fields))
        default:
            return try scalar(cursor)
        }
    }

    private static func tooDeep(_ cursor: JSONCursor) -> Diagnostic {
        cursor.error("value nested deeper than \(ExprJSONDecoder.maximumDepth) levels")
    }

    private static func scalar(_ cursor: JSONCursor) throws(Diagnostic) -> Expr {
        switch cursor.value {
        case .bool(let b):
            return Expr(.literal(.bool(b)))
        case .number(let text):
            guard let n = Int64(text) else { throw notAnInteger(text, cursor) }
            return Expr(.literal(.long(n)))
        case .string(let s):
            return Expr(.literal(.string(s)))
        default:
            throw cursor.error("`null` is not a Cedar value; expected a boolean, integer, string, array or object")
        }
    }

    private static func notAnInteger(_ text: String, _ cursor: JSONCursor) -> Diagnostic {
        cursor.error("`\(text)` is not a Cedar integer; expected a whole number from \(Int64.min) to \(Int64.max)")
    }

    /// The entity or extension call an `__entity` or `__extn` escape stands for, or `nil` for a record.
    private static func escape(_ object: JSONObject, _ cursor: JSONCursor, depth: Int) throws(Diagnostic) -> Expr? {
        // Like Rust's untagged reading, an escape whose content has the wrong shape is read as a record.
        guard object.members.count == 1, let (key, content) = object.members.first else { return nil }
        switch key {
        case "__entity":
            guard let fields = content.object, fields["type"]?.string != nil, fields["id"]?.string != nil else {
                return nil
            }
            return Expr(.literal(.entity(try entityUID(cursor.child(key, content)))))
        case "__extn":
            guard let fields = content.object, fields["fn"]?.string != nil,
                fields["arg"] != nil || fields["args"]?.array != nil
            else { return nil }
            return try extensionCall(cursor.child(key, content), depth: depth + 1)
        case "__expr":
            guard content.string != nil else { return nil }
            throw cursor.error("the `__expr` escape is no longer supported; write the expression in JSON form")
        default:
            return nil
        }
    }

    /// Rejects any number in a `Value` body that is not a 64-bit integer, even under keys that are otherwise
    /// ignored, as Rust does.
    static func checkIntegers(_ cursor: JSONCursor, depth: Int = 0) throws(Diagnostic) {
        guard depth < ExprJSONDecoder.maximumDepth else { throw tooDeep(cursor) }
        switch cursor.value {
        case .number(let text) where Int64(text) == nil:
            throw notAnInteger(text, cursor)
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                try checkIntegers(cursor.element(index, element), depth: depth + 1)
            }
        case .object(let object):
            for (key, value) in object.members { try checkIntegers(cursor.child(key, value), depth: depth + 1) }
        default:
            break
        }
    }

    /// `{"fn": "decimal", "arg": "1.5"}` or `{"fn": "lessThan", "args": [a, b]}`.
    private static func extensionCall(_ cursor: JSONCursor, depth: Int) throws(Diagnostic) -> Expr {
        // Rust ignores other keys and prefers `arg`; an unknown function is an error only when evaluated.
        let object = try cursor.object("an object with the keys `fn` and `arg` (or `args`)")
        let name = try cursor.required("fn", in: object).string("an extension function name")
        var arguments: [Expr] = []
        if let single = cursor.optional("arg", in: object) {
            arguments = [try expression(single, depth: depth + 1)]
        } else {
            let many = try cursor.required("args", in: object)
            for (index, element) in try many.array("an array of argument values").enumerated() {
                arguments.append(try expression(many.element(index, element), depth: depth + 1))
            }
        }
        let isMethod = ExtensionFunctions.named(name)?.isMethod ?? false
        return Expr(.extensionCall(name: name, arguments: arguments, isMethod: isMethod))
    }

    /// An entity: `{"type": "User", "id": "alice"}` or `{"__entity": {"type": …, "id": …}}`. Like Rust, extra keys
    /// are ignored and a two-string array `["User", "alice"]` is accepted too.
    static func entityUID(_ cursor: JSONCursor) throws(Diagnostic) -> EntityUID {
        let expected = "an entity reference `{\"type\": …, \"id\": …}`"
        if case .object(let object) = cursor.value {
            if object["__expr"]?.string != nil {
                throw cursor.error("the `__expr` escape is no longer supported; write `{\"type\": …, \"id\": …}`")
            }
            if let escaped = object["__entity"], let (type, id) = typeAndID(escaped) {
                return try entityUID(cursor.child("__entity", escaped), type: type, id: id)
            }
        }
        guard let (type, id) = typeAndID(cursor.value) else {
            if case .object(let object) = cursor.value {
                let keys = object.keys.map { "`\($0)`" }.joined(separator: ", ")
                throw cursor.error("expected \(expected) with string values, found an object with the keys [\(keys)]")
            }
            throw cursor.mismatch(expected)
        }
        return try entityUID(cursor, type: type, id: id)
    }

    private static func entityUID(_ cursor: JSONCursor, type: String, id: String) throws(Diagnostic) -> EntityUID {
        guard let name = NormalizedName.name(type) else {
            throw cursor.error("`\(type)` is not a valid entity type name (identifiers separated by `::`, no spaces)")
        }
        return EntityUID(type: name, id: id)
    }

    /// The type and id of `{"type": "T", "id": "i", …}` or `["T", "i"]`.
    private static func typeAndID(_ value: JSONValue) -> (String, String)? {
        switch value {
        case .object(let object):
            guard let type = object["type"]?.string, let id = object["id"]?.string else { return nil }
            return (type, id)
        case .array(let elements):
            guard elements.count == 2, let type = elements[0].string, let id = elements[1].string else { return nil }
            return (type, id)
        default:
            return nil
        }
    }
}
