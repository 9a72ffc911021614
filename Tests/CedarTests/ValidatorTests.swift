import Testing

@testable import Cedar

/// Hand-built schemas and policies: `User in Group`, `Photo` with string tags, enumerated `Color`,
/// and actions `view` (User → Photo, context `{ip: String}`) in group `all`, and `admin` with no appliesTo.
enum ValidatorFixture {
    static let user = Name("User")
    static let group = Name("Group")
    static let photo = Name("Photo")
    static let color = Name("Color")
    static let view = EntityUID(type: Name("Action"), id: "view")
    static let all = EntityUID(type: Name("Action"), id: "all")

    static let schema = Schema(
        entityTypes: [
            user: EntityTypeDefinition(
                name: user, memberOfTypes: [group],
                attributes: RecordType([
                    "name": AttributeType(.string), "age": AttributeType(.long, isRequired: false),
                    "manager": AttributeType(.entity(user)),
                ])),
            group: EntityTypeDefinition(name: group),
            photo: EntityTypeDefinition(name: photo, tags: .string),
            color: EntityTypeDefinition(name: color, enumeratedIDs: ["red", "green"]),
        ],
        actions: [
            view: ActionDefinition(
                uid: view, memberOf: [all],
                appliesTo: AppliesTo(
                    principalTypes: [user], resourceTypes: [photo],
                    context: RecordType(["ip": AttributeType(.string)]))),
            all: ActionDefinition(uid: all),
        ])

    static func variable(_ v: Variable) -> Expr { Expr(.variable(v)) }
    static func string(_ s: String) -> Expr { Expr(.literal(.string(s))) }
    static func long(_ n: Int64) -> Expr { Expr(.literal(.long(n))) }
    static func bool(_ b: Bool) -> Expr { Expr(.literal(.bool(b))) }
    static func entity(_ type: Name, _ id: String) -> Expr { Expr(.literal(.entity(EntityUID(type: type, id: id)))) }
    static func get(_ e: Expr, _ a: String) -> Expr { Expr(.getAttribute(e, a)) }
    static func has(_ e: Expr, _ a: String) -> Expr { Expr(.hasAttribute(e, a)) }
    static func and(_ a: Expr, _ b: Expr) -> Expr { Expr(.and(a, b)) }
    static func binary(_ op: BinaryOperator, _ a: Expr, _ b: Expr) -> Expr { Expr(.binary(op, a, b)) }

    static func validate(
        when body: Expr? = nil, principal: ScopeConstraint = .any, action: ActionConstraint = .any,
        resource: ScopeConstraint = .any
    ) throws -> ValidationResult {
        let policy = Policy(
            id: "p", effect: .permit, principal: principal, action: action, resource: resource,
            conditions: body.map { [Condition(.when, $0)] } ?? [])
        var set = PolicySet()
        if policy.isTemplate { try set.addTemplate(policy) } else { try set.add(policy) }
        return Validator(schema: schema).validate(set)
    }
}

@Suite struct ValidatorTypingTests {
    typealias F = ValidatorFixture

    @Test func trivialPolicyValidates() throws {
        let result = try F.validate()
        #expect(result.isValid, "\(result)")
    }

    @Test func requiredAttributeAccessValidates() throws {
        let result = try F.validate(when: F.binary(.equal, F.get(F.variable(.principal), "name"), F.string("a")))
        #expect(result.isValid, "\(result)")
    }

    @Test func optionalAttributeNeedsHas() throws {
        let age = F.get(F.variable(.principal), "age")
        let unguarded = try F.validate(when: F.binary(.greater, age, F.long(3)))
        #expect(unguarded.errors.map(\.kind) == [.unsafeOptionalAttributeAccess])
        #expect(unguarded.errors.first?.policyID == "p")
        let guarded = try F.validate(
            when: F.and(F.has(F.variable(.principal), "age"), F.binary(.greater, age, F.long(3))))
        #expect(guarded.isValid, "\(guarded)")
    }

    @Test func unknownAttributeIsAnError() throws {
        let result = try F.validate(when: F.binary(.equal, F.get(F.variable(.principal), "nam"), F.string("a")))
        #expect(result.errors.map(\.kind) == [.unsafeAttributeAccess])
        #expect(result.errors.first?.help == "did you mean `name`?")
    }

    @Test func emptySetLiteralIsForbidden() throws {
        let result = try F.validate(
            when: Expr(.extensionCall(name: "isEmpty", arguments: [Expr(.set([]))], isMethod: true)))
        #expect(result.errors.map(\.kind) == [.emptySetForbidden])
    }

    @Test func mixedEntityTypesInASetAreIncompatible() throws {
        let set = Expr(.set([F.entity(F.user, "a"), F.entity(F.group, "g")]))
        let result = try F.validate(when: F.binary(.contains, set, F.variable(.principal)))
        #expect(result.errors.map(\.kind) == [.incompatibleTypes])
    }

