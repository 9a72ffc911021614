extension Entities {
    /// Reads an entities document: a JSON array of
    /// `{"uid": {"type": "T", "id": "x"}, "attrs": {…}, "parents": [uids], "tags": {…}}` objects.
    ///
    /// With a `schema`, this does what Rust Cedar's `Entities::from_json_value(json, Some(schema))` does:
    /// attribute and tag values are read schema-directed (escapes optional where the type calls for an entity
    /// or extension value), every entity is checked against its declared type (type declared, enumerated ids,
    /// required attributes present, no undeclared attribute, value types, parent types, tags), action
    /// entities in the data must match the schema's declaration, and the schema's action entities, with their
    /// action-group hierarchy, are added to the store. Without one, any well-formed data is accepted.
    /// Either way, two different entities with the same uid, and cycles in the hierarchy, are errors.
    public init(json: String, file: String? = nil, schema: Schema? = nil) throws(Diagnostics) {
        let document: JSONValue
        do {
            document = try JSONParser.parse(json, file: file)
        } catch {
            throw Diagnostics([error])
        }
        try self.init(json: document, schema: schema)
    }

    /// Reads an already parsed entities document; see `init(json:file:schema:)`.
    public init(json: JSONValue, schema: Schema? = nil) throws(Diagnostics) {
        do {
            self = try EntitiesReader(schema: schema).read(json)
        } catch {
            throw Diagnostics([error])
        }
    }

    /// The store in Rust Cedar's entities JSON format, entities sorted by uid. As Rust Cedar does, `parents`
    /// lists all ancestors (the transitive closure), and `tags` is present only when the entity has tags.
    public func jsonValue() throws(Diagnostic) -> JSONValue {
        var result: [JSONValue] = []
        for uid in entities.keys.sorted() {
            let entity = entities[uid]!
            var attributes: [(key: String, value: JSONValue)] = []
            for key in entity.attributes.keys.sorted() {
                attributes.append((key, try ValueJSON.json(for: entity.attributes[key]!)))
            }
            var members: [(key: String, value: JSONValue)] = [
                ("uid", ValueJSON.json(for: uid)),
                ("attrs", .object(JSONObject(attributes))),
                ("parents", .array((ancestors[uid] ?? []).sorted().map(ValueJSON.json(for:)))),
            ]
            if !entity.tags.isEmpty {
                var tags: [(key: String, value: JSONValue)] = []
                for key in entity.tags.keys.sorted() { tags.append((key, try ValueJSON.json(for: entity.tags[key]!))) }
                members.append(("tags", .object(JSONObject(tags))))
            }
            result.append(.object(JSONObject(members)))
        }
        return .array(result)
    }
}
