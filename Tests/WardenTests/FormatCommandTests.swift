import Foundation
import Testing

/// `warden cedar format`: Cedar's canonical layout.
@Suite struct FormatCommandTests {
    let unformatted = Warden.fixture("unformatted.cedar")

    @Test func checkExitsZeroOnlyForFormattedFiles() throws {
        let formatted = try Warden.run(["cedar", "format", "-p", "Examples/cedar/policies.cedar", "--check"])
        #expect(formatted.status == 0, "\(formatted)")
        #expect(formatted.stdout.isEmpty && formatted.stderr.isEmpty, "\(formatted)")
        let messy = try Warden.run(["cedar", "format", "-p", unformatted, "--check"])
        expectBadInput(messy, mentions: ["unformatted.cedar", "not formatted"])
    }

    @Test func formatPrintsTheCanonicalLayoutKeepingComments() throws {
        let run = try Warden.run(["cedar", "format", "-p", unformatted])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("// Kept: comments survive formatting.\n@id(\"messy\")\npermit (\n"), "\(run)")
        #expect(run.stdout.contains("  principal == User::\"alice\",\n"), "\(run)")
        #expect(run.stdout.contains("unless { principal has clearance && principal.clearance < 1 };"), "\(run)")
        // Formatting is idempotent, and its output passes --check.
        let again = try Warden.run(["cedar", "format"], input: Data(run.stdout.utf8))
        #expect(again.stdout == run.stdout, "\(again)")
        let check = try Warden.run(["cedar", "format", "--check"], input: Data(run.stdout.utf8))
        #expect(check.status == 0, "\(check)")
        // And means the same: the same policy, by its JSON form.
        let before = try translated(unformatted)
        let scratch = try Scratch()
        let after = try translated(try scratch.write(run.stdout, to: "formatted.cedar"))
        #expect(before == after)
    }

    func translated(_ path: String) throws -> String {
        let run = try Warden.run(["cedar", "translate-policy", "--direction", "cedar-to-json", "-p", path])
        #expect(run.status == 0, "\(run)")
        return run.stdout
    }

    @Test func writeRewritesTheFileInPlace() throws {
        let scratch = try Scratch()
        let path = try scratch.write(try Data(contentsOf: URL(fileURLWithPath: unformatted)), to: "policies.cedar")
        let printed = try Warden.run(["cedar", "format", "-p", path])
        let written = try Warden.run(["cedar", "format", "-p", path, "--write"])
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty, "\(written)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.stdout)
        let check = try Warden.run(["cedar", "format", "-p", path, "--check"])
        #expect(check.status == 0, "\(check)")
    }

    @Test func writeNeedsAFileAndSyntaxErrorsAreReported() throws {
        let stdin = try Warden.run(
            ["cedar", "format", "--write"], input: Data("permit(principal,action,resource);".utf8))
        expectBadInput(stdin, mentions: ["--write"])
        let scratch = try Scratch()
        let path = try scratch.write("permit (principal, action, resource)\nwhen { 1 + };\n", to: "broken.cedar")
        let broken = try Warden.run(["cedar", "format", "-p", path, "--write"])
        expectBadInput(broken, mentions: ["broken.cedar:2:"])
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("when { 1 + };\n"), "left untouched")
    }
}
