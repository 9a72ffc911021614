import Testing

@testable import Cedar

func policy(
    _ id: String, _ effect: Effect, principal: ScopeConstraint = .any, action: ActionConstraint = .any,
    resource: ScopeConstraint = .any, when: [Expr] = [], unless: [Expr] = []
) -> Policy {
    Policy(
        id: id, effect: effect, principal: principal, action: action, resource: resource,
        conditions: when.map { Condition(.when, $0) } + unless.map { Condition(.unless, $0) })
}

func policySet(_ policies: [Policy]) throws -> PolicySet {
    var set = PolicySet()
    for policy in policies { try set.add(policy) }
    return set
}

/// Rust Cedar's authorizer, literally: evaluate every policy's whole condition expression.
func naiveAuthorization(_ policies: [Policy], _ request: Request, _ entities: Entities) -> Response {
    let evaluator = Evaluator(request: request, entities: entities)
    var forbids: [String] = []
    var permits: [String] = []
    var errors: [PolicyEvaluationError] = []
    for policy in policies {
        do {
            if try evaluator.evaluate(policy.conditionExpression) == .bool(true) {
                if policy.effect == .forbid { forbids.append(policy.id) } else { permits.append(policy.id) }
            }
        } catch {
            errors.append(PolicyEvaluationError(policyID: policy.id, error: error))
        }
    }
    if !forbids.isEmpty { return Response(decision: .deny, reasons: forbids, errors: errors) }
    if !permits.isEmpty { return Response(decision: .allow, reasons: permits, errors: errors) }
    return Response(decision: .deny, reasons: [], errors: errors)
}

@Suite struct AuthorizerTests {
    let view = uid("Action", "view")
    let failing = attr(variable(.principal), "salary")

    func decide(_ policies: [Policy], _ request: Request = aliceRequest) throws -> Response {
        Authorizer(try policySet(policies)).isAuthorized(request, entities: world)
    }

    @Test func theConditionExpressionIsBuiltAsRustBuildsIt() throws {
        let policy = try #require(
            try PolicySet(
                parsing:
                    #"permit(principal == User::"a", action in Action::"g", resource) when { context.w } unless { context.u };"#
            ).policies.first)
        let expected = try Expr(
            parsing: #"((principal == User::"a" && action in [Action::"g"]) && true) && (context.w && !context.u)"#)
        #expect(policy.conditionExpression == expected)
        let bare = Policy(id: "p", effect: .permit)
        #expect(bare.conditionExpression == (try Expr(parsing: "((true && true) && true) && true")))
    }

    @Test func noPoliciesDenies() throws {
        let response = try decide([])
        #expect(response == Response(decision: .deny, reasons: [], errors: []))
    }

    @Test func satisfiedPermitsAllowWithThemAsReasons() throws {
        let response = try decide([
            policy("p1", .permit),
            policy("p2", .permit, principal: .in(.entity(uid("Group", "org")))),
            policy("p3", .permit, principal: .equal(.entity(uid("User", "bob")))),
        ])
        #expect(response.decision == .allow)
        #expect(response.reasons == ["p1", "p2"])
        #expect(response.errors.isEmpty)
    }

    @Test func forbidOverridesPermit() throws {
        let response = try decide([
            policy("p", .permit),
            policy("f", .forbid, resource: .is(Name("Doc"))),
            policy("f2", .forbid, when: [bool(false)]),
        ])
        #expect(response == Response(decision: .deny, reasons: ["f"], errors: []))
    }

    @Test func erroringForbidIsSkippedAndReported() throws {
        let response = try decide([policy("p", .permit), policy("f", .forbid, when: [failing])])
        #expect(response.decision == .allow)
        #expect(response.reasons == ["p"])
        #expect(response.errors.map(\.policyID) == ["f"])
        #expect(response.errors.first?.error.code == .attributeNotFound)
    }

    @Test func erroringPermitsAreReportedEvenWhenAForbidWins() throws {
        let response = try decide([
            policy("p", .permit, when: [failing]),
            policy("f", .forbid),
            policy("p2", .permit, unless: [long(1)]),
        ])
        #expect(response.decision == .deny)
        #expect(response.reasons == ["f"])
        #expect(response.errors.map(\.policyID) == ["p", "p2"])
        #expect(response.errors.last?.error.message == "type error: expected bool, got long")
    }

