import Testing

@testable import Analysis

@Suite struct GraphQLRequestBodyTests {
    private func read(_ body: String, contentType: String? = nil, path: String = "/graphql") -> GraphQLReading {
        GraphQLRequestBody.read(body: body, contentType: contentType, path: path)
    }

    @Test func readsAJSONRequest() {
        let reading = read(#"{"query":"mutation { volumeDelete(volumeId: \"3d\") }","variables":{}}"#)
        #expect(reading == .operations([GraphQLOperation(type: "mutation", name: nil, rootFields: ["volumeDelete"])]))
    }

    @Test func readsJSONEscapesBeforeParsing() {
        let reading = read(#"{"query":"\u006dutation { volumeDelete(volumeId: \"x\") }"}"#)
        #expect(reading.operations.first?.type == "mutation")
    }

    @Test func readsBatches() {
        let reading = read(#"[{"query":"{ me }"},{"query":"mutation M { serviceDelete(id: 1) }","operationName":"M"}]"#)
        #expect(reading.operations.map(\.type) == ["query", "mutation"])
    }

    @Test func readsRawGraphQLBodies() {
        let reading = read("mutation { volumeDelete(volumeId: 1) }", contentType: "application/graphql; charset=utf-8")
        #expect(reading.operations.first?.rootFields == ["volumeDelete"])
        #expect(read("mutation { volumeDelete(volumeId: 1) }").operations.first?.rootFields == ["volumeDelete"])
    }

    @Test func readsFormEncodedQueries() {
        let reading = read("query=mutation%20%7B%20volumeDelete(id%3A%201)%20%7D")
        #expect(reading.operations.first?.rootFields == ["volumeDelete"])
    }

    @Test func aGraphQLRequestThatDoesNotParseIsUnreadable() {
        guard case .unreadable(let reason) = read(#"{"query":"mutation { volumeDelete(volumeId: "}"#) else {
            Issue.record("expected unreadable")
            return
        }
        #expect(reason.kind == .parseError)
    }

    @Test func invalidJSONThatNamesAQueryIsUnreadable() {
        // Duplicate keys: servers differ on which one wins, so Warden does not pick one.
        let body = #"{"query":"{ me }","query":"mutation { volumeDelete(id: 1) }"}"#
        guard case .unreadable = read(body) else {
            Issue.record("expected unreadable")
            return
        }
    }

    @Test func persistedQueriesAreUnreadable() {
        let body = #"{"operationName":"X","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}"#
        guard case .unreadable(let reason) = read(body) else {
            Issue.record("expected unreadable")
            return
        }
        #expect(reason.kind == .unknownCode)
    }

    @Test(arguments: [
        #"{"query":"shoes"}"#, #"{"query":{"match_all":{}}}"#, #"{"name":"mutation"}"#, "a=1&b=2", "plain text",
        #"{"query":"SELECT * FROM users"}"#, "[1, 2, 3]", "",
    ])
    func bodiesThatAreNotGraphQL(_ body: String) {
        #expect(read(body, path: "/api/search") == .notGraphQL)
    }

    @Test func queryParametersAreRead() {
        let parameters = URLQuery.parameters("query=query+%7B+me+%7D&operationName=X")
        #expect(GraphQLRequestBody.read(parameters: parameters).operations.first?.rootFields == ["me"])
        #expect(GraphQLRequestBody.read(parameters: URLQuery.parameters("query=shoes")) == .notGraphQL)
    }
}

@Suite struct GraphQLStoredDocumentTests {
    @Test func aStoredDocumentToAGraphQLEndpointIsUnreadable() {
        let body = #"{"documentId":"deleteVolume","variables":{"id":"1"}}"#
        guard case .unreadable(let reason) = GraphQLRequestBody.read(body: body, contentType: nil, path: "/graphql/v2")
        else {
            Issue.record("expected unreadable")
            return
        }
        #expect(reason.kind == .unknownCode)
        #expect(GraphQLRequestBody.read(body: body, contentType: nil, path: "/api/jobs") == .notGraphQL)
    }
}
