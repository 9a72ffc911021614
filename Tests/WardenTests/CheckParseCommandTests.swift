import Foundation
import Testing

/// `warden cedar check-parse`: policies, and optionally a schema and entities, parse.
@Suite struct CheckParseCommandTests {
    @Test func policiesSchemaAndEntitiesThatParseExitZero() throws {
        let run = try Warden.run([
            "cedar", "check-parse", "-p", Warden.fixture("network.cedar"), "-s", Warden.fixture("network.cedarschema"),
            "--entities", Warden.fixture("network.entities.json"),
        ])
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines == ["parsed 5 policies and 0 templates"], "\(run)")
        let templates = try Warden.run(["cedar", "check-parse", "-p", Warden.fixture("template.cedar")])
        #expect(templates.outputLines == ["parsed 1 policies and 1 templates"], "\(templates)")
    }

    @Test func anEmptyPolicyFileIsAnEmptyPolicySet() throws {
        let scratch = try Scratch()
        let run = try Warden.run(["cedar", "check-parse", "-p", try scratch.write("", to: "empty.cedar")])
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines == ["parsed 0 policies and 0 templates"], "\(run)")
    }

    @Test func entitiesAreCheckedAgainstTheSchemaWhenGiven() throws {
        let scratch = try Scratch()
        let entities = try scratch.write(
            #"[{"uid": {"type": "User", "id": "alice"}, "attrs": {"clearance": "high"}, "parents": []}]"#,
            to: "entities.json")
        let policies = Warden.fixture("network.cedar")
        let alone = try Warden.run(["cedar", "check-parse", "-p", policies, "--entities", entities])
        #expect(alone.status == 0, "\(alone)")
        let checked = try Warden.run([
            "cedar", "check-parse", "-p", policies, "--entities", entities, "-s", Warden.fixture("network.cedarschema"),
        ])
        expectBadInput(checked, mentions: ["entities.json", "clearance", "long"])
    }

    @Test func eachParseErrorHasItsPlace() throws {
        let scratch = try Scratch()
        let policy = try scratch.write(
            "permit (principal, action, resource)\nwhen { principal.age >= };\n", to: "p.cedar")
        let run = try Warden.run(["cedar", "check-parse", "-p", policy])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.hasPrefix("\(policy):2:25: error: "), "\(run)")
        #expect(run.stderr.contains("\n    when { principal.age >= };\n                            ^"), "\(run)")

        let schema = try scratch.write("entity User {\n  name: Strin\n};\nentity ;\n", to: "s.cedarschema")
        let badSchema = try Warden.run(["cedar", "check-parse", "-p", Warden.fixture("network.cedar"), "-s", schema])
        #expect(badSchema.status == 1, "\(badSchema)")
        #expect(badSchema.stderr.contains("s.cedarschema:"), "\(badSchema)")
        #expect(!badSchema.looksLikeCrash, "\(badSchema)")

        let malformed = try Warden.run([
            "cedar", "check-parse", "-p", Warden.fixture("network.cedar"), "--entities",
            Warden.fixture("malformed.json"),
        ])
        expectBadInput(malformed, mentions: ["malformed.json:3:32: error: invalid JSON"])
    }

    @Test func windowsLineEndingsKeepTheCaret() throws {
        let scratch = try Scratch()
        let policy = try scratch.write("permit (principal, action, resource)\r\nwhen { 1 + };\r\n", to: "crlf.cedar")
        let run = try Warden.run(["cedar", "check-parse", "-p", policy])
        expectBadInput(run, mentions: ["crlf.cedar:2:12: error: "])
        #expect(run.stderr.contains("\n    when { 1 + };\n               ^"), "\(run)")
    }
}
