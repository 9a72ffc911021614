/// Reads an entities document into an `Entities` store (Rust Cedar's `EntityJsonParser` followed by
/// `Entities::from_entities`).
struct EntitiesReader {
    var schema: Schema?

    func read(_ document: JSONValue) throws(Diagnostic) -> Entities {
        guard case .array(let items) = document else {
            throw Diagnostic(
                "an entities document must be a JSON array of entities, but this is \(document.kindName)",
                help: "write `[{\"uid\": {\"type\": \"User\", \"id\": \"alice\"}, \"attrs\": {}, \"parents\": []}]`")
        }
        var byUID: [EntityUID: Entity] = [:]
        var order: [EntityUID] = []
        for (index, item) in items.enumerated() {
            let entity = try readEntity(item, index: index)
            if let existing = byUID[entity.uid] {
                guard existing == entity else { throw Diagnostic("duplicate entity entry `\(entity.uid)`") }
            } else {
                byUID[entity.uid] = entity
                order.append(entity.uid)
            }
        }
        let entities = order.map { byUID[$0]! }
        guard let schema else { return try closed(entities) }

        let checker = EntityConformance(schema: schema)
        for entity in entities where !entity.uid.type.isAction { try checker.check(entity) }
        let store = try closed(entities)
        for entity in entities where entity.uid.type.isAction {
            try checker.checkAction(entity, ancestors: store.ancestors[entity.uid] ?? [])
        }
        let schemaActions = schema.actions.keys.sorted().map { uid in
            let action = schema.actions[uid]!
            return Entity(uid: uid, attributes: action.attributes, parents: action.memberOf)
        }
        return Entities(entities.filter { !$0.uid.type.isAction } + schemaActions)
    }

    /// The store for `entities`, with the hierarchy's transitive closure; a cycle is an error, as in Rust Cedar.
    private func closed(_ entities: [Entity]) throws(Diagnostic) -> Entities {
        let store = Entities(entities)
        if let looped = entities.map(\.uid).sorted().first(where: { store.ancestors[$0]?.contains($0) ?? false }) {
            throw Diagnostic(
                "the entity hierarchy has a cycle containing `\(looped)`",
                help: "an entity cannot be its own ancestor; remove one of the `parents` links on the cycle")
        }
        return store
    }

    private func readEntity(_ item: JSONValue, index: Int) throws(Diagnostic) -> Entity {
        guard case .object(let object) = item else {
            throw Diagnostic("entity #\(index + 1) in the array must be a JSON object, but it is \(item.kindName)")
        }
        func field(_ name: String) throws(Diagnostic) -> JSONValue {
            guard let value = object[name] else {
                throw Diagnostic("entity #\(index + 1) in the array is missing the required field `\(name)`")
            }
            return value
        }
        let uid = try ValueReader.readEntityUID(try field("uid"), at: .entityUID)
        let kind = try kind(of: uid)

        guard case .object(let attrs) = try field("attrs") else {
            throw Diagnostic("the `attrs` field of `\(uid)` must be a JSON object of attributes")
        }
        var attributes: [String: Value] = [:]
        for (name, json) in attrs.members {
            attributes[name] = try readAttribute(json, named: name, of: uid, kind: kind)
        }

        var tags: [String: Value] = [:]
        if let tagsJSON = object["tags"] {
            guard case .object(let tagObject) = tagsJSON else {
                throw Diagnostic("the `tags` field of `\(uid)` must be a JSON object of tags")
            }
            for (name, json) in tagObject.members {
                tags[name] = try readTag(json, named: name, of: uid, kind: kind)
            }
        }

        guard case .array(let parentsJSON) = try field("parents") else {
            throw Diagnostic("the `parents` field of `\(uid)` must be a JSON array of entity references")
        }
        var parents: Set<EntityUID> = []
        for json in parentsJSON {
            let parent = try ValueReader.readEntityUID(json, at: .entityParents(uid))
            if uid.type.isAction && !parent.type.isAction {
                throw Diagnostic(
                    "action `\(uid)` has a non-action parent `\(parent)`",
                    help: "parents of actions need to have type `Action` themselves, perhaps namespaced")
            }
            parents.insert(parent)
        }
        return Entity(uid: uid, attributes: attributes, parents: parents, tags: tags)
    }

    /// What the schema says about an entity: nothing (no schema), its action declaration, or its type.
    private enum Kind {
        case unchecked
        case action(ActionDefinition)
        case entity(EntityTypeDefinition)
    }

    private func kind(of uid: EntityUID) throws(Diagnostic) -> Kind {
        guard let schema else { return .unchecked }
        if uid.type.isAction {
            guard let action = schema.actions[uid] else {
                throw Diagnostic("found action entity `\(uid)`, but it was not declared as an action in the schema")
            }
            return .action(action)
        }
        guard let definition = schema.entityTypes[uid.type] else {
            throw EntityConformance(schema: schema).undeclaredType(uid)
        }
        return .entity(definition)
    }

    private func readAttribute(_ json: JSONValue, named name: String, of uid: EntityUID, kind: Kind)
        throws(Diagnostic) -> Value
    {
        let place = JSONPlace.entityAttribute(uid, name)
        switch kind {
        case .unchecked:
            return try ValueReader.read(json, expecting: nil, at: place)
        case .action(let action):
            guard action.attributes[name] != nil else { throw EntityConformance.actionMismatch(uid) }
            return try ValueReader.read(json, expecting: nil, at: place)
        case .entity(let definition):
            guard let attribute = definition.attributes.attributes[name] else {
                throw Diagnostic("attribute `\(name)` on `\(uid)` should not exist according to the schema")
            }
            return try ValueReader.read(json, expecting: attribute.type, at: place)
        }
    }

    private func readTag(_ json: JSONValue, named name: String, of uid: EntityUID, kind: Kind) throws(Diagnostic)
        -> Value
    {
        let place = JSONPlace.entityTag(uid, name)
        switch kind {
        case .unchecked:
            return try ValueReader.read(json, expecting: nil, at: place)
        case .action:
            throw EntityConformance.actionMismatch(uid)
        case .entity(let definition):
            guard let tagType = definition.tags else { throw EntityConformance.unexpectedTag(name, on: uid) }
            return try ValueReader.read(json, expecting: tagType, at: place)
        }
    }
}
