/// An authorization request: who (principal) wants to do what (action) to what (resource), in which context.
public struct Request: Hashable, Sendable {
    /// Who is asking.
    public var principal: EntityUID
    /// What they want to do, an action entity such as `Action::"view"`.
    public var action: EntityUID
    /// What they want to do it to.
    public var resource: EntityUID
    /// The context record.
    public var context: [String: Value]

    /// A request; the context is empty by default.
    public init(principal: EntityUID, action: EntityUID, resource: EntityUID, context: [String: Value] = [:]) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
    }
}

/// The authorizer's verdict.
public enum Decision: String, Hashable, Sendable {
    case allow, deny
}

/// The authorizer's answer.
public struct Response: Hashable, Sendable {
    /// Allow or deny.
    public var decision: Decision
    /// Ids of the policies that determined the decision: the satisfied forbids when denied by a forbid,
    /// the satisfied permits when allowed, empty when denied because no permit applied.
    public var reasons: [String]
    /// Policies whose evaluation errored (they are skipped, as Cedar specifies), with the error.
    public var errors: [PolicyEvaluationError]

    /// A response with its decision, reasons and errors.
    public init(decision: Decision, reasons: [String], errors: [PolicyEvaluationError]) {
        self.decision = decision
        self.reasons = reasons
        self.errors = errors
    }
}

/// A policy whose evaluation failed, and why. Cedar skips such a policy; Warden counts an erroring `forbid` as satisfied.
public struct PolicyEvaluationError: Hashable, Sendable {
    /// The id of the policy that failed.
    public var policyID: String
    /// What went wrong.
    public var error: EvaluationError

    /// The failure of `policyID` with `error`.
    public init(policyID: String, error: EvaluationError) {
        self.policyID = policyID
        self.error = error
    }
}