    @Test func onlyErrorsMeansDenyWithoutReasons() throws {
        let response = try decide([policy("p", .permit, when: [failing])])
        #expect(response.decision == .deny)
        #expect(response.reasons.isEmpty)
        #expect(response.errors.count == 1)
    }

    @Test func whenAndUnlessClausesAreCombined() throws {
        let adult = bin(.greaterOrEqual, attr(variable(.principal), "age"), long(18))
        let response = try decide([
            policy("both", .permit, when: [adult], unless: [bool(false)]),
            policy("unlessTrue", .permit, when: [adult], unless: [bool(true)]),
            // The unless clause is never reached once a when is false, so it cannot error.
            policy("shortCircuit", .permit, when: [bool(false)], unless: [failing]),
        ])
        #expect(response == Response(decision: .allow, reasons: ["both"], errors: []))
    }

    @Test func scopeKinds() throws {
        let policies = [
            policy("eq", .permit, principal: .equal(.entity(uid("User", "alice")))),
            policy("inSelf", .permit, principal: .in(.entity(uid("User", "alice")))),
            policy("inTeam", .permit, principal: .in(.entity(uid("Group", "team")))),
            policy("is", .permit, principal: .is(Name("User"))),
            policy("isWrong", .permit, principal: .is(Name("Group"))),
            policy("isIn", .permit, principal: .isIn(Name("User"), .entity(uid("Group", "org")))),
            policy("isInWrongType", .permit, principal: .isIn(Name("Group"), .entity(uid("Group", "org")))),
            policy("actionEq", .permit, action: .equal(view)),
            policy("actionOther", .permit, action: .equal(uid("Action", "edit"))),
            policy("actionList", .permit, action: .inList([uid("Action", "edit"), view])),
            policy("resourceEq", .permit, resource: .equal(.entity(uid("Doc", "d")))),
            policy("resourceIn", .permit, resource: .in(.entity(uid("Folder", "f")))),
        ]
        let response = try decide(policies)
        #expect(
            response.reasons == ["eq", "inSelf", "inTeam", "is", "isIn", "actionEq", "actionList", "resourceEq"])
    }

    @Test func actionGroupsAreHierarchical() throws {
        let entities = Entities([Entity(uid: view, parents: [uid("Action", "read")])])
        let authorizer = Authorizer(try policySet([policy("read", .permit, action: .in(uid("Action", "read")))]))
        #expect(authorizer.isAuthorized(aliceRequest, entities: entities).decision == .allow)
        #expect(authorizer.isAuthorized(aliceRequest, entities: world).decision == .deny)
    }

    @Test func linkedTemplates() throws {
        var set = PolicySet()
        let template = policy("t", .permit, principal: .in(.slot(.principal)), resource: .equal(.slot(.resource)))
        try set.addTemplate(template)
        try set.link(
            templateID: "t", newID: "org-d", values: [.principal: uid("Group", "org"), .resource: uid("Doc", "d")])
        try set.link(
            templateID: "t", newID: "org-e", values: [.principal: uid("Group", "org"), .resource: uid("Doc", "e")])
        let response = Authorizer(set).isAuthorized(aliceRequest, entities: world)
        #expect(response == Response(decision: .allow, reasons: ["org-d"], errors: []))
    }

    @Test func indexedAuthorizerEqualsEvaluatingEveryPolicy() throws {
        var rng = SplitMix64(seed: 0x5EED)
        var allows = 0
        var forbidden = 0
        var errored = 0
        defer {
            // The generated cases must exercise every outcome, or the comparison proves little.
            #expect(allows > 100 && forbidden > 100 && errored > 100, "\(allows) \(forbidden) \(errored)")
        }
        for round in 0..<40 {
            let universe = RandomUniverse(&rng)
            var set = PolicySet()
            for i in 0..<Int.random(in: 1...60, using: &rng) { try set.add(universe.policy("p\(i)", &rng)) }
            let authorizer = Authorizer(set)
            for _ in 0..<50 {
                let request = universe.request(&rng)
                let indexed = authorizer.isAuthorized(request, entities: universe.entities)
                let naive = naiveAuthorization(set.policies, request, universe.entities)
                #expect(indexed == naive, "round \(round), request \(request)")
                if indexed.decision == .allow { allows += 1 } else if !indexed.reasons.isEmpty { forbidden += 1 }
                if !indexed.errors.isEmpty { errored += 1 }
                if indexed != naive { return }
            }
        }
    }
}

