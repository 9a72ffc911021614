extension Schema {
    /// The schema in Cedar's JSON schema format: one key per namespace (`""` for the empty namespace), entity
    /// types and actions sorted by name, every type reference written fully qualified (`"type": "Entity"`).
    ///
    /// Parsing `jsonSchema().serialized()` back with `init(json:)` yields an equal schema.
    public func jsonSchema() -> JSONValue {
        var namespaces = Set(entityTypes.keys.map(\.namespace))
        namespaces.formUnion(actions.keys.map(\.type.namespace))
        var root = JSONObject()
        for namespace in namespaces.sorted(by: { $0.joined(separator: "::") < $1.joined(separator: "::") }) {
            var entities = JSONObject()
            for (name, entity) in entityTypes.sorted(by: { $0.key < $1.key }) where name.namespace == namespace {
                entities[name.basename] = .object(Self.json(entity))
            }
            var actionsObject = JSONObject()
            for (uid, action) in actions.sorted(by: { $0.key < $1.key }) where uid.type.namespace == namespace {
                actionsObject[uid.id] = .object(Self.json(action))
            }
            root[namespace.joined(separator: "::")] = .object(
                JSONObject([("entityTypes", .object(entities)), ("actions", .object(actionsObject))]))
        }
        return .object(root)
    }

    private static func json(_ entity: EntityTypeDefinition) -> JSONObject {
        var object = JSONObject()
        if let ids = entity.enumeratedIDs {
            object["enum"] = .array(ids.map { .string($0) })
            return object
        }
        if !entity.memberOfTypes.isEmpty {
            object["memberOfTypes"] = .array(entity.memberOfTypes.sorted().map { .string($0.description) })
        }
        if !entity.attributes.attributes.isEmpty { object["shape"] = json(.record(entity.attributes)) }
        if let tags = entity.tags { object["tags"] = json(tags) }
        return object
    }

    private static func json(_ action: ActionDefinition) -> JSONObject {
        var object = JSONObject()
        if !action.memberOf.isEmpty {
            object["memberOf"] = .array(
                action.memberOf.sorted().map {
                    .object(JSONObject([("id", .string($0.id)), ("type", .string($0.type.description))]))
                })
        }
        if let appliesTo = action.appliesTo {
            var spec = JSONObject()
            spec["principalTypes"] = .array(appliesTo.principalTypes.sorted().map { .string($0.description) })
            spec["resourceTypes"] = .array(appliesTo.resourceTypes.sorted().map { .string($0.description) })
            if !appliesTo.context.attributes.isEmpty { spec["context"] = json(.record(appliesTo.context)) }
            object["appliesTo"] = .object(spec)
        }
        return object
    }

    /// A type in the JSON format (`{"type": "Long"}`, `{"type": "Set", "element": …}`, …).
    private static func json(_ type: SchemaType) -> JSONValue {
        switch type {
        case .bool: return .object(JSONObject([("type", .string("Boolean"))]))
        case .long: return .object(JSONObject([("type", .string("Long"))]))
        case .string: return .object(JSONObject([("type", .string("String"))]))
        case .entity(let name):
            return .object(JSONObject([("type", .string("Entity")), ("name", .string(name.description))]))
        case .extension(let name):
            return .object(JSONObject([("type", .string("Extension")), ("name", .string(name))]))
        case .set(let element):
            return .object(JSONObject([("type", .string("Set")), ("element", json(element))]))
        case .record(let record):
            var attributes = JSONObject()
            for (name, attribute) in record.attributes.sorted(by: { $0.key < $1.key }) {
                guard case .object(var field) = json(attribute.type) else { continue }
                if !attribute.isRequired { field["required"] = .bool(false) }
                attributes[name] = .object(field)
            }
            return .object(JSONObject([("type", .string("Record")), ("attributes", .object(attributes))]))
        }
    }
}
