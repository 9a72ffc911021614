/// Cedar values in Cedar's JSON data format, as entity attributes, tags and request contexts use it.
///
/// Booleans, integers (64-bit), strings, arrays (sets) and objects (records) map directly; entity references
/// are written `{"__entity": {"type": "A::B", "id": "x"}}` and extension values
/// `{"__extn": {"fn": "decimal", "arg": "1.5"}}` (or `"args": [...]` for functions of several arguments).
/// When a schema says what type to expect, the escapes may be left out: an entity may be written
/// `{"type": "A::B", "id": "x"}` and an extension value as the constructor's argument (`"1.5"`).
public enum ValueJSON {
    /// Reads a value without a schema.
    public static func value(from json: JSONValue) throws(Diagnostic) -> Value {
        try ValueReader.read(json, expecting: nil, at: .value)
    }

    /// Reads a value the way Rust Cedar does when a schema says the value should have type `expected`: the
    /// escapes become optional where the type calls for an entity or extension value, and records are checked
    /// for missing and unexpected attributes. Other type errors are left to conformance checking.
    public static func value(from json: JSONValue, expecting expected: SchemaType?) throws(Diagnostic) -> Value {
        try ValueReader.read(json, expecting: expected, at: .value)
    }

    /// Reads an entity reference: `{"type": "T", "id": "x"}` or `{"__entity": {"type": "T", "id": "x"}}`.
    public static func entityUID(from json: JSONValue) throws(Diagnostic) -> EntityUID {
        try ValueReader.readEntityUID(json, at: .value)
    }

    /// The value in Rust Cedar's output format: records with sorted keys, sets in a stable order,
    /// `__entity` and `__extn` escapes. Fails on a record that uses a reserved key (`__entity`, `__extn`,
    /// `__expr`), which could not be read back.
    public static func json(for value: Value) throws(Diagnostic) -> JSONValue {
        try ValueWriter.write(value)
    }

    /// An entity reference as `{"type": "T", "id": "x"}`, the form of entity `uid` and `parents` fields.
    public static func json(for uid: EntityUID) -> JSONValue {
        .object(JSONObject([("type", .string(uid.type.description)), ("id", .string(uid.id))]))
    }
}