/// A deterministic random number generator, so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random entities (with cycles and missing entities), policies of every scope kind and requests.
struct RandomUniverse {
    let users = (0..<6).map { uid("User", "u\($0)") }
    let groups = (0..<4).map { uid("Group", "g\($0)") }
    let docs = (0..<5).map { uid("Doc", "d\($0)") }
    let folders = (0..<3).map { uid("Folder", "f\($0)") }
    let actions = (0..<4).map { uid("Action", "a\($0)") }
    let actionGroups = (0..<2).map { uid("Action", "group\($0)") }
    let entities: Entities

    init(_ rng: inout SplitMix64) {
        var list: [Entity] = []
        func some(_ pool: [EntityUID], _ rng: inout SplitMix64) -> Set<EntityUID> {
            Set(pool.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 })
        }
        // The last user and document are left out of the store.
        for user in users.dropLast() {
            var attributes: [String: Value] = [:]
            if Bool.random(using: &rng) { attributes["level"] = .long(Int64.random(in: 0...5, using: &rng)) }
            list.append(Entity(uid: user, attributes: attributes, parents: some(groups, &rng)))
        }
        for group in groups { list.append(Entity(uid: group, parents: some(groups, &rng))) }
        for doc in docs.dropLast() {
            var tags: [String: Value] = [:]
            if Bool.random(using: &rng) { tags["t"] = .long(Int64.random(in: 0...1, using: &rng)) }
            let owner = users.randomElement(using: &rng)!
            list.append(
                Entity(uid: doc, attributes: ["owner": .entity(owner)], parents: some(folders, &rng), tags: tags))
        }
        for folder in folders { list.append(Entity(uid: folder, parents: some(folders, &rng))) }
        for action in actions { list.append(Entity(uid: action, parents: some(actionGroups, &rng))) }
        entities = Entities(list)
    }

    func scope(_ members: [EntityUID], _ groups: [EntityUID], _ types: [String], _ rng: inout SplitMix64)
        -> ScopeConstraint
    {
        let all = members + groups
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: return .any
        case 1: return .equal(.entity(all.randomElement(using: &rng)!))
        case 2: return .in(.entity(all.randomElement(using: &rng)!))
        case 3: return .is(Name(types.randomElement(using: &rng)!))
        default: return .isIn(Name(types.randomElement(using: &rng)!), .entity(groups.randomElement(using: &rng)!))
        }
    }

    func condition(_ rng: inout SplitMix64) -> Expr {
        let p = variable(.principal)
        let r = variable(.resource)
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return bin(.greater, attr(p, "level"), long(Int64.random(in: 0...5, using: &rng)))
        case 1: return bin(.equal, attr(r, "owner"), p)
        case 2: return attr(variable(.context), "flag")
        case 3: return has(r, "owner")
        case 4: return bin(.equal, bin(.getTag, r, str("t")), long(1))
        case 5: return bin(.hasTag, r, str("t"))
        case 6: return bin(.in, p, ent("Group", "g\(Int.random(in: 0..<4, using: &rng))"))
        case 7: return and(has(p, "level"), bin(.lessOrEqual, attr(p, "level"), long(2)))
        case 8: return bool(Bool.random(using: &rng))
        default: return bin(.in, r, set(folders.map { lit(.entity($0)) }))
        }
    }

    func policy(_ id: String, _ rng: inout SplitMix64) -> Policy {
        let action: ActionConstraint
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: action = .any
        case 1: action = .equal(actions.randomElement(using: &rng)!)
        case 2: action = .in((actions + actionGroups).randomElement(using: &rng)!)
        default: action = .inList(Array((actions + actionGroups).shuffled(using: &rng).prefix(2)))
        }
        let conditions = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
            Condition(Bool.random(using: &rng) ? .when : .unless, condition(&rng))
        }
        return Policy(
            id: id, effect: Int.random(in: 0..<3, using: &rng) == 0 ? .forbid : .permit,
            principal: scope(users, groups, ["User", "Group"], &rng), action: action,
            resource: scope(docs, folders, ["Doc", "Folder"], &rng), conditions: conditions)
    }

    func request(_ rng: inout SplitMix64) -> Request {
        let context: [String: Value] = Bool.random(using: &rng) ? ["flag": .bool(Bool.random(using: &rng))] : [:]
        return Request(
            principal: (users + groups).randomElement(using: &rng)!,
            action: (actions + actionGroups).randomElement(using: &rng)!,
            resource: (docs + folders).randomElement(using: &rng)!, context: context)
    }
}
