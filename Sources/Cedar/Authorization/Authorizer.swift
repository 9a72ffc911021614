/// Decides requests against a fixed policy set, as Rust Cedar 4.x does.
///
/// A policy is satisfied when its scope matches and every `when` holds and no `unless` does. A policy whose
/// evaluation errors is skipped and reported in the response's errors. The request is denied if any forbid
/// is satisfied (those forbids are the reasons), else allowed if any permit is (those permits are the
/// reasons), else denied with no reasons.
///
/// The initializer indexes the policies by scope so each request evaluates only the policies whose scope can
/// match it; the result is the same as evaluating every policy.
public struct Authorizer: Sendable {
    /// The static and linked policies, in policy-set order.
    public let policies: [Policy]
    private let entries: [Entry]
    private let wordCount: Int
    private let principals: ScopeIndex
    private let actions: ScopeIndex
    private let resources: ScopeIndex

    /// What a request needs of one policy once the index has chosen it.
    private struct Entry: Sendable {
        var id: String
        var isForbid: Bool
        /// Whether the index alone decides the scope (false for `is T in E` and slots, checked in full).
        var scopeIsIndexed: Bool
        var conditions: [Condition]
    }

    /// An authorizer for the static and linked policies of `policySet`, indexed by scope.
    public init(_ policySet: PolicySet) {
        policies = policySet.policies
        wordCount = (policies.count + 63) / 64
        var principals = ScopeIndex(wordCount: wordCount)
        var actions = ScopeIndex(wordCount: wordCount)
        var resources = ScopeIndex(wordCount: wordCount)
        var entries: [Entry] = []
        entries.reserveCapacity(policies.count)
        for (i, policy) in policies.enumerated() {
            principals.add(i, policy.principal)
            actions.add(i, policy.action)
            resources.add(i, policy.resource)
            let indexed = Self.isIndexedExactly(policy.principal) && Self.isIndexedExactly(policy.resource)
            entries.append(
                Entry(
                    id: policy.id, isForbid: policy.effect == .forbid, scopeIsIndexed: indexed,
                    conditions: policy.conditions))
        }
        self.principals = principals
        self.actions = actions
        self.resources = resources
        self.entries = entries
    }

    private static func isIndexedExactly(_ scope: ScopeConstraint) -> Bool {
        switch scope {
        case .any, .equal(.entity), .in(.entity), .is: true
        case .isIn, .equal(.slot), .in(.slot): false
        }
    }

    /// The decision for `request` given `entities`.
    public func isAuthorized(_ request: Request, entities: Entities) -> Response {
        let evaluator = Evaluator(request: request, entities: entities)
        var forbids: [String] = []
        var permits: [String] = []
        var errors: [PolicyEvaluationError] = []
        if wordCount > 0 {
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * wordCount) { scratch in
                let p = UnsafeMutableBufferPointer(rebasing: scratch[0..<wordCount])
                let a = UnsafeMutableBufferPointer(rebasing: scratch[wordCount..<2 * wordCount])
                let r = UnsafeMutableBufferPointer(rebasing: scratch[(2 * wordCount)...])
                principals.mark(request.principal, entities: entities, into: p)
                actions.mark(request.action, entities: entities, into: a)
                resources.mark(request.resource, entities: entities, into: r)
                for w in 0..<wordCount {
                    var bits = p[w] & a[w] & r[w]
                    while bits != 0 {
                        let i = w &* 64 &+ bits.trailingZeroBitCount
                        bits &= bits &- 1
                        let entry = entries[i]
                        do throws(EvaluationError) {
                            let satisfied: Bool
                            if entry.scopeIsIndexed {
                                satisfied = try evaluator.conditionsHold(entry.conditions)
                            } else {
                                satisfied = try evaluator.isSatisfied(policies[i])
                            }
                            if satisfied {
                                if entry.isForbid { forbids.append(entry.id) } else { permits.append(entry.id) }
                            }
                        } catch {
                            errors.append(PolicyEvaluationError(policyID: entry.id, error: error))
                        }
                    }
                }
            }
        }
        if !forbids.isEmpty { return Response(decision: .deny, reasons: forbids, errors: errors) }
        if !permits.isEmpty { return Response(decision: .allow, reasons: permits, errors: errors) }
        return Response(decision: .deny, reasons: [], errors: errors)
    }
}
