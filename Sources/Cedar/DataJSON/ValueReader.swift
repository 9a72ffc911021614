/// Reads Cedar values from JSON, schema-directed when an expected type is known (Rust Cedar's `ValueParser`).
enum ValueReader {
    static func read(_ json: JSONValue, expecting expected: SchemaType?, at place: JSONPlace) throws(Diagnostic)
        -> Value
    {
        // Reading recurses once per level of nesting; each step is a function of its own, and errors are built
        // in others, to keep the frames on the stack small.
        switch expected {
        case .set(let elementType)?: return try readSet(json, of: elementType, at: place)
        case .record(let recordType)?: return try readRecord(json, as: recordType, at: place)
        case .entity?: return .entity(try readEntityUID(json, at: place))
        case .extension(let typeName)?: return try readExtensionValue(json, typeName: typeName, at: place)
        default: return try readPlain(json, at: place)
        }
    }

    private static func readSet(_ json: JSONValue, of elementType: SchemaType, at place: JSONPlace)
        throws(Diagnostic) -> Value
    {
        guard case .array(let elements) = json else { throw try mismatch(json, expected: .set(elementType), at: place) }
        var values: Set<Value> = []
        for element in elements { values.insert(try read(element, expecting: elementType, at: place)) }
        return .set(values)
    }

    /// The error for `json`, which does not have the shape `expected` calls for.
    private static func mismatch(_ json: JSONValue, expected: SchemaType, at place: JSONPlace) throws(Diagnostic)
        -> Diagnostic
    {
        mismatch(expected: expected, actual: try read(json, expecting: nil, at: place), at: place)
    }

    /// A record read against its declared type: every required attribute present, none undeclared.
    private static func readRecord(_ json: JSONValue, as recordType: RecordType, at place: JSONPlace)
        throws(Diagnostic) -> Value
    {
        guard case .object(let object) = json else {
            throw try mismatch(json, expected: .record(recordType), at: place)
        }
        var record: [String: Value] = [:]
        for (name, attribute) in recordType.attributes.sorted(by: { $0.key < $1.key }) {
            if let member = object[name] {
                record[name] = try read(member, expecting: attribute.type, at: place)
            } else if attribute.isRequired {
                throw missingAttribute(name, at: place)
            }
        }
        // Every member read is a distinct declared attribute: any other member is undeclared.
        if object.members.count > record.count { try checkUndeclared(object, as: recordType, at: place) }
        return .record(record)
    }

    private static func missingAttribute(_ name: String, at place: JSONPlace) -> Diagnostic {
        Diagnostic("\(place.phrase), expected the record to have an attribute `\(name)`, but it does not")
    }

    private static func checkUndeclared(_ object: JSONObject, as recordType: RecordType, at place: JSONPlace)
        throws(Diagnostic)
    {
        if let extra = object.keys.filter({ recordType.attributes[$0] == nil }).sorted().first {
            throw Diagnostic("\(place.phrase), record attribute `\(extra)` should not exist according to the schema")
        }
    }

    /// A value in the escaped form every reader accepts (Rust Cedar's `CedarValueJson`).
    ///
    /// This recurses once per level of nesting, so everything but the recursion is in other functions, keeping
    /// the frame small.
    static func readPlain(_ json: JSONValue, at place: JSONPlace) throws(Diagnostic) -> Value {
        switch json {
        case .array(let elements):
            var values: Set<Value> = []
            for element in elements { values.insert(try readPlain(element, at: place)) }
            return .set(values)
        case .object(let object):
            if let escaped = try readEscape(object, at: place) { return escaped }
            var record: [String: Value] = [:]
            for (key, member) in object.members { record[key] = try readPlain(member, at: place) }
            return .record(record)
        default:
            return try readScalar(json, at: place)
        }
    }

    /// A boolean, integer or string; `null` and other numbers are errors.
    private static func readScalar(_ json: JSONValue, at place: JSONPlace) throws(Diagnostic) -> Value {
        switch json {
        case .bool(let b):
            return .bool(b)
        case .string(let s):
            return .string(s)
        case .number(let text):
            guard let n = Int64(text) else {
                throw Diagnostic(
                    "\(place.phrase), \(Brief.json(json)) is not a Cedar long: expected an integer from "
                        + "\(Int64.min) to \(Int64.max)")
            }
            return .long(n)
        default:
            throw Diagnostic("\(place.phrase), found a `null`; JSON `null`s are not allowed in Cedar")
        }
    }

