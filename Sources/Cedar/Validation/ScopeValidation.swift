/// The checks Rust Cedar makes once per policy, outside typechecking: every entity type and action
/// named exists, enumerated entities use declared ids, and some action the scope allows applies to
/// principal and resource types the scope allows.
struct ScopeValidation {
    let schema: ValidatorSchema

    func errors(in policy: Policy) -> [ValidationError] {
        unknownEntityTypes(policy) + invalidEnumEntities(policy) + unknownActions(policy)
            + actionApplication(policy)
    }

    // MARK: - Names used by a policy

    /// Entity types named in the scope and body, with where each was written.
    private func entityTypeNames(_ policy: Policy) -> [(Name, SourceSpan?)] {
        var result: [(Name, SourceSpan?)] = []
        for scope in [policy.principal, policy.resource] {
            switch scope {
            case .any: break
            case .equal(let ref), .in(let ref):
                if case .entity(let uid) = ref { result.append((uid.type, policy.span)) }
            case .is(let type): result.append((type, policy.span))
            case .isIn(let type, let ref):
                result.append((type, policy.span))
                if case .entity(let uid) = ref { result.append((uid.type, policy.span)) }
            }
        }
        for uid in policy.action.uids { result.append((uid.type, policy.span)) }
        for condition in policy.conditions {
            condition.body.visit { expr in
                switch expr.kind {
                case .literal(.entity(let uid)): result.append((uid.type, expr.span))
                case .isEntityType(_, let name): result.append((name, expr.span))
                default: break
                }
            }
        }
        return result
    }

    /// Entity literals in the scope and body, with where each was written.
    private func entityUIDs(_ policy: Policy) -> [(EntityUID, SourceSpan?)] {
        var result: [(EntityUID, SourceSpan?)] = []
        if let uid = policy.principal.entity { result.append((uid, policy.span)) }
        for uid in policy.action.uids { result.append((uid, policy.span)) }
        if let uid = policy.resource.entity { result.append((uid, policy.span)) }
        for condition in policy.conditions {
            condition.body.visit { expr in
                if case .literal(.entity(let uid)) = expr.kind { result.append((uid, expr.span)) }
            }
        }
        return result
    }

    // MARK: - Checks

    private func error(
        _ policy: Policy, _ kind: ValidationError.Kind, _ message: String, _ span: SourceSpan?, help: String? = nil
    )
        -> ValidationError
    {
        ValidationError(policyID: policy.id, span: span, kind: kind, message: message, help: help)
    }

    private func unknownEntityTypes(_ policy: Policy) -> [ValidationError] {
        let known = schema.schema.entityTypes.keys.map(\.description)
        return entityTypeNames(policy).filter { !schema.isKnownEntityType($0.0) }.map { name, span in
            error(
                policy, .unrecognizedEntityType, "unrecognized entity type `\(name)`", span,
                help: closestMatch(to: name.description, among: known).map { "did you mean `\($0)`?" })
        }
    }

    private func invalidEnumEntities(_ policy: Policy) -> [ValidationError] {
        entityUIDs(policy).compactMap { uid, span in
            guard !uid.type.isAction, let ids = schema.entityType(uid.type)?.enumeratedIDs, !ids.contains(uid.id)
            else { return nil }
            return error(
                policy, .invalidEnumEntity,
                "entity `\(uid)` is of an enumerated entity type, but `\(CedarString.quoted(uid.id))` is not declared as a valid eid",
                span, help: "valid entity eids: \(ids.map(CedarString.quoted).joined(separator: ", "))")
        }
    }

    private func unknownActions(_ policy: Policy) -> [ValidationError] {
        let known = schema.schema.actions.keys.map(\.description)
        return entityUIDs(policy).filter { $0.0.type.isAction && schema.action($0.0) == nil }.map { uid, span in
            error(
                policy, .unrecognizedActionID, "unrecognized action `\(uid)`", span,
                help: closestMatch(to: uid.description, among: known).map { "did you mean `\($0)`?" })
        }
    }

