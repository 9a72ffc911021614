/// One request shape a policy is typechecked under: an action, the principal and resource types it
/// applies to, its context type, and the entity types template slots are assumed to be linked to.
struct RequestEnvironment: Hashable, Sendable {
    var principal: Name
    var action: EntityUID
    var resource: Name
    var context: ValidatorType
    var principalSlot: Name?
    var resourceSlot: Name?

    init(
        principal: Name, action: EntityUID, resource: Name, context: ValidatorType, principalSlot: Name? = nil,
        resourceSlot: Name? = nil
    ) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
        self.principalSlot = principalSlot
        self.resourceSlot = resourceSlot
    }

    /// `principal: User, action: Action::"view", resource: Photo`
    var summary: String { "principal: \(principal), action: \(action), resource: \(resource)" }
}
