import Testing

@testable import Analysis

/// The whole pipeline: shell text → executed commands → wrappers, clients, interpreters → classified actions.
@Suite struct ActionAnalyzerTests {
    let analyzer = ActionAnalyzer()

    func rules(_ command: String) -> [String] { analyzer.analyze(shell: command).findings.map(\.rule) }

    @Test func theIncidentIsOneIrreversibleHTTPAction() throws {
        let analysis = analyzer.analyze(
            shell:
                #"curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $T" -d '{"query":"mutation { volumeDelete(volumeId: \"v\") }"}'"#
        )
        let request = try #require(
            analysis.actions.compactMap { if case .http(let request) = $0 { request } else { nil } }.first)
        #expect(request.graphQL.first?.rootFields == ["volumeDelete"])
        #expect(analysis.flags.isSuperset(of: [.destructive, .irreversible]))
        #expect(analysis.opaqueReasons.isEmpty)
    }

    @Test func wrappersAreFollowedToTheCommandThatRuns() {
        let analysis = analyzer.analyze(shell: #"sudo -u ops nice -n 10 env -i bash -c 'git push origin +main'"#)
        let programs = analysis.actions.compactMap { if case .exec(let command) = $0 { command.program } else { nil } }
        #expect(programs == ["sudo", "nice", "env", "bash", "git"])
        #expect(analysis.findings.contains { $0.category == "git" })
    }

    @Test func inputRedirectedIntoALoopIsARead() {
        #expect(Set(rules(#"while read -r line; do echo "$line"; done < .env"#)) == ["secrets.path.dotenv"])
    }

    @Test func assignmentPrefixesAreScannedWithTheirNames() {
        #expect(
            rules("RAILWAY_TOKEN=ae80f374-fbaf-4fbf-9856-dbd6d230e660 railway whoami").contains {
                $0.hasPrefix("secrets.inline.")
            })
        #expect(rules("NODE_ENV=ae80f374-fbaf-4fbf-9856-dbd6d230e660 npm test").isEmpty)
    }

    @Test func credentialDirectoriesAndSystemPasswordsAreSensitive() {
        #expect(rules("rm -rf ~/.ssh").contains("secrets.path.credential-directory"))
        #expect(rules("tar czf keys.tgz ~/.aws").contains("secrets.path.credential-directory"))
        #expect(rules("sudo cat /etc/shadow").contains("secrets.path.system-passwords"))
        #expect(rules("cat ~/.ssh/id_ed25519.pub").isEmpty)
    }

    @Test func aDynamicProgramIsOpaqueAndNotExecuted() {
        let analysis = analyzer.analyze(shell: #"$TOOL -rf /"#)
        #expect(analysis.flags.contains(.opaque))
        #expect(analysis.opaqueReasons.map(\.kind) == [.dynamicProgram])
        #expect(analysis.actions.isEmpty)
    }

    @Test func unwrappingStopsAtTheDepthBound() {
        let chain = String(repeating: "sudo ", count: 40) + "rm -rf /"
        let analysis = analyzer.analyze(shell: chain)
        #expect(analysis.opaqueReasons.contains { $0.kind == .limitExceeded })
    }

    @Test func theCommandLimitIsReportedOnce() {
        let analyzer = ActionAnalyzer(limits: AnalysisLimits(maximumCommands: 10))
        let analysis = analyzer.analyze(shell: String(repeating: "true; ", count: 50))
        #expect(analysis.opaqueReasons.filter { $0.kind == .limitExceeded }.count == 1)
    }

    @Test func theJSONFormRedactsCredentials() {
        let token = "ghp_R8s2Kq9ZtW4mXc7LvN3pB6yH1dJ5fG0aQeUo"
        let analysis = analyzer.analyze(shell: "curl -H 'Authorization: token \(token)' https://api.github.com/user")
        let json = analysis.json().serialized()
        #expect(!json.contains(token))
        #expect(json.contains("[REDACTED:"))
    }
}
