/// An authorization request: who (principal) wants to do what (action) to what (resource), in which context.
public struct Request: Hashable, Sendable {
    public var principal: EntityUID
    public var action: EntityUID
    public var resource: EntityUID
    /// The context record.
    public var context: [String: Value]

    public init(principal: EntityUID, action: EntityUID, resource: EntityUID, context: [String: Value] = [:]) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
    }
}

public enum Decision: String, Hashable, Sendable {
    case allow, deny
}

/// The authorizer's answer.
public struct Response: Hashable, Sendable {
    public var decision: Decision
    /// Ids of the policies that determined the decision: the satisfied forbids when denied by a forbid,
    /// the satisfied permits when allowed, empty when denied because no permit applied.
    public var reasons: [String]
    /// Policies whose evaluation errored (they are skipped, as Cedar specifies), with the error.
    public var errors: [PolicyEvaluationError]

    public init(decision: Decision, reasons: [String], errors: [PolicyEvaluationError]) {
        self.decision = decision
        self.reasons = reasons
        self.errors = errors
    }
}

public struct PolicyEvaluationError: Hashable, Sendable {
    public var policyID: String
    public var error: EvaluationError

    public init(policyID: String, error: EvaluationError) {
        self.policyID = policyID
        self.error = error
    }
}
