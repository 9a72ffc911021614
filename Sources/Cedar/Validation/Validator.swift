/// Validates policies against a schema in strict mode, as Rust Cedar's validator does: unknown entity
/// types and actions, scopes no action applies to, and type errors under every request the schema allows.
public struct Validator: Sendable {
    /// The schema policies are validated against.
    public let schema: Schema

    /// A validator for `schema`.
    public init(schema: Schema) {
        self.schema = schema
    }

    /// Validates every static policy, template and template-linked policy in `policies`.
    public func validate(_ policies: PolicySet) -> ValidationResult {
        let prepared = ValidatorSchema(schema)
        let scope = ScopeValidation(schema: prepared)
        let typechecker = PolicyTypechecker(schema: prepared)
        var result = ValidationResult()
        let staticPolicies = policies.policies.filter { policies.links[$0.id] == nil }
        for policy in staticPolicies + policies.templates {
            var seen = Set<ValidationError>()
            for error in scope.errors(in: policy) where seen.insert(error).inserted { result.errors.append(error) }
            let (typeErrors, isImpossible) = typechecker.check(policy)
            for error in typeErrors where seen.insert(error).inserted { result.errors.append(error) }
            if isImpossible {
                result.warnings.append(
                    ValidationWarning(
                        policyID: policy.id, span: policy.span, kind: .impossiblePolicy,
                        message: "policy is impossible: the policy expression evaluates to false for all valid requests"
                    ))
            }
        }
        for policy in policies.policies {
            guard let link = policies.links[policy.id] else { continue }
            for uid in link.values.values.sorted() where !prepared.isKnownEntityType(uid.type) {
                result.errors.append(
                    ValidationError(
                        policyID: policy.id, span: nil, kind: .unrecognizedEntityType,
                        message: "unrecognized entity type `\(uid.type)`"))
            }
            result.errors.append(contentsOf: scope.actionApplication(policy))
        }
        return result
    }
}
