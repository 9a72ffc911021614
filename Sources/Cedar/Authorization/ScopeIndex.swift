/// The policies of a set grouped by one part of their scope (principal, action or resource), so that the
/// policies a request's entity can match are found without looking at the others.
struct ScopeIndex: Sendable {
    /// Policies whose constraint matches every entity (`principal`, or an unfillable slot left for the
    /// evaluator to report), as a bit set.
    private(set) var unconstrained: [UInt64]
    /// `== E`: policy numbers by `E`.
    private(set) var equal: [EntityUID: [Int]] = [:]
    /// `in E`, `is T in E`, `action in [E, …]`: policy numbers by `E`.
    private(set) var member: [EntityUID: [Int]] = [:]
    /// `is T`: policy numbers by `T`.
    private(set) var type: [Name: [Int]] = [:]

    init(wordCount: Int) {
        unconstrained = Array(repeating: 0, count: wordCount)
    }

    mutating func add(_ policy: Int, _ scope: ScopeConstraint) {
        switch scope {
        case .any, .equal(.slot), .in(.slot), .isIn(_, .slot): setBit(policy, in: &unconstrained)
        case .equal(.entity(let uid)): equal[uid, default: []].append(policy)
        case .in(.entity(let uid)), .isIn(_, .entity(let uid)): member[uid, default: []].append(policy)
        case .is(let name): type[name, default: []].append(policy)
        }
    }

    mutating func add(_ policy: Int, _ scope: ActionConstraint) {
        switch scope {
        case .any: setBit(policy, in: &unconstrained)
        case .equal(let uid): equal[uid, default: []].append(policy)
        case .in(let uid): member[uid, default: []].append(policy)
        case .inList(let uids): for uid in Set(uids) { member[uid, default: []].append(policy) }
        }
    }

    /// Sets in `bits` (cleared by the caller or not) every policy that can match `uid`.
    func mark(_ uid: EntityUID, entities: Entities, into bits: UnsafeMutableBufferPointer<UInt64>) {
        for w in 0..<unconstrained.count { bits[w] = unconstrained[w] }
        if !equal.isEmpty, let list = equal[uid] { Self.set(list, in: bits) }
        if !type.isEmpty, let list = type[uid.type] { Self.set(list, in: bits) }
        guard !member.isEmpty else { return }
        if let list = member[uid] { Self.set(list, in: bits) }
        guard let ancestors = entities.ancestors[uid], !ancestors.isEmpty else { return }
        if ancestors.count <= member.count {
            for ancestor in ancestors { if let list = member[ancestor] { Self.set(list, in: bits) } }
        } else {
            for (group, list) in member where ancestors.contains(group) { Self.set(list, in: bits) }
        }
    }

    private static func set(_ list: [Int], in bits: UnsafeMutableBufferPointer<UInt64>) {
        for policy in list { bits[policy &>> 6] |= 1 &<< UInt64(policy & 63) }
    }

    private func setBit(_ policy: Int, in bits: inout [UInt64]) {
        bits[policy &>> 6] |= 1 &<< UInt64(policy & 63)
    }
}