    /// The value of an `__entity` or `__extn` escape, or `nil` when `object` is an ordinary record.
    private static func readEscape(_ object: JSONObject, at place: JSONPlace) throws(Diagnostic) -> Value? {
        switch Escape.classify(object) {
        case .entity(let type, let id): return .entity(try entityUID(type: type, id: id, escape: object, at: place))
        case .extension(let call): return try evaluate(call, at: place)
        case .expression: throw exprEscapeError(at: place)
        case nil: return nil
        }
    }

    /// An entity reference, escaped or not (Rust Cedar's `EntityUidJson`).
    static func readEntityUID(_ json: JSONValue, at place: JSONPlace) throws(Diagnostic) -> EntityUID {
        guard case .object(let object) = json else {
            throw Diagnostic("\(place.phrase), expected a literal entity reference, but got \(Brief.json(json))")
        }
        if case .string? = object["__expr"] { throw exprEscapeError(at: place) }
        if case .object(let inner)? = object["__entity"], let type = inner["type"]?.string,
            let id = inner["id"]?.string
        {
            return try entityUID(type: type, id: id, escape: inner, at: place)
        }
        if let type = object["type"]?.string, let id = object["id"]?.string {
            return try entityUID(type: type, id: id, escape: object, at: place)
        }
        throw Diagnostic(
            "\(place.phrase), expected a literal entity reference, but got \(Brief.json(json))",
            help: "an entity reference is written `{\"type\": \"T\", \"id\": \"x\"}` or "
                + "`{\"__entity\": {\"type\": \"T\", \"id\": \"x\"}}`")
    }

    /// An extension value where the schema expects one (Rust Cedar's `ExtnValueJson`): an explicit or
    /// implicit `__extn` escape, or just the constructor's argument.
    static func readExtensionValue(_ json: JSONValue, typeName: String, at place: JSONPlace) throws(Diagnostic)
        -> Value
    {
        if case .object(let object) = json {
            if case .string? = object["__expr"] { throw exprEscapeError(at: place) }
            if case .extension(let call) = Escape.classify(object) { return try evaluate(call, at: place) }
            if let call = Escape.ExtensionCall(object) { return try evaluate(call, at: place) }
        }
        let argument = try readPlain(json, at: place)
        guard let constructor = ExtensionCall.constructor(returning: typeName) else {
            throw Diagnostic("\(place.phrase), missing extension constructor for \(argument.typeName) -> \(typeName)")
        }
        return try ExtensionCall.apply(Name(constructor.name), to: [argument], at: place)
    }

    private static func evaluate(_ call: Escape.ExtensionCall, at place: JSONPlace) throws(Diagnostic) -> Value {
        let name: Name
        switch NormalizedName.parse(call.function) {
        case .success(let parsed): name = parsed
        case .failure(let problem):
            throw Diagnostic(
                "\(place.phrase), failed to parse escape `__extn` with value `\(call.function)`: \(problem.reason)")
        }
        var arguments: [Value] = []
        for argument in call.arguments { arguments.append(try readPlain(argument, at: place)) }
        return try ExtensionCall.apply(name, to: arguments, at: place)
    }

    private static func entityUID(type: String, id: String, escape: JSONObject, at place: JSONPlace)
        throws(Diagnostic) -> EntityUID
    {
        switch NormalizedName.parse(type) {
        case .success(let name): return EntityUID(type: name, id: id)
        case .failure(let problem):
            throw Diagnostic(
                "\(place.phrase), failed to parse escape `__entity` with type `\(type)`: "
                    + "invalid entity type name: \(problem.reason)")
        }
    }

    private static func exprEscapeError(at place: JSONPlace) -> Diagnostic {
        Diagnostic(
            "\(place.phrase), the `__expr` escape is no longer supported",
            help: "to create an entity reference, use `__entity`; to create an extension value, use `__extn`; "
                + "and for all other values, use JSON directly")
    }

    static func mismatch(expected: SchemaType, actual: Value, at place: JSONPlace) -> Diagnostic {
        Diagnostic(
            "\(place.phrase), type mismatch: value was expected to have type \(TypeText.describe(expected)), "
                + "but it actually has type \(TypeText.describe(actual)): \(Brief.value(actual))")
    }
}
