import Testing

@testable import Analysis

/// The derivers as the execution walk uses them: one command, its exec action, then derived actions.
@Suite struct HTTPAndFilesWalkTests {
    @Test func theIncidentThroughTheWalk() throws {
        let body = #"{"query":"mutation { volumeDelete(volumeId: \"3d\") }"}"#
        var command = invocation("curl", "-X", "POST", "https://backboard.railway.app/graphql/v2", "-d", body)
        command.redirections = [Redirection(descriptor: 1, operation: .write, target: ShellWord("out.json"))]
        var walk = ExecutionWalk(limits: .default)
        walk.run(command: command, depth: 0)
        #expect(walk.actions.map(\.kind) == ["shell.exec", "file.write", "http.request"])
        guard case .http(let request) = walk.actions.last else { return }
        #expect(request.graphQL.first?.rootFields == ["volumeDelete"])
        #expect(walk.opaqueReasons.isEmpty)
    }

    @Test func aDynamicQueryFieldIsOpaqueAnywhere() {
        let derivation = httpEffects("http", "POST", "api.example.com/v1", "query=$Q")
        #expect(derivation.opaqueReasons.map(\.kind) == [.dynamicArgument])
    }
}
