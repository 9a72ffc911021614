import Testing

@testable import Cedar

/// Bugs the schema differential test found, each kept as a small case that fails without its fix.
@Suite struct SchemaDifferentialRegressionTests {
    /// A membership cycle `T0 in T1 in … in T7 in T0`, with `T7` also in `Top`: every `Ti` may be in `Top`.
    /// (The closure used to memoize ancestor sets cut short at the cycle, so the answer depended on the
    /// order the types were visited in, which Swift's hashing randomizes.)
    @Test func descendantTypesFollowMembershipCycles() throws {
        let ring = (0..<8).map { Name("T\($0)") }
        var types: [Name: EntityTypeDefinition] = [Name("Top"): EntityTypeDefinition(name: Name("Top"))]
        for (index, name) in ring.enumerated() {
            var parents: Set<Name> = [ring[(index + 1) % ring.count]]
            if index == ring.count - 1 { parents.insert(Name("Top")) }
            types[name] = EntityTypeDefinition(name: name, memberOfTypes: parents)
        }
        let prepared = ValidatorSchema(Schema(entityTypes: types))
        #expect(prepared.descendantTypes[Name("Top")] == Set(ring))
        for name in ring { #expect(prepared.descendantTypes[name] == Set(ring)) }
    }

    /// The symptom: `principal in User::"x"` admits `Doc` principals (`Doc in Folder in Device in User`, with
    /// `Folder in Doc` closing a cycle), so reading an attribute only `Device` has is an error.
    @Test func scopeInThroughACycleKeepsEveryPrincipalType() throws {
        let schema = try Schema(
            cedarSchema: """
                entity User;
                entity Doc in [Folder];
                entity Folder in [Device, Doc];
                entity Device in [User] { level: Long };
                action edit appliesTo { principal: [Device, Doc], resource: [Device] };
                """)
        let policies = try PolicySet(
            parsing: "permit(principal in User::\"x\", action, resource) when { principal.level > 1 };")
        let result = Validator(schema: schema).validate(policies)
        #expect(result.errors.map(\.policyID) == ["policy0"])
        #expect(result.errors.first?.kind == .unsafeAttributeAccess)
    }
}
