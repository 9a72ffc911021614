/// A `Schema` prepared for validation: the inverted, transitively closed entity and action
/// hierarchies, and the request environments the schema allows.
struct ValidatorSchema: Sendable {
    let schema: Schema
    /// For each entity type, the entity types whose entities may be (transitively) its members.
    let descendantTypes: [Name: Set<Name>]
    /// For each action, the actions that are (transitively) members of it.
    let descendantActions: [EntityUID: Set<EntityUID>]

    init(_ schema: Schema) {
        self.schema = schema
        var parents: [Name: Set<Name>] = [:]
        for (name, definition) in schema.entityTypes { parents[name] = definition.memberOfTypes }
        descendantTypes = Self.invertedClosure(parents)
        var actionParents: [EntityUID: Set<EntityUID>] = [:]
        for (uid, definition) in schema.actions { actionParents[uid] = definition.memberOf }
        descendantActions = Self.invertedClosure(actionParents)
    }

    /// Given each node's direct parents, each node's transitive descendants. Each node's ancestors are found
    /// by a full search of its own, as a result memoized while a cycle is cut short would be incomplete.
    private static func invertedClosure<T: Hashable>(_ parents: [T: Set<T>]) -> [T: Set<T>] {
        var descendants: [T: Set<T>] = [:]
        for node in parents.keys {
            var ancestors = Set<T>()
            var frontier = Array(parents[node] ?? [])
            while let next = frontier.popLast() {
                guard ancestors.insert(next).inserted else { continue }
                frontier.append(contentsOf: parents[next] ?? [])
            }
            for ancestor in ancestors { descendants[ancestor, default: []].insert(node) }
        }
        return descendants
    }

    func entityType(_ name: Name) -> EntityTypeDefinition? { schema.entityTypes[name] }
    func action(_ uid: EntityUID) -> ActionDefinition? { schema.actions[uid] }

    /// Action entity types are always known; other types must be declared.
    func isKnownEntityType(_ name: Name) -> Bool { name.isAction || schema.entityTypes[name] != nil }

    /// The entity types `T` for which `t in e` may hold for an entity `e` of type `name`: its
    /// descendant types and itself.
    func entityTypesIn(_ name: Name) -> Set<Name> {
        (descendantTypes[name] ?? []).union([name])
    }

    /// The actions `a` for which `a in x` holds for some `x` in `uids`, or nil if one is undeclared.
    func actionsIn(_ uids: some Sequence<EntityUID>) -> Set<EntityUID>? {
        var result = Set<EntityUID>()
        for uid in uids {
            guard action(uid) != nil else { return nil }
            result.insert(uid)
            result.formUnion(descendantActions[uid] ?? [])
        }
        return result
    }

    /// The type of an entity literal, or nil when its type (or, for actions, the action) is undeclared.
    func typeOfLiteral(_ uid: EntityUID) -> ValidatorType? {
        if uid.type.isAction {
            return action(uid).map { actionType($0) }
        }
        return schema.entityTypes[uid.type] != nil ? .entity(uid.type) : nil
    }

    func actionType(_ definition: ActionDefinition) -> ValidatorType {
        var attributes: [String: AttributeInfo] = [:]
        for (name, value) in definition.attributes {
            if let type = ValidatorType(literal: value, schema: self) { attributes[name] = AttributeInfo(type) }
        }
        return .action(name: definition.uid.type, attributes: attributes)
    }

    /// The attributes of an entity type (empty when undeclared).
    func attributes(of name: Name) -> [String: AttributeInfo] {
        guard let definition = schema.entityTypes[name] else { return [:] }
        return RecordShape(definition.attributes).attributes
    }

    /// The tag type of an entity type, when its entities may have tags.
    func tagType(of name: Name) -> ValidatorType? {
        schema.entityTypes[name]?.tags.map { ValidatorType($0) }
    }

    /// Every (action, principal type, resource type) the schema allows, with the action's context.
    var requestEnvironments: [RequestEnvironment] {
        var result: [RequestEnvironment] = []
        for uid in schema.actions.keys.sorted() {
            guard let appliesTo = schema.actions[uid]?.appliesTo else { continue }
            let context = ValidatorType.record(RecordShape(appliesTo.context))
            for principal in appliesTo.principalTypes.sorted() {
                for resource in appliesTo.resourceTypes.sorted() {
                    result.append(
                        RequestEnvironment(principal: principal, action: uid, resource: resource, context: context))
                }
            }
        }
        return result
    }
}

extension ValidatorType {
    /// The type of a literal value, as the validator would type the expression that produced it.
    init?(literal value: Value, schema: ValidatorSchema) {
        switch value {
        case .bool(let b): self = .singleton(b)
        case .long: self = .long
        case .string: self = .string
        case .entity(let uid):
            guard let type = schema.typeOfLiteral(uid) else { return nil }
            self = type
        case .set(let elements):
            var types: [ValidatorType] = []
            for element in elements {
                guard let type = ValidatorType(literal: element, schema: schema) else { return nil }
                types.append(type)
            }
            guard case .success(let lub) = ValidatorType.leastUpperBound(of: types, mode: .strict) else { return nil }
            self = .set(lub)
        case .record(let fields):
            var attributes: [String: AttributeInfo] = [:]
            for (key, field) in fields {
                guard let type = ValidatorType(literal: field, schema: schema) else { return nil }
                attributes[key] = AttributeInfo(type)
            }
            self = .record(RecordShape(attributes: attributes))
        case .decimal: self = .extension("decimal")
        case .ipaddr: self = .extension("ipaddr")
        case .datetime: self = .extension("datetime")
        case .duration: self = .extension("duration")
        }
    }
}
