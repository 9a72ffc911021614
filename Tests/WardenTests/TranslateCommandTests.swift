import Foundation
import Testing

/// `warden cedar translate-policy` and `translate-schema`, both directions.
@Suite struct TranslateCommandTests {
    func translate(_ command: String, _ direction: String, _ flag: String, _ path: String) throws -> WardenRun {
        let run = try Warden.run(["cedar", command, "--direction", direction, flag, path])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        return run
    }

    func batch(policies: String, schema: String) throws -> String {
        let run = try Warden.run([
            "cedar", "authorize", "-p", policies, "-s", schema, "--entities", Warden.fixture("network.entities.json"),
            "--requests", Warden.fixture("network.requests.json"), "--format", "json",
        ])
        #expect(run.status == 0, "\(run)")
        return run.stdout
    }

    @Test func policiesRoundTripThroughJSON() throws {
        let scratch = try Scratch()
        let original = Warden.fixture("network.cedar")
        let json = try translate("translate-policy", "cedar-to-json", "-p", original)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let statics = try #require(document?["staticPolicies"] as? [String: Any], "\(json)")
        #expect(Set(statics.keys) == ["office-network", "admins-reboot", "clearance-check", "prod-connect", "policy4"])
        let jsonPath = try scratch.write(json.stdout, to: "policies.json")

        let text = try translate("translate-policy", "json-to-cedar", "-p", jsonPath)
        let textPath = try scratch.write(text.stdout, to: "roundtrip.cedar")
        let parsed = try Warden.run(["cedar", "check-parse", "-p", textPath])
        #expect(parsed.outputLines == ["parsed 5 policies and 0 templates"], "\(parsed)")

        // The same decisions, reasons and errors from the text, its JSON, and the text translated back.
        let schema = Warden.fixture("network.cedarschema")
        let expected = try batch(policies: original, schema: schema)
        #expect(expected.contains("office-network"))
        #expect(try batch(policies: jsonPath, schema: schema) == expected)
        #expect(try batch(policies: textPath, schema: schema) == expected)
        // And translating the round-tripped text gives the same JSON again.
        #expect(try translate("translate-policy", "cedar-to-json", "-p", textPath).stdout == json.stdout)
    }

    @Test func templatesRoundTripThroughJSON() throws {
        let scratch = try Scratch()
        let json = try translate("translate-policy", "cedar-to-json", "-p", Warden.fixture("template.cedar"))
        #expect(json.stdout.contains("\"?principal\""), "\(json)")
        let back = try translate(
            "translate-policy", "json-to-cedar", "-p", try scratch.write(json.stdout, to: "template.json"))
        #expect(back.stdout.contains("?resource"), "\(back)")
        let again = try translate(
            "translate-policy", "cedar-to-json", "-p", try scratch.write(back.stdout, to: "back.cedar"))
        #expect(again.stdout == json.stdout)
    }

    @Test func positionalIDsAreAvailableForJSONKeys() throws {
        let json = try Warden.run([
            "cedar", "translate-policy", "--direction", "cedar-to-json", "--positional-ids", "-p",
            Warden.fixture("network.cedar"),
        ])
        #expect(json.status == 0, "\(json)")
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let statics = try #require(document?["staticPolicies"] as? [String: Any], "\(json)")
        #expect(Set(statics.keys) == Set((0..<5).map { "policy\($0)" }))
    }

    @Test func schemasRoundTripThroughJSON() throws {
        let scratch = try Scratch()
        let original = Warden.fixture("network.cedarschema")
        let json = try translate("translate-schema", "cedar-to-json", "-s", original)
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any], "\(json)")
        let jsonPath = try scratch.write(json.stdout, to: "schema.json")
        let text = try translate("translate-schema", "json-to-cedar", "-s", jsonPath)
        let textPath = try scratch.write(text.stdout, to: "roundtrip.cedarschema")
        #expect(try translate("translate-schema", "cedar-to-json", "-s", textPath).stdout == json.stdout)

        // Each form directs context parsing and validates requests the same way.
        let policies = Warden.fixture("network.cedar")
        let expected = try batch(policies: policies, schema: original)
        #expect(try batch(policies: policies, schema: jsonPath) == expected)
        #expect(try batch(policies: policies, schema: textPath) == expected)
    }

    @Test func theWrongInputFormatIsAClearError() throws {
        let textAsJSON = try Warden.run([
            "cedar", "translate-policy", "--direction", "json-to-cedar", "-p", Warden.fixture("network.cedar"),
        ])
        expectBadInput(textAsJSON, mentions: ["network.cedar:1:1: error: invalid JSON"])
        let jsonAsText = try Warden.run([
            "cedar", "translate-schema", "--direction", "cedar-to-json", "-s", Warden.fixture("network.requests.json"),
        ])
        expectBadInput(jsonAsText, mentions: ["network.requests.json:1:1: error: "])
        let scratch = try Scratch()
        let wrongShape = try scratch.write(
            #"{"staticPolicies": {"p": {"effect": "maybe"}}, "templates": {}, "templateLinks": []}"#, to: "p.json")
        let shape = try Warden.run(["cedar", "translate-policy", "--direction", "json-to-cedar", "-p", wrongShape])
        expectBadInput(shape, mentions: ["p.json", "staticPolicies.p.effect", "maybe"])
    }

    @Test func templateLinksHaveNoCedarTextAndSaySo() throws {
        let scratch = try Scratch()
        let path = try scratch.write(
            """
            {"templates": {"t": {"effect": "permit", "principal": {"op": "==", "slot": "?principal"},
                                 "action": {"op": "All"}, "resource": {"op": "All"}, "conditions": []}},
             "staticPolicies": {},
             "templateLinks": [{"templateId": "t", "newId": "alice-link",
                                "values": {"?principal": {"type": "User", "id": "alice"}}}]}
            """, to: "links.json")
        let run = try Warden.run(["cedar", "translate-policy", "--direction", "json-to-cedar", "-p", path])
        expectBadInput(run, mentions: ["links.json", "`alice-link`", "template-linked"])
        // The links themselves work: authorize reads the JSON with its links.
        let authorized = try Warden.run([
            "cedar", "authorize", "-p", path, "--principal", #"User::"alice""#, "--action", #"Action::"x""#,
            "--resource", #"Host::"web""#,
        ])
        #expect(authorized.outputLines == ["ALLOW", "reasons: alice-link"], "\(authorized)")
    }
}
