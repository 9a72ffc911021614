/// A Cedar schema: the entity types and actions a policy set may refer to, fully resolved
/// (namespaces applied, common types expanded, action groups recorded).
public struct Schema: Sendable {
    public var entityTypes: [Name: EntityTypeDefinition]
    public var actions: [EntityUID: ActionDefinition]

    public init(entityTypes: [Name: EntityTypeDefinition] = [:], actions: [EntityUID: ActionDefinition] = [:]) {
        self.entityTypes = entityTypes
        self.actions = actions
    }
}

public struct EntityTypeDefinition: Hashable, Sendable {
    public var name: Name
    /// Entity types an entity of this type may have as direct parents.
    public var memberOfTypes: Set<Name>
    public var attributes: RecordType
    /// The type of tag values, when entities of this type may carry tags.
    public var tags: SchemaType?
    /// For an enumerated entity type, the only ids its entities may have.
    public var enumeratedIDs: [String]?

    public init(
        name: Name, memberOfTypes: Set<Name> = [], attributes: RecordType = RecordType(), tags: SchemaType? = nil,
        enumeratedIDs: [String]? = nil
    ) {
        self.name = name
        self.memberOfTypes = memberOfTypes
        self.attributes = attributes
        self.tags = tags
        self.enumeratedIDs = enumeratedIDs
    }
}

public struct ActionDefinition: Hashable, Sendable {
    public var uid: EntityUID
    /// The action groups this action is directly a member of.
    public var memberOf: Set<EntityUID>
    /// What requests for this action may name; `nil` when the action declares no `appliesTo`
    /// (it then applies to no request).
    public var appliesTo: AppliesTo?
    /// Attributes of action entities (JSON schema `attributes`, rare); empty usually.
    public var attributes: [String: Value]

    public init(
        uid: EntityUID, memberOf: Set<EntityUID> = [], appliesTo: AppliesTo? = nil, attributes: [String: Value] = [:]
    ) {
        self.uid = uid
        self.memberOf = memberOf
        self.appliesTo = appliesTo
        self.attributes = attributes
    }
}

public struct AppliesTo: Hashable, Sendable {
    public var principalTypes: Set<Name>
    public var resourceTypes: Set<Name>
    public var context: RecordType

    public init(principalTypes: Set<Name>, resourceTypes: Set<Name>, context: RecordType = RecordType()) {
        self.principalTypes = principalTypes
        self.resourceTypes = resourceTypes
        self.context = context
    }
}
