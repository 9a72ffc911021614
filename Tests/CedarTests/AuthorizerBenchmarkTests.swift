import Foundation
import Testing

@testable import Cedar

/// Timing of the authorizer on realistic policy sets. Run with
/// `CEDAR_BENCHMARK=1 swift test -c release --filter AuthorizerBenchmarkTests`; it is skipped otherwise
/// because debug builds are an order of magnitude slower.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CEDAR_BENCHMARK"] != nil), .serialized)
struct AuthorizerBenchmarkTests {
    @Test(arguments: [(100, 10.0), (1000, 50.0)])
    func medianAuthorizationTime(policyCount: Int, budgetMicroseconds: Double) throws {
        var rng = SplitMix64(seed: 42)
        let world = RealisticWorld(&rng)
        var set = PolicySet()
        for i in 0..<policyCount { try set.add(world.makePolicy(i, &rng)) }
        let authorizer = Authorizer(set)
        let requests = (0..<1000).map { _ in world.request(&rng) }
        var allowed = 0
        for request in requests where authorizer.isAuthorized(request, entities: world.entities).decision == .allow {
            allowed += 1
        }
        // CPU time of this thread, so that other processes sharing the machine do not skew the result.
        func cpuSeconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
        }
        var batches: [Double] = []
        for _ in 0..<25 {
            let start = cpuSeconds()
            for request in requests { _ = authorizer.isAuthorized(request, entities: world.entities) }
            batches.append((cpuSeconds() - start) / Double(requests.count) * 1e6)
        }
        let median = batches.sorted()[batches.count / 2]
        print("\(policyCount) policies: median \(median) µs per authorization, \(allowed) of 1000 allowed")
        #expect(median <= budgetMicroseconds)
        #expect(allowed > 0 && allowed < 1000)
    }
}

/// An organisation: users in teams in departments, documents in nested folders.
struct RealisticWorld {
    let users = (0..<1000).map { uid("User", "user\($0)") }
    let teams = (0..<50).map { uid("Group", "team\($0)") }
    let departments = (0..<5).map { uid("Group", "dept\($0)") }
    let folders = (0..<200).map { uid("Folder", "folder\($0)") }
    let docs = (0..<2000).map { uid("Doc", "doc\($0)") }
    let actions = ["view", "comment", "edit", "delete"].map { uid("Action", $0) }
    let entities: Entities

    init(_ rng: inout SplitMix64) {
        var list: [Entity] = []
        for user in users {
            let parents: Set<EntityUID> = [teams.randomElement(using: &rng)!, teams.randomElement(using: &rng)!]
            list.append(
                Entity(uid: user, attributes: ["level": .long(.random(in: 0...5, using: &rng))], parents: parents))
        }
        for (i, team) in teams.enumerated() { list.append(Entity(uid: team, parents: [departments[i % 5]])) }
        for department in departments { list.append(Entity(uid: department)) }
        for (i, folder) in folders.enumerated() {
            list.append(Entity(uid: folder, parents: i < 20 ? [] : [folders[i / 10]]))
        }
        for doc in docs {
            let classification = Bool.random(using: &rng) ? "public-\(doc.id)" : "internal"
            list.append(
                Entity(
                    uid: doc,
                    attributes: [
                        "owner": .entity(users.randomElement(using: &rng)!), "classification": .string(classification),
                    ], parents: [folders.randomElement(using: &rng)!]))
        }
        entities = Entities(list)
    }

    func makePolicy(_ i: Int, _ rng: inout SplitMix64) -> Policy {
        let p = variable(.principal)
        let r = variable(.resource)
        let folder = ScopeConstraint.in(.entity(folders.randomElement(using: &rng)!))
        let id = "policy\(i)"
        if i < 3 {
            return policy(id, .forbid, when: [bin(.greater, attr(variable(.context), "risk"), long(90))])
        }
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<4:
            return policy(
                id, .permit, principal: .equal(.entity(users.randomElement(using: &rng)!)),
                action: .equal(actions[0]), resource: folder)
        case 4..<6:
            return policy(
                id, .permit, principal: .in(.entity(teams.randomElement(using: &rng)!)),
                action: .inList([actions[0], actions[1]]), resource: folder,
                when: [attr(variable(.context), "mfa")])
        case 6..<8:
            return policy(
                id, .permit, principal: .is(Name("User")), action: .equal(actions[2]), resource: folder,
                when: [bin(.equal, attr(r, "owner"), p)])
        case 8:
            return policy(
                id, .forbid, principal: .in(.entity(departments.randomElement(using: &rng)!)),
                action: .equal(actions[3]), unless: [bin(.greaterOrEqual, attr(p, "level"), long(3))])
        default:
            return policy(
                id, .permit, principal: .in(.entity(teams.randomElement(using: &rng)!)),
                resource: .equal(.entity(docs.randomElement(using: &rng)!)),
                when: [or(like(attr(r, "classification"), "public*"), bin(.greater, attr(p, "level"), long(2)))])
        }
    }

    func request(_ rng: inout SplitMix64) -> Request {
        Request(
            principal: users.randomElement(using: &rng)!, action: actions.randomElement(using: &rng)!,
            resource: docs.randomElement(using: &rng)!,
            context: ["mfa": .bool(.random(using: &rng)), "risk": .long(.random(in: 0...100, using: &rng))])
    }
}
