/// Request contexts in Cedar's JSON format: an object whose members are the context's attributes.
public enum ContextJSON {
    /// Reads a context for a request with `action`. With a schema, the action must be declared, and the
    /// context is read schema-directed against the action's declared context type (as Rust Cedar's
    /// `Context::from_json_value(json, Some((schema, action)))`): required attributes must be present, no
    /// undeclared attribute may appear, escapes are optional where an entity or extension value is expected.
    /// Other type errors are found by `Request.validate(against:)`.
    public static func context(from json: JSONValue, action: EntityUID, schema: Schema?) throws(Diagnostic)
        -> [String: Value]
    {
        var expected: SchemaType?
        if let schema {
            guard let declaration = schema.actions[action] else {
                throw Diagnostic("action `\(action)` does not exist in the supplied schema")
            }
            expected = .record(declaration.appliesTo?.context ?? RecordType())
        }
        let value = try ValueReader.read(json, expecting: expected, at: .context)
        guard case .record(let record) = value else {
            throw Diagnostic("expected `context` to be a record, but got \(Brief.json(json))")
        }
        return record
    }
}
