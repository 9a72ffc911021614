/// Policy scopes: `principal`, `action` and `resource` constraints, evaluated without building expressions.
extension Evaluator {
    /// Whether the request matches the policy's scope. Fails only on an unlinked slot.
    func scopeMatches(_ policy: Policy) throws(EvaluationError) -> Bool {
        guard try matches(policy.principal, request.principal, span: policy.span) else { return false }
        guard matches(policy.action, request.action) else { return false }
        return try matches(policy.resource, request.resource, span: policy.span)
    }

    func matches(_ scope: ScopeConstraint, _ uid: EntityUID, span: SourceSpan?) throws(EvaluationError) -> Bool {
        switch scope {
        case .any:
            return true
        case .equal(let reference):
            return uid == (try resolve(reference, span: span))
        case .in(let reference):
            return entities.isDescendant(uid, of: try resolve(reference, span: span))
        case .is(let type):
            return uid.type == type
        case .isIn(let type, let reference):
            // `is T in E` means `is T && in E`: a slot is not needed when the type differs.
            guard uid.type == type else { return false }
            return entities.isDescendant(uid, of: try resolve(reference, span: span))
        }
    }

    func matches(_ scope: ActionConstraint, _ uid: EntityUID) -> Bool {
        switch scope {
        case .any: true
        case .equal(let action): uid == action
        case .in(let group): entities.isDescendant(uid, of: group)
        case .inList(let groups): groups.contains { entities.isDescendant(uid, of: $0) }
        }
    }

    private func resolve(_ reference: EntityReference, span: SourceSpan?) throws(EvaluationError) -> EntityUID {
        switch reference {
        case .entity(let uid): return uid
        case .slot(let slot):
            guard let uid = slots[slot] else { throw .unlinkedSlot(slot, at: span) }
            return uid
        }
    }
}
