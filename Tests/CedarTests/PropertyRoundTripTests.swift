import Cedar
import PropertyBased
import Testing

/// Printing and parsing are inverses on generated expressions and policies, in Cedar text and in the JSON policy
/// format, and the formatter is idempotent.
@Suite struct PropertyRoundTripTests {
    /// Equal policies apart from their ids and where they were written.
    static func same(_ a: Policy, _ b: Policy) -> Bool {
        var (a, b) = (a, b)
        (a.id, a.span, b.id, b.span) = ("", nil, "", nil)
        return a == b
    }

    @Test func expressionsPrintAndParseBack() async {
        await propertyCheck(count: 300, input: CedarGen.expressions) { expr in
            let printed = expr.description
            let reparsed = try? Expr(parsing: printed)
            #expect(reparsed == expr, "printed as \(printed), reparsed as \(reparsed?.description ?? "an error")")
        }
    }

    @Test func policiesPrintAndParseBack() async {
        await propertyCheck(count: 200, input: CedarGen.policies) { policy in
            let printed = policy.description
            let reparsed = try? PolicyParser.parsePolicies(printed)
            #expect(reparsed?.count == 1, "printed as \(printed)")
            guard let back = reparsed?.first else { return }
            #expect(Self.same(back, policy) == true, "printed as \(printed)\nreparsed as \(back)")
            #expect(back.annotations.map(\.hasValue) == policy.annotations.map(\.hasValue))
        }
    }

    @Test func policiesGoThroughTheJSONFormat() async throws {
        await propertyCheck(count: 200, input: CedarGen.policies) { policy in
            let json = policy.jsonRepresentation()
            let text = json.serialized()
            let back = try Policy(json: try JSONParser.parse(text), id: policy.id)
            #expect(back.jsonRepresentation() == json, "written as \(text)")
            // A policy read from JSON prints as Cedar text that parses back to it.
            let reparsed = try PolicyParser.parsePolicies(back.description)
            #expect(reparsed.count == 1 && Self.same(reparsed[0], back), "printed as \(back.description)")
        }
    }

    @Test func policySetsGoThroughTheJSONFormat() async throws {
        let sets = Generator<[Policy], Shrink.None<[Policy]>> { rng in
            (0..<Int.random(in: 0...4, using: &rng)).map { CedarGen.policy(&rng, id: "p\($0)") }
        }
        await propertyCheck(count: 50, input: sets) { policies in
            var set = PolicySet()
            for policy in policies {
                if policy.isTemplate { try set.addTemplate(policy) } else { try set.add(policy) }
            }
            let json = set.jsonRepresentation()
            let back = try PolicySet(json: json.serialized(pretty: true))
            #expect(back.jsonRepresentation() == json)
            #expect(back.policies.count == set.policies.count && back.templates.count == set.templates.count)
        }
    }

    @Test func formattingIsIdempotent() async throws {
        let sources = Generator<String, Shrink.None<String>> { rng in
            var text = ""
            for i in 0..<Int.random(in: 0...3, using: &rng) {
                if CedarGen.chance(0.4, &rng) { text += "// note \(i)\n" }
                text += CedarGen.policy(&rng, id: "policy\(i)").description
                text += CedarGen.chance(0.3, &rng) ? " // trailing\n\n" : "\n"
            }
            return text
        }
        await propertyCheck(count: 100, input: sources) { source in
            let once = try PolicyFormatter.format(source)
            let twice = try PolicyFormatter.format(once)
            #expect(twice == once)
            let before = try PolicyParser.parsePolicies(source)
            let after = try PolicyParser.parsePolicies(once)
            #expect(before.count == after.count && zip(before, after).allSatisfy(Self.same))
        }
    }
}
