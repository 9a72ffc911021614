extension ExpressionTypechecker {
    /// `lhs in rhs`: an entity in an entity or a set of entities. When the schema's hierarchy makes
    /// the membership impossible (or, between action literals, decides it), the type is a singleton.
    func typecheckIn(_ lhs: Expr, _ rhs: Expr, _ expr: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        let lhsAnswer = expect(lhs, prior, .anyEntity, help: { _ in Help.tryUsingContains })
        let rhsAnswer = expect(
            rhs, prior, .set(.anyEntity), .anyEntity,
            help: { type in
                switch type {
                case .set: Help.tryUsingContains
                case .string: Help.tryUsingLike
                default: nil
                }
            })
        let bothSucceeded = lhsAnswer.succeeded && rhsAnswer.succeeded
        return lhsAnswer.then { lhsType, _ in
            rhsAnswer.then { rhsType, _ in
                guard bothSucceeded else { return .fail(.anyBool) }
                if let lhsUID = uidOfLiteralOrAction(lhs), lhsUID.type.isAction,
                    let rhsUIDs = uidsOfLiteralsOrActions(rhs)
                {
                    return typeOfActionIn(lhsUID, rhsUIDs).then { type, _ in .success(type) }
                }
                var rhsTypes = rhsType?.entityTypes
                if case .set(let element?)? = rhsType { rhsTypes = element.entityTypes }
                if let lhsTypes = lhsType?.entityTypes, let rhsTypes, !mayBeDescendant(lhsTypes, of: rhsTypes) {
                    return .success(.singleton(false))
                }
                return .success(.anyBool)
            }
        }
    }

    private func uidOfLiteralOrAction(_ expr: Expr) -> EntityUID? {
        if case .literal(.entity(let uid)) = literalOrAction(expr).kind { return uid }
        return nil
    }

    private func uidsOfLiteralsOrActions(_ expr: Expr) -> [EntityUID]? {
        if let uid = uidOfLiteralOrAction(expr) { return [uid] }
        guard case .set(let elements) = expr.kind else { return nil }
        var result: [EntityUID] = []
        for element in elements {
            guard let uid = uidOfLiteralOrAction(element) else { return nil }
            result.append(uid)
        }
        return result
    }

    /// An action literal in action literals is decided by the action hierarchy; an action is never
    /// in a non-action entity.
    private func typeOfActionIn(_ lhs: EntityUID, _ rhs: [EntityUID]) -> TypecheckAnswer {
        let actions = rhs.filter(\.type.isAction)
        guard !actions.isEmpty else { return .success(.singleton(false)) }
        guard let descendants = schema.actionsIn(actions) else { return .fail(.anyBool) }
        return .success(.singleton(descendants.contains(lhs)))
    }

    /// Whether an entity of one of `lhs` may be a descendant of an entity of one of `rhs`, in the
    /// entity hierarchy or the action hierarchy.
    private func mayBeDescendant(_ lhs: Set<Name>, of rhs: Set<Name>) -> Bool {
        lhs.contains { l in
            rhs.contains { r in
                schema.entityTypesIn(r).contains(l) || actionMayBeIn(l, r)
            }
        }
    }

    private func actionMayBeIn(_ lhs: Name, _ rhs: Name) -> Bool {
        lhs == rhs
            || schema.schema.actions.keys.contains { action in
                action.type == rhs && (schema.descendantActions[action] ?? []).contains { $0.type == lhs }
            }
    }
}
