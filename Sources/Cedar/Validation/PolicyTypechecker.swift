/// Typechecks a policy or template under every request environment the schema allows (and, for
/// templates, every entity type its slots could be linked to), as Rust Cedar's `Typechecker` does.
struct PolicyTypechecker {
    let schema: ValidatorSchema
    let environments: [RequestEnvironment]

    init(schema: ValidatorSchema) {
        self.schema = schema
        environments = schema.requestEnvironments
    }

    /// The type errors in `policy`, and whether it is impossible (false under every environment).
    func check(_ policy: Policy) -> (errors: [ValidationError], isImpossible: Bool) {
        let condition = policy.conditionExpression
        var errors: [ValidationError] = []
        var seen = Set<ValidationError>()
        var allFalse = true
        for base in environments {
            for principalSlot in slotLinks(policy, .principal, policy.principal, base.principal) {
                for resourceSlot in slotLinks(policy, .resource, policy.resource, base.resource) {
                    var environment = base
                    environment.principalSlot = principalSlot
                    environment.resourceSlot = resourceSlot
                    let checker = ExpressionTypechecker(schema: schema, policyID: policy.id, environment: environment)
                    let answer = checker.expect(condition, [], .anyBool)
                    if answer.type != .singleton(false) { allFalse = false }
                    for error in checker.errors where seen.insert(error).inserted { errors.append(error) }
                }
            }
        }
        return (errors, allFalse)
    }

    /// The entity types a slot could be linked to without making the scope constraint always false;
    /// `[nil]` when the policy has no such slot.
    private func slotLinks(_ policy: Policy, _ slot: SlotID, _ scope: ScopeConstraint, _ variableType: Name) -> [Name?]
    {
        guard scope.slot == slot else { return [nil] }
        switch scope {
        case .equal: return [variableType]
        case .in, .isIn:
            let ancestors = schema.schema.entityTypes.keys.sorted().filter {
                schema.descendantTypes[$0]?.contains(variableType) ?? false
            }
            return ancestors + [variableType]
        case .any, .is: return schema.schema.entityTypes.keys.sorted()
        }
    }
}
