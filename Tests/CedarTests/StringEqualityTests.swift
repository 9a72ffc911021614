import Cedar
import Testing

/// Cedar strings are compared by bytes, as in Rust Cedar: canonically equivalent but different strings differ.
@Suite struct StringEqualityTests {
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"

    @Test func canonicallyEquivalentStringsAreDifferentValues() throws {
        #expect(composed == decomposed)  // Swift's own String equality…
        #expect(Value.string(composed) != Value.string(decomposed))  // …is not Cedar's.
        #expect(Set([Value.string(composed), Value.string(decomposed)]).count == 2)
        let policies = try PolicySet(
            parsing: "permit(principal, action, resource) when { context.name == \"\(composed)\" };")
        let uid = EntityUID(type: Name("U"), id: "u")
        let authorizer = Authorizer(policies)
        let exact = Request(principal: uid, action: uid, resource: uid, context: ["name": .string(composed)])
        let lookalike = Request(principal: uid, action: uid, resource: uid, context: ["name": .string(decomposed)])
        #expect(authorizer.isAuthorized(exact, entities: Entities()).decision == .allow)
        #expect(authorizer.isAuthorized(lookalike, entities: Entities()).decision == .deny)
    }

    @Test func entityIdsCompareByBytes() {
        let a = EntityUID(type: Name("U"), id: composed)
        let b = EntityUID(type: Name("U"), id: decomposed)
        #expect(a != b)
        #expect(Entities([Entity(uid: a)])[b] == nil)
    }
}
