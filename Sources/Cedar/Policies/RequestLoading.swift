/// Reading whole requests from JSON, in the form Cedar's tools use for request files:
/// `{"principal": {"type", "id"}, "action": {…}, "resource": {…}, "context": {…}}` (other fields ignored).
public enum RequestLoading {
    /// A request from its JSON object; the context is read schema-directed when `schema` is given.
    public static func request(fromJSON json: JSONValue, schema: Schema?) throws(Diagnostics) -> Request {
        guard let object = json.object else {
            throw Diagnostics([Diagnostic("a request must be a JSON object, found \(json.kindName)")])
        }
        func uid(_ key: String) throws(Diagnostics) -> EntityUID {
            guard let value = object[key] else {
                throw Diagnostics([Diagnostic("the request has no `\(key)`; expected {\"type\": …, \"id\": …}")])
            }
            do {
                return try ValueJSON.entityUID(from: value)
            } catch {
                throw Diagnostics([Diagnostic("in `\(key)`: \(error.message)", at: error.span)])
            }
        }
        return try request(
            principal: uid("principal"), action: uid("action"), resource: uid("resource"),
            contextJSON: object["context"], schema: schema)
    }

    /// A request from its parts, with the context given as JSON (`nil` or `null` for the empty context).
    public static func request(
        principal: EntityUID, action: EntityUID, resource: EntityUID, contextJSON: JSONValue?, schema: Schema?
    ) throws(Diagnostics) -> Request {
        let context = contextJSON == .null ? nil : contextJSON
        return try Request(
            principal: principal, action: action, resource: resource, contextJSON: context, schema: schema)
    }
}

/// The entity store the CLI uses when no entities file is given: empty, plus the schema's action entities.
public enum EntitiesLoading {
    /// The empty store plus, when a schema is given, its action entities and their hierarchy.
    public static func fromSchemaOnly(_ schema: Schema?) throws(Diagnostics) -> Entities {
        try Entities(json: .array([]), schema: schema)
    }
}
