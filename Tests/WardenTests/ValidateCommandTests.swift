import Foundation
import Testing

/// `warden cedar validate`: strict validation against a schema.
@Suite struct ValidateCommandTests {
    @Test func validPoliciesExitZero() throws {
        let run = try Warden.run([
            "cedar", "validate", "-p", "Examples/cedar/policies.cedar", "-s", "Examples/cedar/schema.cedarschema",
        ])
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines == ["policies are valid"], "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
    }

    @Test func aJSONSchemaValidatesTheSame() throws {
        let scratch = try Scratch()
        let translated = try Warden.run([
            "cedar", "translate-schema", "--direction", "cedar-to-json", "-s", "Examples/cedar/schema.cedarschema",
        ])
        #expect(translated.status == 0, "\(translated)")
        let schema = try scratch.write(translated.stdout, to: "schema.json")
        let run = try Warden.run(["cedar", "validate", "-p", "Examples/cedar/policies.cedar", "-s", schema])
        #expect(run.status == 0, "\(run)")
    }

    @Test func eachErrorHasItsFileLineColumnAndACaret() throws {
        let run = try Warden.run([
            "cedar", "validate", "-p", Warden.fixture("invalid.cedar"), "-s", Warden.fixture("network.cedarschema"),
        ])
        #expect(run.status == 1, "\(run)")
        #expect(!run.looksLikeCrash, "\(run)")
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The misspelt attribute, line 3 column 8, with the line and a caret under `principal.clearence`.
        let typo = try #require(
            lines.firstIndex {
                $0.hasSuffix(
                    "invalid.cedar:3:8: error: policy `typo`: attribute `clearence` on entity type `User` not found")
            }, "\(run)")
        #expect(lines[typo + 1] == "    when { principal.clearence > 1 };", "\(run)")
        #expect(lines[typo + 2] == "           ^", "\(run)")
        // The unknown entity type, on the policy starting at line 5.
        let unknown = try #require(
            lines.firstIndex {
                $0.contains("invalid.cedar:5:1: error: policy `unknown-type`") && $0.contains("`Robot`")
            }, "\(run)")
        #expect(lines[unknown + 2] == "    ^", "\(run)")
        #expect(lines.contains { $0.hasSuffix("validation error(s)") }, "\(run)")
    }

    @Test func policiesFromStandardInputStillGetCarets() throws {
        let text = try String(contentsOfFile: Warden.fixture("invalid.cedar"), encoding: .utf8)
        let run = try Warden.run(
            ["cedar", "validate", "-p", "-", "-s", Warden.fixture("network.cedarschema")], input: Data(text.utf8))
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("-:3:8: error: policy `typo`"), "\(run)")
        #expect(run.stderr.contains("\n    when { principal.clearence > 1 };\n           ^\n"), "\(run)")
    }

    @Test func validationNamesPoliciesByTheirIDs() throws {
        let run = try Warden.run([
            "cedar", "validate", "-p", Warden.fixture("network.cedar"), "-s", Warden.fixture("network.cedarschema"),
        ])
        // `principal.clearance` is optional and read without `has`: strict validation rejects it.
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("network.cedar:12:8: error: policy `clearance-check`"), "\(run)")
        #expect(!run.stderr.contains("office-network"), "\(run)")
    }

    @Test func policiesInJSONAreValidatedTooNamingTheFile() throws {
        let scratch = try Scratch()
        let json = try Warden.run([
            "cedar", "translate-policy", "--direction", "cedar-to-json", "-p", Warden.fixture("invalid.cedar"),
        ])
        let path = try scratch.write(json.stdout, to: "invalid.json")
        let run = try Warden.run(["cedar", "validate", "-p", path, "-s", Warden.fixture("network.cedarschema")])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("invalid.json: policy `typo`: attribute `clearence`"), "\(run)")
        #expect(run.stderr.contains("3 validation error(s)"), "\(run)")
    }
}
