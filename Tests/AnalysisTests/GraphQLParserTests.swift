import Testing

@testable import Analysis

@Suite struct GraphQLParserTests {
    private func operations(_ text: String) throws -> [GraphQLOperation] {
        try GraphQLParser.operations(in: text)
    }

    @Test func readsTheIncidentMutation() throws {
        let found = try operations(#"mutation { volumeDelete(volumeId: "3d5c-…") }"#)
        #expect(found == [GraphQLOperation(type: "mutation", name: nil, rootFields: ["volumeDelete"])])
    }

    /// Found by the `analysis-full` fuzz target: a string ending in a backslash at the end of the text made the
    /// lexer spin forever, so a `curl -d` body could hang the hook.
    @Test func aStringEndingInABackslashIsUnterminated() {
        for text in ["mutation { a(b: \"x\\", "{ a(b: \"\\", "\"\\"] {
            #expect(throws: GraphQLSyntaxError.self, "\(text)") { try GraphQLParser.operations(in: text) }
        }
        let command =
            #"curl -X POST https://backboard.railway.app/graphql -d '{"query":"mutation { volumeDelete(volumeId: \"3d\'"#
        #expect(!ActionAnalyzer().analyze(shell: command).opaqueReasons.isEmpty)
    }

    @Test func aBareSelectionSetIsAQuery() throws {
        #expect(
            try operations("{ me { id name } }") == [GraphQLOperation(type: "query", name: nil, rootFields: ["me"])])
    }

    @Test func namesVariablesAndDirectivesAreRead() throws {
        let text = """
            mutation DeleteIt($id: String!, $all: [ID!]! = ["a"], $o: In = {a: {b: [1, 2.5e3, true, null, ENUM]}}) @live {
              volumeDelete(volumeId: $id) @include(if: true) { id }
            }
            """
        let found = try operations(text)
        #expect(found == [GraphQLOperation(type: "mutation", name: "DeleteIt", rootFields: ["volumeDelete"])])
    }

    @Test func aliasesGiveTheFieldName() throws {
        let found = try operations(#"mutation X { v: volumeDelete(volumeId: "1") keep: projectUpdate(id: 2) { id } }"#)
        #expect(found.first?.rootFields == ["volumeDelete", "projectUpdate"])
    }

    @Test func nestedSelectionsAreNotRootFields() throws {
        let found = try operations("query { project(id: 1) { volumes { edges { node { volumeDelete } } } } }")
        #expect(found.first?.rootFields == ["project"])
    }

    @Test func rootFragmentsAreExpanded() throws {
        let text = """
            fragment Destroy on Mutation { volumeDelete(volumeId: "x") ...More }
            fragment More on Mutation { serviceDelete(id: "y") }
            mutation { ...Destroy ... on Mutation { environmentDelete(id: "z") } ... @include(if: true) { a } }
            """
        let found = try operations(text)
        #expect(found.first?.rootFields == ["volumeDelete", "serviceDelete", "environmentDelete", "a"])
    }

    @Test func fragmentCyclesAndRepeatsAreBounded() throws {
        let text = "fragment A on M { a ...B } fragment B on M { b ...A } mutation { ...A ...B ...A }"
        #expect(try operations(text).first?.rootFields == ["a", "b"])
    }

    @Test func everyOperationOfADocumentIsListed() throws {
        let found = try operations("query Read { me } mutation Wipe { volumeDelete(id: 1) } subscription S { logs }")
        #expect(found.map(\.type) == ["query", "mutation", "subscription"])
        #expect(found.map(\.name) == ["Read", "Wipe", "S"])
    }

    @Test func commentsCommasStringsAndBlockStringsAreLexed() throws {
        let text = """
            # delete it
            mutation ,, {
              volumeDelete(note: \"\"\"a } block "with" \\\""" quotes\"\"\", id: "a \\" } b", n: -0.5) # trailing }
            }
            """
        #expect(try operations(text).first?.rootFields == ["volumeDelete"])
    }

    @Test(arguments: [
        "", "mutation", "mutation {", "mutation { }", "mutation { a( }", "{ a } }", "type Query { a: Int }",
        "mutation { a(x: 01) }", "mutation { a(x: \"unterminated) }", "query { ...Missing }", "{ a(x: .5) }",
        "Mutation { a }", "fragment F on T { a }",
    ])
    func rejectsWhatIsNotAnExecutableDocument(_ text: String) {
        #expect(throws: GraphQLSyntaxError.self) { try GraphQLParser.operations(in: text) }
    }

    @Test func deepNestingIsRejectedNotRecursedInto() {
        let deep = "{ a" + String(repeating: " { a", count: 200) + String(repeating: " }", count: 201)
        #expect(throws: GraphQLSyntaxError.self) { try GraphQLParser.operations(in: deep) }
        let deepList = "{ a(x: " + String(repeating: "[", count: 10_000) + ") }"
        #expect(throws: GraphQLSyntaxError.self) { try GraphQLParser.operations(in: deepList) }
    }

    @Test func largeDocumentsParseInLinearTime() throws {
        let fields = (0..<20_000).map { "f\($0)(id: \"\($0)\")" }.joined(separator: " ")
        let found = try operations("mutation { \(fields) }")
        #expect(found.first?.rootFields.count == 20_000)
    }
}
