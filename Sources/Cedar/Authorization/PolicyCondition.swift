extension Policy {
    /// The policy's whole condition as one expression, as Rust Cedar builds it: the principal, action and
    /// resource constraints, then each `when` body and each negated `unless` body, joined by `&&`.
    ///
    /// Evaluating it gives the same result and errors as `Evaluator.isSatisfied(_:)`.
    public var conditionExpression: Expr {
        var parts: [Expr] = [
            Self.scopeExpression(principal, .principal),
            Self.actionExpression(action),
            Self.scopeExpression(resource, .resource),
        ]
        for condition in conditions {
            parts.append(
                condition.kind == .when ? condition.body : Expr(.not(condition.body), span: condition.body.span))
        }
        return parts.dropFirst().reduce(parts[0]) { Expr(.and($0, $1), span: span) }
    }

    private static func scopeExpression(_ scope: ScopeConstraint, _ variable: Variable) -> Expr {
        let v = Expr(.variable(variable))
        func reference(_ r: EntityReference) -> Expr {
            switch r {
            case .entity(let uid): Expr(.literal(.entity(uid)))
            case .slot(let slot): Expr(.slot(slot))
            }
        }
        switch scope {
        case .any: return Expr(.literal(.bool(true)))
        case .equal(let r): return Expr(.binary(.equal, v, reference(r)))
        case .in(let r): return Expr(.binary(.in, v, reference(r)))
        case .is(let type): return Expr(.isEntityType(v, type))
        case .isIn(let type, let r):
            return Expr(.and(Expr(.isEntityType(v, type)), Expr(.binary(.in, v, reference(r)))))
        }
    }

    private static func actionExpression(_ scope: ActionConstraint) -> Expr {
        let v = Expr(.variable(.action))
        switch scope {
        case .any: return Expr(.literal(.bool(true)))
        case .equal(let uid): return Expr(.binary(.equal, v, Expr(.literal(.entity(uid)))))
        case .in(let uid): return Expr(.binary(.in, v, Expr(.literal(.entity(uid)))))
        case .inList(let uids): return Expr(.binary(.in, v, Expr(.set(uids.map { Expr(.literal(.entity($0))) }))))
        }
    }
}