    @Test func falseShortCircuitsIllTypedRight() throws {
        let illTyped = F.binary(.add, F.string("a"), F.long(1))
        #expect(try F.validate(when: F.and(F.bool(false), illTyped)).isValid)
        // As in Rust, both the operand and the non-boolean `+` are reported.
        let errors = try F.validate(when: F.and(F.bool(true), illTyped)).errors
        #expect(
            errors.map(\.message) == [
                "unexpected type: expected Long but saw String", "unexpected type: expected Bool but saw Long",
            ])
    }

    @Test func equalityOfLiteralsIsDecidedButOfUnrelatedTypesIsNot() throws {
        #expect(try F.validate(when: F.binary(.equal, F.long(1), F.string("a"))).isValid)
        let ip = F.get(F.variable(.context), "ip")
        let result = try F.validate(when: F.binary(.equal, ip, F.long(1)))
        #expect(result.errors.map(\.kind) == [.incompatibleTypes])
        #expect(try F.validate(when: F.binary(.equal, F.variable(.principal), F.entity(F.photo, "x"))).isValid)
    }

    @Test func tagsNeedHasTag() throws {
        let resource = F.variable(.resource)
        let getTag = F.binary(.getTag, resource, F.string("t"))
        let unguarded = try F.validate(when: F.binary(.equal, getTag, F.string("v")))
        #expect(unguarded.errors.map(\.kind) == [.unsafeTagAccess])
        let guarded = try F.validate(
            when: F.and(F.binary(.hasTag, resource, F.string("t")), F.binary(.equal, getTag, F.string("v"))))
        #expect(guarded.isValid, "\(guarded)")
    }

    @Test func ifWithIncompatibleBranchesIsAnError() throws {
        let ite = Expr(.ifThenElse(F.has(F.variable(.principal), "age"), then: F.long(1), else: F.string("x")))
        let result = try F.validate(when: F.binary(.equal, ite, F.long(1)))
        #expect(result.errors.map(\.kind).contains(.incompatibleTypes))
    }

    @Test func extensionConstructorNeedsLiteral() throws {
        let call = Expr(.extensionCall(name: "ip", arguments: [F.get(F.variable(.context), "ip")], isMethod: false))
        let result = try F.validate(when: Expr(.extensionCall(name: "isIpv4", arguments: [call], isMethod: true)))
        #expect(result.errors.map(\.kind) == [.nonLiteralExtensionConstructor])
    }
}

@Suite struct ValidatorScopeTests {
    typealias F = ValidatorFixture

    @Test func unknownEntityTypeInScope() throws {
        let result = try F.validate(principal: .equal(.entity(EntityUID(type: Name("Usr"), id: "a"))))
        #expect(result.errors.map(\.kind).contains(.unrecognizedEntityType))
        #expect(result.errors.first?.help == "did you mean `User`?")
    }

    @Test func unknownActionAndNoApplicableAction() throws {
        let result = try F.validate(action: .equal(EntityUID(type: Name("Action"), id: "edit")))
        #expect(Set(result.errors.map(\.kind)) == [.unrecognizedActionID, .invalidActionApplication])
    }

    @Test func scopeTypesImpossibleForTheAction() throws {
        let result = try F.validate(action: .equal(F.view), resource: .is(F.user))
        #expect(result.errors.map(\.kind) == [.invalidActionApplication])
        #expect(try F.validate(action: .in(F.all), resource: .is(F.photo)).isValid)
    }

    @Test func enumeratedEntityIdsMustBeDeclared() throws {
        let bad = try F.validate(when: F.binary(.equal, F.entity(F.color, "blue"), F.entity(F.color, "red")))
        #expect(bad.errors.map(\.kind) == [.invalidEnumEntity])
    }

    @Test func templatesAreTypecheckedPerSlotType() throws {
        let ok = try F.validate(
            when: F.binary(.equal, F.get(F.variable(.principal), "name"), F.string("x")),
            principal: .in(.slot(.principal)))
        #expect(ok.isValid, "\(ok)")
        let bad = try F.validate(
            when: F.binary(.equal, F.get(Expr(.slot(.principal)), "name"), F.string("x")),
            principal: .in(.slot(.principal)))
        #expect(bad.errors.map(\.kind) == [.unsafeAttributeAccess])
    }

    @Test func impossiblePolicyIsOnlyAWarning() throws {
        let result = try F.validate(when: F.binary(.in, F.variable(.principal), F.entity(F.photo, "x")))
        #expect(result.isValid)
        #expect(result.warnings.map(\.kind) == [.impossiblePolicy])
    }
}