    /// The `unable to find an applicable action` check; also used for template-linked policies.
    func actionApplication(_ policy: Policy) -> [ValidationError] {
        let principals = entityTypes(satisfying: policy.principal)
        let resources = entityTypes(satisfying: policy.resource)
        let applicable = actions(satisfying: policy.action).contains { uid in
            guard let appliesTo = schema.action(uid)?.appliesTo else { return false }
            return !principals.isDisjoint(with: appliesTo.principalTypes)
                && !resources.isDisjoint(with: appliesTo.resourceTypes)
        }
        guard !applicable else { return [] }
        return [
            error(
                policy, .invalidActionApplication,
                "unable to find an applicable action given the policy scope constraints", policy.span,
                help: applicationHelp(policy))
        ]
    }

    private func applicationHelp(_ policy: Policy) -> String? {
        let principalFix = inWouldFix(policy.principal, policy.action, \.principalTypes)
        let resourceFix = inWouldFix(policy.resource, policy.action, \.resourceTypes)
        switch (principalFix, resourceFix) {
        case (true, true): return "try replacing `==` with `in` in the principal clause and the resource clause"
        case (true, false): return "try replacing `==` with `in` in the principal clause"
        case (false, true): return "try replacing `==` with `in` in the resource clause"
        case (false, false): return nil
        }
    }

    /// `var == E` names a type no applicable action takes, but one of whose descendant types it does.
    private func inWouldFix(
        _ scope: ScopeConstraint, _ action: ActionConstraint, _ types: KeyPath<AppliesTo, Set<Name>>
    ) -> Bool {
        guard case .equal(.entity(let uid)) = scope else { return false }
        let specs = actions(satisfying: action).compactMap { schema.action($0)?.appliesTo }
        guard !specs.contains(where: { $0[keyPath: types].contains(uid.type) }) else { return false }
        guard schema.entityType(uid.type) != nil else { return false }
        let descendants = schema.descendantTypes[uid.type] ?? []
        return specs.contains { !$0[keyPath: types].isDisjoint(with: descendants) }
    }

    private func actions(satisfying constraint: ActionConstraint) -> Set<EntityUID> {
        switch constraint {
        case .any: return Set(schema.schema.actions.keys)
        case .equal(let uid): return [uid]
        case .in(let uid): return schema.actionsIn([uid]) ?? []
        case .inList(let uids): return schema.actionsIn(uids) ?? []
        }
    }

    private func entityTypes(satisfying scope: ScopeConstraint) -> Set<Name> {
        let all = Set(schema.schema.entityTypes.keys)
        switch scope {
        case .any, .equal(.slot), .in(.slot): return all
        case .equal(.entity(let uid)): return [uid.type]
        case .in(.entity(let uid)): return schema.entityTypesIn(uid.type)
        case .is(let type), .isIn(let type, .slot): return schema.isKnownEntityType(type) ? [type] : []
        case .isIn(let type, .entity(let uid)): return schema.entityTypesIn(uid.type).intersection([type])
        }
    }
}

extension ScopeConstraint {
    /// The entity literal the constraint names, if any.
    var entity: EntityUID? {
        switch self {
        case .equal(.entity(let uid)), .in(.entity(let uid)), .isIn(_, .entity(let uid)): uid
        default: nil
        }
    }
}

extension ActionConstraint {
    /// The action literals the constraint names.
    var uids: [EntityUID] {
        switch self {
        case .any: []
        case .equal(let uid), .in(let uid): [uid]
        case .inList(let uids): uids
        }
    }
}

extension Expr {
    /// Calls `body` on this expression and every subexpression, parents first, operands left to right.
    ///
    /// The walk keeps its own stack: an expression can nest as deep as it is long (`a || b || …`).
    func visit(_ body: (Expr) -> Void) {
        var pending = [self]
        while let expr = pending.popLast() {
            body(expr)
            let operands = expr.operands
            for operand in operands.reversed() { pending.append(operand) }
        }
    }

    /// The immediate subexpressions, left to right.
    var operands: [Expr] {
        switch kind {
        case .literal, .variable, .slot: []
        case .not(let e), .negate(let e), .getAttribute(let e, _), .hasAttribute(let e, _), .like(let e, _),
            .isEntityType(let e, _):
            [e]
        case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b): [a, b]
        case .ifThenElse(let c, let t, let e): [c, t, e]
        case .set(let elements): elements
        case .record(let fields): fields.map(\.value)
        case .extensionCall(_, let arguments, _): arguments
        }
    }
}
