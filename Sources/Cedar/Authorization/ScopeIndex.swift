/// The policies of a set grouped by one part of their scope (principal, action or resource), so that the
/// policies a request's entity can match are found without looking at the others.
struct ScopeIndex: Sendable {
    /// Policies whose constraint matches every entity (`principal`, or an unfillable slot left for the
    /// evaluator to report), as a bit set.
    private(set) var unconstrained: [UInt64]
    /// Policies by the entity their constraint names.
    private(set) var byEntity: [EntityUID: Buckets] = [:]
    /// `is T`: policy numbers by `T`.
    private(set) var byType: [Name: [Int]] = [:]

    struct Buckets: Sendable {
        /// `== E`
        var equal: [Int] = []
        /// `in E`, `is T in E`, `action in [E, …]`
        var member: [Int] = []
    }

    init(wordCount: Int) {
        unconstrained = Array(repeating: 0, count: wordCount)
    }

    mutating func add(_ policy: Int, _ scope: ScopeConstraint) {
        switch scope {
        case .any, .equal(.slot), .in(.slot), .isIn(_, .slot): setBit(policy, in: &unconstrained)
        case .equal(.entity(let uid)): byEntity[uid, default: Buckets()].equal.append(policy)
        case .in(.entity(let uid)), .isIn(_, .entity(let uid)): byEntity[uid, default: Buckets()].member.append(policy)
        case .is(let name): byType[name, default: []].append(policy)
        }
    }

    mutating func add(_ policy: Int, _ scope: ActionConstraint) {
        switch scope {
        case .any: setBit(policy, in: &unconstrained)
        case .equal(let uid): byEntity[uid, default: Buckets()].equal.append(policy)
        case .in(let uid): byEntity[uid, default: Buckets()].member.append(policy)
        case .inList(let uids): for uid in Set(uids) { byEntity[uid, default: Buckets()].member.append(policy) }
        }
    }

    /// Overwrites `bits` with the set of policies whose constraint can match `uid`.
    func mark(_ uid: EntityUID, entities: Entities, into bits: UnsafeMutableBufferPointer<UInt64>) {
        for w in 0..<unconstrained.count { bits[w] = unconstrained[w] }
        if !byType.isEmpty, let list = byType[uid.type] { Self.set(list, in: bits) }
        guard !byEntity.isEmpty else { return }
        if let buckets = byEntity[uid] {
            Self.set(buckets.equal, in: bits)
            Self.set(buckets.member, in: bits)
        }
        guard let ancestors = entities.ancestors[uid], !ancestors.isEmpty else { return }
        if ancestors.count <= byEntity.count {
            for ancestor in ancestors {
                if let buckets = byEntity[ancestor] { Self.set(buckets.member, in: bits) }
            }
        } else {
            for (group, buckets) in byEntity where !buckets.member.isEmpty && ancestors.contains(group) {
                Self.set(buckets.member, in: bits)
            }
        }
    }

    private static func set(_ list: [Int], in bits: UnsafeMutableBufferPointer<UInt64>) {
        for policy in list { bits[policy &>> 6] |= 1 &<< UInt64(policy & 63) }
    }

    private func setBit(_ policy: Int, in bits: inout [UInt64]) {
        bits[policy &>> 6] |= 1 &<< UInt64(policy & 63)
    }
}
