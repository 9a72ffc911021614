extension Schema {
    /// The schema in Cedar's JSON schema format: one key per namespace (`""` for the empty namespace), entity
    /// types and actions sorted by name, every type reference written fully qualified (`"type": "Entity"`).
    ///
    /// Parsing `jsonSchema().serialized()` back with `init(json:)` yields an equal schema.
    public func jsonSchema() -> JSONValue {
        var root = JSONObject()
        for (namespace, entityList, actionList) in namespacedDeclarations() {
            let entities = JSONObject(entityList.map { ($0.name.basename, .object(Self.json($0))) })
            let actionsObject = JSONObject(actionList.map { ($0.uid.id, .object(Self.json($0))) })
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
            object["memberOfTypes"] = .array(entity.memberOfTypes.map(\.description).sorted().map { .string($0) })
        }
        if !entity.attributes.attributes.isEmpty { object["shape"] = json(.record(entity.attributes)) }
        if let tags = entity.tags { object["tags"] = json(tags) }
        return object
    }

    private static func json(_ action: ActionDefinition) -> JSONObject {
        var object = JSONObject()
        if !action.memberOf.isEmpty {
            object["memberOf"] = .array(
                action.memberOf.sortedForSchema(by: { $0 }).map {
                    .object(JSONObject([("id", .string($0.id)), ("type", .string($0.type.description))]))
                })
        }
        if let appliesTo = action.appliesTo {
            var spec = JSONObject()
            spec["principalTypes"] = .array(appliesTo.principalTypes.map(\.description).sorted().map { .string($0) })
            spec["resourceTypes"] = .array(appliesTo.resourceTypes.map(\.description).sorted().map { .string($0) })
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
                if !attribute.isRequired { field.members.append(("required", .bool(false))) }
                attributes.members.append((name, .object(field)))
            }
            return .object(JSONObject([("type", .string("Record")), ("attributes", .object(attributes))]))
        }
    }
}
