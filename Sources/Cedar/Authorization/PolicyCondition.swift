extension Policy {
    /// The policy's scope and conditions as one expression, built as Rust Cedar's `Policy::condition` builds it:
    /// `((principal-constraint && action-constraint) && resource-constraint) && body`, where the body is the
    /// `when` conditions and negated `unless` conditions joined by `&&` (`true` when none), and every node the
    /// scope adds carries the policy's span. The validator typechecks this expression.
    ///
    /// Evaluating it gives the same result and errors as `Evaluator.isSatisfied(_:)`.
    public var conditionExpression: Expr {
        let principalExpr = Self.scopeExpr(principal, .principal, span)
        let resourceExpr = Self.scopeExpr(resource, .resource, span)
        let actionVar = Expr(.variable(.action), span: span)
        let actionExpr: Expr
        switch action {
        case .any: actionExpr = Expr(.literal(.bool(true)), span: span)
        case .equal(let uid):
            actionExpr = Expr(.binary(.equal, actionVar, Expr(.literal(.entity(uid)), span: span)), span: span)
        case .in(let uid): actionExpr = Self.actionIn([uid], actionVar, span)
        case .inList(let uids): actionExpr = Self.actionIn(uids, actionVar, span)
        }
        var body: Expr?
        for condition in conditions {
            let clause =
                condition.kind == .when ? condition.body : Expr(.not(condition.body), span: condition.body.span)
            body = body.map { Expr(.and($0, clause), span: span) } ?? clause
        }
        let scope = Expr(.and(Expr(.and(principalExpr, actionExpr), span: span), resourceExpr), span: span)
        return Expr(.and(scope, body ?? Expr(.literal(.bool(true)), span: span)), span: span)
    }

    private static func actionIn(_ uids: [EntityUID], _ actionVar: Expr, _ span: SourceSpan?) -> Expr {
        let set = Expr(.set(uids.map { Expr(.literal(.entity($0)), span: span) }), span: span)
        return Expr(.binary(.in, actionVar, set), span: span)
    }

    private static func scopeExpr(_ scope: ScopeConstraint, _ variable: Variable, _ span: SourceSpan?) -> Expr {
        let variableExpr = Expr(.variable(variable), span: span)
        func reference(_ ref: EntityReference) -> Expr {
            switch ref {
            case .entity(let uid): Expr(.literal(.entity(uid)), span: span)
            case .slot(let slot): Expr(.slot(slot), span: span)
            }
        }
        switch scope {
        case .any: return Expr(.literal(.bool(true)), span: span)
        case .equal(let ref): return Expr(.binary(.equal, variableExpr, reference(ref)), span: span)
        case .in(let ref): return Expr(.binary(.in, variableExpr, reference(ref)), span: span)
        case .is(let type): return Expr(.isEntityType(variableExpr, type), span: span)
        case .isIn(let type, let ref):
            return Expr(
                .and(
                    Expr(.isEntityType(variableExpr, type), span: span),
                    Expr(.binary(.in, variableExpr, reference(ref)), span: span)), span: span)
        }
    }
}
