import Foundation
import Testing

/// `warden cedar authorize` with one request given on the command line.
@Suite struct AuthorizeCommandTests {
    let policies = Warden.fixture("network.cedar")
    let schema = Warden.fixture("network.cedarschema")
    let entities = Warden.fixture("network.entities.json")
    let officeContext = Warden.fixture("office-context.json")

    func authorize(
        _ principal: String, _ action: String, _ resource: String, _ extra: [String] = [],
        schema: Bool = true
    ) throws -> WardenRun {
        try Warden.run(
            ["cedar", "authorize", "-p", policies, "--entities", entities] + (schema ? ["-s", self.schema] : [])
                + ["--principal", principal, "--action", action, "--resource", resource] + extra)
    }

    @Test func allowPrintsTheDeterminingPolicyAndExitsZero() throws {
        let run = try authorize(
            #"User::"alice""#, #"Action::"connect""#, #"Host::"web""#, ["--context", officeContext])
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines == ["ALLOW", "reasons: office-network"], "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
    }

    @Test func denyExitsTwoAndListsTheForbidThatDecided() throws {
        let run = try authorize(
            #"User::"alice""#, #"Action::"connect""#, #"Host::"db""#, ["--context", officeContext])
        #expect(run.status == 2, "\(run)")
        #expect(run.outputLines == ["DENY", "reasons: prod-connect"], "\(run)")
    }

    @Test func erroringPoliciesAreListedWithTheirMessage() throws {
        let run = try authorize(#"User::"bob""#, #"Action::"reboot""#, #"Host::"web""#)
        #expect(run.status == 2, "\(run)")
        #expect(run.outputLines.first == "DENY", "\(run)")
        #expect(!run.stdout.contains("reasons:"), "\(run)")
        let errors = run.outputLines.filter { $0.hasPrefix("error in policy ") }
        #expect(errors.count == 1, "\(run)")
        #expect(errors.first?.hasPrefix("error in policy clearance-check: ") == true, "\(run)")
        #expect(errors.first?.contains("clearance") == true, "\(run)")

        // A permit decides even though another policy errored: both are reported.
        let root = try authorize(#"User::"root""#, #"Action::"reboot""#, #"Host::"db""#)
        #expect(root.status == 0, "\(root)")
        #expect(root.outputLines.prefix(2) == ["ALLOW", "reasons: policy4"], "\(root)")
        #expect(root.outputLines.dropFirst(2).allSatisfy { $0.hasPrefix("error in policy clearance-check: ") })
        #expect(root.outputLines.count == 3, "\(root)")
    }

    @Test func positionalIDsNameEveryPolicyByPosition() throws {
        let named = try authorize(#"User::"alice""#, #"Action::"reboot""#, #"Host::"db""#)
        #expect(named.outputLines == ["ALLOW", "reasons: admins-reboot"], "\(named)")
        let positional = try authorize(
            #"User::"alice""#, #"Action::"reboot""#, #"Host::"db""#, ["--positional-ids"])
        #expect(positional.status == 0, "\(positional)")
        #expect(positional.outputLines == ["ALLOW", "reasons: policy1"], "\(positional)")
        let errored = try authorize(#"User::"bob""#, #"Action::"reboot""#, #"Host::"web""#, ["--positional-ids"])
        #expect(errored.outputLines.dropFirst().allSatisfy { $0.hasPrefix("error in policy policy2: ") }, "\(errored)")
    }

    @Test func theSchemaDirectsContextParsing() throws {
        // `"source": "10.1.2.3"` is an ipaddr only because the schema says so.
        let withSchema = try authorize(
            #"User::"alice""#, #"Action::"connect""#, #"Host::"web""#, ["--context", officeContext])
        #expect(withSchema.outputLines == ["ALLOW", "reasons: office-network"], "\(withSchema)")
        let withoutSchema = try authorize(
            #"User::"alice""#, #"Action::"connect""#, #"Host::"web""#, ["--context", officeContext], schema: false)
        #expect(withoutSchema.status == 2, "\(withoutSchema)")
        #expect(withoutSchema.outputLines.first == "DENY", "\(withoutSchema)")
        #expect(withoutSchema.stdout.contains("error in policy office-network: "), "\(withoutSchema)")
    }

    @Test func contextAndEntitiesWithExplicitExtensionValuesNeedNoSchema() throws {
        let scratch = try Scratch()
        let context = try scratch.write(
            #"{"source": {"__extn": {"fn": "ip", "arg": "10.9.0.1"}}}"#, to: "context.json")
        let run = try authorize(
            #"User::"alice""#, #"Action::"connect""#, #"Host::"db""#, ["--context", context], schema: false)
        #expect(run.outputLines == ["ALLOW", "reasons: office-network"], "\(run)")
    }

    @Test func requestsTheSchemaRejectsFailWithOneClearMessage() throws {
        let wrongResource = try authorize(
            #"User::"alice""#, #"Action::"connect""#, #"User::"bob""#, ["--context", officeContext])
        expectBadInput(
            wrongResource, mentions: ["resource type `User` is not valid for `Action::\"connect\"`", "Host"])

        let undeclaredAction = try authorize(#"User::"alice""#, #"Action::"fly""#, #"Host::"web""#)
        expectBadInput(undeclaredAction, mentions: [#"Action::"fly""#])

        let undeclaredPrincipal = try authorize(#"Robot::"r2""#, #"Action::"reboot""#, #"Host::"web""#)
        expectBadInput(undeclaredPrincipal, mentions: ["Robot"])

        let missingContext = try authorize(#"User::"alice""#, #"Action::"connect""#, #"Host::"web""#)
        expectBadInput(missingContext, mentions: ["context", "source"])

        let scratch = try Scratch()
        let notAnAddress = try scratch.write(#"{"source": "not-an-ip"}"#, to: "context.json")
        let badValue = try authorize(
            #"User::"alice""#, #"Action::"connect""#, #"Host::"web""#, ["--context", notAnAddress])
        expectBadInput(badValue, mentions: ["context.json", "not-an-ip"])

        let extra = try scratch.write(#"{"source": "10.0.0.1", "port": 22}"#, to: "extra.json")
        let extraAttribute = try authorize(
            #"User::"alice""#, #"Action::"connect""#, #"Host::"web""#, ["--context", extra])
        expectBadInput(extraAttribute, mentions: ["port"])
    }

    @Test func entitiesThatDoNotConformToTheSchemaAreRejected() throws {
        let scratch = try Scratch()
        let entities = try scratch.write(
            #"[{"uid": {"type": "User", "id": "alice"}, "attrs": {"clearance": "high"}, "parents": []}]"#,
            to: "entities.json")
        let run = try Warden.run([
            "cedar", "authorize", "-p", policies, "-s", schema, "--entities", entities,
            "--principal", #"User::"alice""#, "--action", #"Action::"reboot""#, "--resource", #"Host::"web""#,
        ])
        expectBadInput(run, mentions: ["entities.json", "clearance"])
    }

    @Test func withoutEntitiesEveryEntityIsUnknown() throws {
        let run = try Warden.run([
            "cedar", "authorize", "-p", policies, "--principal", #"User::"root""#, "--action", #"Action::"reboot""#,
            "--resource", #"Host::"web""#,
        ])
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.prefix(2) == ["ALLOW", "reasons: policy4"], "\(run)")
    }
}

/// Checks that `run` failed the way bad input must: exit 1, no crash, nothing on standard output, and one
/// message (or as many as `messages` allows) on standard error that mentions each of `mentions`.
func expectBadInput(
    _ run: WardenRun, mentions: [String] = [], messages: ClosedRange<Int> = 1...1,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(run.status == 1 && !run.terminatedBySignal, "\(run)", sourceLocation: sourceLocation)
    #expect(!run.looksLikeCrash, "\(run)", sourceLocation: sourceLocation)
    #expect(run.stdout.isEmpty, "\(run)", sourceLocation: sourceLocation)
    #expect(
        messages.contains(run.errorMessageCount), "expected \(messages) message(s): \(run)",
        sourceLocation: sourceLocation)
    for mention in mentions {
        #expect(run.stderr.contains(mention), "expected `\(mention)` in: \(run)", sourceLocation: sourceLocation)
    }
}
