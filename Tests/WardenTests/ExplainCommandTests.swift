import Foundation
import Testing

/// `warden explain`: what a shell command would do, as policies see it — run as a user runs it.
@Suite struct ExplainCommandTests {
    /// The `--format json` output, decoded.
    struct Explanation: Decodable {
        struct Finding: Decodable {
            var rule: String
            var category: String
            var flags: [String]
            var message: String
            var alternative: String
        }
        struct OpaqueReason: Decodable {
            var kind: String
            var message: String
        }
        var flags: [String]
        var actions: [[String: JSONAny]]
        var findings: [Finding]
        var opaque_reasons: [OpaqueReason]
    }

    /// Any JSON value, kept as its text for simple checks.
    struct JSONAny: Decodable, CustomStringConvertible {
        var description: String
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                description = text
            } else if let flag = try? container.decode(Bool.self) {
                description = String(flag)
            } else if let number = try? container.decode(Int.self) {
                description = String(number)
            } else if let list = try? container.decode([JSONAny].self) {
                description = "[" + list.map(\.description).joined(separator: ",") + "]"
            } else if let object = try? container.decode([String: JSONAny].self) {
                description = "{" + object.keys.sorted().map { "\($0):\(object[$0]!)" }.joined(separator: ",") + "}"
            } else {
                description = "null"
            }
        }
    }

    func explain(_ command: String) throws -> (Explanation, WardenRun) {
        let run = try Warden.run(["explain", "--format", "json", "--", command])
        #expect(run.status == 0, "\(run)")
        let explanation = try JSONDecoder().decode(Explanation.self, from: Data(run.stdout.utf8))
        return (explanation, run)
    }

    @Test func theIncidentIsAnIrreversibleGraphQLMutationOnRailway() throws {
        let command = """
            curl -s -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" \
            -H 'Content-Type: application/json' \
            -d '{"query":"mutation { volumeDelete(volumeId: \\"3d1f0c2e-0000-4000-8000-000000000000\\") }"}'
            """
        let (explanation, run) = try explain(command)
        #expect(explanation.flags.contains("destructive"), "\(run)")
        #expect(explanation.flags.contains("irreversible"), "\(run)")
        #expect(explanation.findings.contains { $0.category == "http-api" }, "\(run)")
        let request = try #require(explanation.actions.first { $0["action"]?.description == "http.request" })
        #expect(request["method"]?.description == "POST")
        #expect(request["host"]?.description == "backboard.railway.app")
        #expect(request["graphql"]?.description.contains("volumeDelete") == true, "\(run)")
    }

    @Test func aForcePushHiddenBehindWrappersIsFound() throws {
        let (explanation, run) = try explain(#"sudo -u deploy env GIT_SSH_COMMAND=ssh bash -c "git push origin +main""#)
        #expect(explanation.findings.contains { $0.category == "git" }, "\(run)")
        #expect(explanation.flags.contains("destructive"), "\(run)")
    }

    @Test func anOrdinaryCommandHasNoFindings() throws {
        let (explanation, run) = try explain("git status && git log --oneline -5 | head -3")
        #expect(explanation.findings.isEmpty, "\(run)")
        #expect(explanation.opaque_reasons.isEmpty, "\(run)")
        #expect(explanation.flags.isEmpty, "\(run)")
        #expect(explanation.actions.filter { $0["action"]?.description == "shell.exec" }.count == 3, "\(run)")
    }

    @Test func aProgramChosenAtRunTimeIsOpaque() throws {
        let (explanation, run) = try explain(#"$CLEANER -rf "$TARGET""#)
        #expect(explanation.flags.contains("opaque"), "\(run)")
        #expect(explanation.opaque_reasons.contains { $0.kind == "dynamic-program" }, "\(run)")
    }

    @Test func credentialsInTheCommandAreRedactedInBothFormats() throws {
        let token = "ghp_R8s2Kq9ZtW4mXc7LvN3pB6yH1dJ5fG0aQeUo"
        let command = "curl -H 'Authorization: token \(token)' https://api.github.com/user"
        let json = try Warden.run(["explain", "--format", "json", "--", command])
        let text = try Warden.run(["explain", "--", command])
        for run in [json, text] {
            #expect(run.status == 0, "\(run)")
            #expect(!run.stdout.contains(token) && !run.stderr.contains(token), "\(run)")
            #expect(run.stdout.contains("[REDACTED:"), "\(run)")
        }
    }

    @Test func standardInputMaySpanLines() throws {
        let script = """
            cd /srv/app
            psql "$DATABASE_URL" <<'SQL'
            DROP TABLE users;
            SQL
            """
        let run = try Warden.run(["explain", "--stdin"], input: Data(script.utf8))
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("database"), "\(run)")
        #expect(run.stdout.contains("instead: "), "\(run)")
    }

    @Test func theTextFormatExplainsEachFindingInALine() throws {
        let run = try Warden.run(["explain", "--", "git push --force origin main; rm -rf ~"])
        #expect(run.status == 0, "\(run)")
        let findingLines = run.outputLines.filter { $0.hasPrefix("✗ ") }
        #expect(findingLines.count >= 2, "\(run)")
        #expect(findingLines.contains { $0.contains("[git") }, "\(run)")
        #expect(findingLines.contains { $0.contains("[filesystem") }, "\(run)")
    }

    @Test func badInvocationsSayWhatToDo() throws {
        let none = try Warden.run(["explain"])
        #expect(none.status == 1 && none.stderr.contains("no command to explain"), "\(none)")
        let both = try Warden.run(["explain", "--stdin", "--", "ls"], input: Data("ls".utf8))
        #expect(both.status == 1 && both.stderr.contains("not both"), "\(both)")
        let binary = try Warden.run(["explain", "--stdin"], input: Data([0x72, 0x6D, 0xFF, 0xFE]))
        #expect(binary.status == 1 && binary.stderr.contains("not UTF-8"), "\(binary)")
        #expect(!none.looksLikeCrash && !both.looksLikeCrash && !binary.looksLikeCrash)
    }

    @Test func hugeAndDeeplyNestedInputIsOpaqueNotACrash() throws {
        let deep = String(repeating: "$(", count: 5_000) + "rm -rf /" + String(repeating: ")", count: 5_000)
        let run = try Warden.run(["explain", "--stdin", "--format", "json"], input: Data(deep.utf8))
        #expect(run.status == 0 && !run.looksLikeCrash, "\(run)")
        #expect(run.stdout.contains("\"opaque\""), "\(run)")
        let huge = String(repeating: "echo hello world; ", count: 120_000)
        let big = try Warden.run(["explain", "--stdin", "--format", "json"], input: Data(huge.utf8))
        #expect(big.status == 0 && !big.looksLikeCrash, "\(big)")
        #expect(big.stdout.contains("limit-exceeded"), "\(big)")
    }
}
