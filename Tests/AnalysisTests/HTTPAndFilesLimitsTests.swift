import Testing

@testable import Analysis

/// Large inputs finish quickly (no quadratic work) and never crash. Bounds are generous: debug builds are slow,
/// and a quadratic algorithm on these inputs takes minutes, not seconds.
@Suite struct HTTPAndFilesLimitsTests {
    private func elapsed(_ work: () -> Void) -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        work()
        return clock.now - start
    }

    @Test func aHundredKilobyteGraphQLBody() {
        let fields = (0..<5_000).map { "f\($0): volumeDelete(volumeId: \\\"\($0)\\\")" }.joined(separator: " ")
        let body = #"{"query":"mutation { "# + fields + #" }"}"#
        #expect(body.utf8.count > 100_000)
        var derivation = Derivation()
        let time = elapsed { derivation = httpEffects("curl", "-d", body, "https://backboard.railway.app/graphql/v2") }
        #expect(derivation.requests.first?.graphQL.first?.rootFields == ["volumeDelete"])
        #expect(time < .seconds(2))
    }

    @Test func manyURLsAndGroups() {
        var words = ["curl"]
        for index in 0..<5_000 { words += ["-X", "DELETE", "https://h\(index).example/x", "--next"] }
        let command = CommandInvocation(words: words.map { ShellWord($0) })
        var count = 0
        let time = elapsed { count = HTTPClients.derive(command)?.requests.count ?? 0 }
        #expect(count == 5_000)
        #expect(time < .seconds(2))
    }

    @Test func manyFileOperands() {
        let words = ["rm", "-rf"] + (0..<20_000).map { "dir\($0)" }
        let command = CommandInvocation(words: words.map { ShellWord($0) })
        var count = 0
        let time = elapsed { count = FileEffects.derive(command)?.deletes.count ?? 0 }
        #expect(count == 20_000)
        #expect(time < .seconds(2))
    }

    @Test func largeScriptsAndPrograms() {
        let sed = String(repeating: "s/a\\/b/[x]/g;", count: 10_000)
        let awk = String(repeating: #"{ print $1 "|" $2 } /x|y/ { n++ } "#, count: 3_000)
        let patch = (0..<5_000).map { "--- a/f\($0)\n+++ b/f\($0)\n@@ -1 +1 @@\n-x\n+y" }.joined(separator: "\n")
        let time = elapsed {
            #expect(fileEffects("sed", sed, "f").opaqueReasons.isEmpty)
            #expect(fileEffects("awk", awk, "f").opaqueReasons.isEmpty)
            #expect(fileEffects("patch", "-p1", input: .text(patch)).writes.count == 5_000)
        }
        #expect(time < .seconds(3))
    }

    @Test func pathologicalGraphQLIsRejectedQuickly() {
        let open = String(repeating: "{", count: 100_000)
        let derivation = httpEffects("curl", "-d", #"{"query":"\#(open)"}"#, "https://x.example/graphql")
        #expect(derivation.opaqueReasons.map(\.kind) == [.parseError])
        let fragments =
            (0..<2_000).map { "fragment F\($0) on M { a\($0) ...F\($0 + 1) ...F\($0 + 1) }" }
            .joined(separator: " ") + " fragment F2000 on M { z }"
        let body = #"{"query":"mutation { ...F0 } "# + fragments + #""}"#
        let time = elapsed {
            #expect(httpEffects("curl", "-d", body, "https://x.example/graphql").opaqueReasons.count == 1)
        }
        #expect(time < .seconds(2))
    }
}
