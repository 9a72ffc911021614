/// A Cedar schema: the entity types and actions a policy set may refer to, fully resolved
/// (namespaces applied, common types expanded, action groups recorded).
public struct Schema: Sendable {
    /// The declared entity types, by fully qualified name.
    public var entityTypes: [Name: EntityTypeDefinition]
    /// The declared actions, by uid.
    public var actions: [EntityUID: ActionDefinition]

    /// A schema declaring `entityTypes` and `actions` (none by default).
    public init(entityTypes: [Name: EntityTypeDefinition] = [:], actions: [EntityUID: ActionDefinition] = [:]) {
        self.entityTypes = entityTypes
        self.actions = actions
    }
}

/// An entity type declared in a schema.
public struct EntityTypeDefinition: Hashable, Sendable {
    /// The fully qualified type name.
    public var name: Name
    /// Entity types an entity of this type may have as direct parents.
    public var memberOfTypes: Set<Name>
    /// The attributes entities of this type have.
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

/// An action declared in a schema.
public struct ActionDefinition: Hashable, Sendable {
    /// The action entity, such as `Action::"view"`.
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

/// The principals, resources and context an action applies to.
public struct AppliesTo: Hashable, Sendable {
    /// The entity types a principal of this action may have.
    public var principalTypes: Set<Name>
    /// The entity types a resource of this action may have.
    public var resourceTypes: Set<Name>
    /// The type of the request context for this action.
    public var context: RecordType

    /// Applies to the given principal and resource types, with an empty context type by default.
    public init(principalTypes: Set<Name>, resourceTypes: Set<Name>, context: RecordType = RecordType()) {
        self.principalTypes = principalTypes
        self.resourceTypes = resourceTypes
        self.context = context
    }
}
