import Foundation
import Testing

/// `warden cedar authorize --requests FILE`: many requests in one run.
@Suite struct BatchAuthorizeTests {
    let policies = Warden.fixture("network.cedar")
    let schema = Warden.fixture("network.cedarschema")
    let entities = Warden.fixture("network.entities.json")
    let requests = Warden.fixture("network.requests.json")

    /// What the fixture's six requests must get, in order.
    static let expected: [Outcome] = [
        Outcome(decision: "allow", reasons: ["office-network"], errors: []),
        Outcome(decision: "deny", reasons: [], errors: []),
        Outcome(decision: "deny", reasons: [], errors: ["clearance-check"]),
        Outcome(decision: "allow", reasons: ["admins-reboot"], errors: []),
        Outcome(decision: "allow", reasons: ["policy4"], errors: ["clearance-check"]),
        Outcome(decision: "deny", reasons: ["prod-connect"], errors: []),
    ]

    struct Outcome: Equatable, CustomStringConvertible {
        var decision: String
        var reasons: [String]
        var errors: [String]
        var description: String { "\(decision) reasons=\(reasons) errors=\(errors)" }
    }

    func batch(_ extra: [String], requests: String? = nil) throws -> WardenRun {
        try Warden.run(
            [
                "cedar", "authorize", "-p", policies, "-s", schema, "--entities", entities, "--requests",
                requests ?? self.requests,
            ] + extra)
    }

    /// The JSON array printed, as dictionaries; records an issue when it is not one.
    func objects(_ run: WardenRun, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
        let parsed = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        guard let array = parsed as? [[String: Any]] else {
            Issue.record("expected a JSON array of objects: \(run)", sourceLocation: sourceLocation)
            return []
        }
        return array
    }

    func outcomes(_ objects: [[String: Any]]) -> [Outcome] {
        objects.map { object in
            Outcome(
                decision: object["decision"] as? String ?? "?", reasons: object["reasons"] as? [String] ?? ["?"],
                errors: object["errors"] as? [String] ?? ["?"])
        }
    }

    @Test func jsonOutputIsAnArrayInRequestOrder() throws {
        let run = try batch(["--format", "json"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        let objects = objects(run)
        #expect(outcomes(objects) == Self.expected)
        for object in objects {
            #expect(Set(object.keys) == ["decision", "reasons", "errors"], "no authz_ns without --timing: \(object)")
        }
    }

    @Test func reorderedRequestsGiveReorderedResults() throws {
        let scratch = try Scratch()
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: requests)))
        let reversed = try #require(original as? [Any]).reversed() as [Any]
        let path = try scratch.write(JSONSerialization.data(withJSONObject: reversed), to: "reversed.json")
        let run = try batch(["--format", "json"], requests: path)
        #expect(run.status == 0, "\(run)")
        #expect(outcomes(objects(run)) == Self.expected.reversed())
    }

    @Test func timingAddsPositiveIntegerNanoseconds() throws {
        let run = try batch(["--format", "json", "--timing"])
        #expect(run.status == 0, "\(run)")
        let objects = objects(run)
        #expect(outcomes(objects) == Self.expected)
        for object in objects {
            #expect(Set(object.keys) == ["decision", "reasons", "errors", "authz_ns"], "\(object)")
        }
        // Read as raw text too: an integer literal, not 1.5e3 or a string.
        let literals = run.stdout.split(separator: "\"authz_ns\":").dropFirst().map { $0.prefix { $0.isNumber } }
        #expect(literals.count == Self.expected.count, "\(run)")
        for literal in literals {
            let value = Int(literal)
            #expect(value != nil && value! > 0, "authz_ns must be a positive integer, got `\(literal)`")
        }
    }

    @Test func textOutputNumbersEachRequest() throws {
        let run = try batch([])
        #expect(run.status == 0, "a batch exits 0 once every request is decided, denies included: \(run)")
        let headers = run.outputLines.filter { $0.hasPrefix("request ") }
        #expect(
            headers == Self.expected.enumerated().map { "request \($0.offset): \($0.element.decision.uppercased())" },
            "\(run)")
        #expect(run.stdout.contains("request 0: ALLOW\nreasons: office-network\nrequest 1: DENY\nrequest 2: DENY\n"))
        #expect(run.stdout.contains("request 4: ALLOW\nreasons: policy4\nerror in policy clearance-check: "))
    }

    @Test func withoutTheSchemaPlainStringsStayStrings() throws {
        let run = try Warden.run([
            "cedar", "authorize", "-p", policies, "--entities", entities, "--requests", requests, "--format", "json",
        ])
        #expect(run.status == 0, "\(run)")
        let got = outcomes(objects(run))
        #expect(got.count == 6)
        #expect(got.first == Outcome(decision: "deny", reasons: [], errors: ["office-network"]))
    }

    @Test func anEmptyBatchPrintsAnEmptyArray() throws {
        let scratch = try Scratch()
        let run = try batch(["--format", "json"], requests: try scratch.write("[]", to: "none.json"))
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(run)")
    }

    @Test func oneInvalidRequestFailsTheBatchNamingIt() throws {
        let scratch = try Scratch()
        let path = try scratch.write(
            """
            [
              {"principal": {"type": "User", "id": "alice"}, "action": {"type": "Action", "id": "reboot"},
               "resource": {"type": "Host", "id": "web"}, "context": {}},
              {"principal": {"type": "User", "id": "alice"}, "action": {"type": "Action", "id": "reboot"},
               "resource": {"type": "Group", "id": "admins"}, "context": {}}
            ]
            """, to: "requests.json")
        let run = try batch(["--format", "json"], requests: path)
        expectBadInput(run, mentions: ["requests.json", "request 1", "resource type `Group`"])
    }
}
