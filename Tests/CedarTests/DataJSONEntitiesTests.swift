import Cedar
import Testing

@Suite struct DataJSONEntitiesTests {
    typealias S = DataJSONTestSupport

    private func load(_ text: String, schema: Schema? = nil) throws(Diagnostics) -> Entities {
        try Entities(json: text, file: "entities.json", schema: schema)
    }

    private func failure(_ text: String, schema: Schema? = S.schema) -> String? {
        do {
            _ = try load(text, schema: schema)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsEntitiesWithoutSchema() throws {
        let entities = try load(
            #"""
            [{"uid": {"type": "User", "id": "alice"},
              "attrs": {"age": 3, "boss": {"__entity": {"type": "User", "id": "bob"}}},
              "parents": [{"type": "Group", "id": "g"}], "tags": {"t": "v"}},
             {"uid": {"__entity": {"type": "Group", "id": "g"}}, "attrs": {}, "parents": [{"type": "Org", "id": "o"}]}]
            """#)
        let alice = try #require(entities[S.uid("User", "alice")])
        #expect(alice.attributes == ["age": .long(3), "boss": .entity(S.uid("User", "bob"))])
        #expect(alice.tags == ["t": .string("v")])
        #expect(entities.isDescendant(S.uid("User", "alice"), of: S.uid("Org", "o")))
        #expect(entities.entities.count == 2)
    }

    @Test func reportsJSONSyntaxErrorsWithPosition() {
        let message = failure("[{\"uid\": }]", schema: nil)
        #expect(message?.contains("entities.json:1:") == true)
    }

    @Test(arguments: [
        (#"{"uid": {"type": "A", "id": "a"}}"#, "must be a JSON array"),
        (#"[{"uid": {"type": "A", "id": "a"}, "parents": []}]"#, "missing the required field `attrs`"),
        (#"[{"uid": {"type": "A", "id": "a"}, "attrs": {}}]"#, "missing the required field `parents`"),
        (#"[{"attrs": {}, "parents": []}]"#, "missing the required field `uid`"),
        (#"[{"uid": "A::\"a\"", "attrs": {}, "parents": []}]"#, "in uid field of <unknown entity>"),
        (#"[{"uid": {"type": "A", "id": "a"}, "attrs": {}, "parents": ["x"]}]"#, "in parents field of `A::\"a\"`"),
        (
            #"[{"uid": {"type": "Action", "id": "a"}, "attrs": {}, "parents": [{"type": "A", "id": "b"}]}]"#,
            "non-action parent"
        ),
    ])
    func rejectsMalformedDocuments(_ text: String, _ expected: String) {
        let message = failure(text, schema: nil)
        #expect(message?.contains(expected) == true, "\(message ?? "no error")")
    }

    @Test func duplicatesMustBeIdentical() throws {
        let same = #"{"uid": {"type": "A", "id": "a"}, "attrs": {"x": 1}, "parents": []}"#
        #expect(try load("[\(same), \(same)]").entities.count == 1)
        let different = #"{"uid": {"type": "A", "id": "a"}, "attrs": {"x": 2}, "parents": []}"#
        #expect(failure("[\(same), \(different)]", schema: nil)?.contains("duplicate entity entry `A::\"a\"`") == true)
    }

    @Test func rejectsHierarchyCycles() {
        let text = #"""
            [{"uid": {"type": "A", "id": "a"}, "attrs": {}, "parents": [{"type": "A", "id": "b"}]},
             {"uid": {"type": "A", "id": "b"}, "attrs": {}, "parents": [{"type": "A", "id": "a"}]}]
            """#
        #expect(failure(text, schema: nil)?.contains("cycle") == true)
    }

    @Test func schemaDirectedParsingAndActionEntities() throws {
        let entities = try load(
            #"""
            [{"uid": {"type": "User", "id": "alice"},
              "attrs": {"age": 30, "boss": {"type": "User", "id": "bob"}, "groups": [{"type": "Group", "id": "g"}],
                        "address": {"city": "Paris"}, "favorite": {"type": "Color", "id": "red"}},
              "parents": [{"type": "Group", "id": "g"}], "tags": {"level": 3}},
             {"uid": {"type": "Group", "id": "g"}, "attrs": {}, "parents": [{"type": "Org", "id": "o"}]}]
            """#, schema: S.schema)
        let alice = try #require(entities[S.uid("User", "alice")])
        #expect(alice.attributes["boss"] == .entity(S.uid("User", "bob")))
        #expect(alice.attributes["groups"] == .set([.entity(S.uid("Group", "g"))]))
        #expect(alice.attributes["address"] == .record(["city": .string("Paris")]))
        // The schema's actions are added, with their hierarchy.
        #expect(entities[S.uid("Action", "view")] != nil)
        #expect(entities.isDescendant(S.uid("Action", "view"), of: S.uid("Action", "read")))
    }

    @Test(arguments: [
        (#"{"type": "Usr", "id": "a"}"#, #"{"age": 1}"#, "[]", "has type `Usr` which is not declared in the schema"),
        (#"{"type": "User", "id": "a"}"#, "{}", "[]", "expected entity `User::\"a\"` to have attribute `age`"),
        (
            #"{"type": "User", "id": "a"}"#, #"{"age": 1, "x": 2}"#, "[]",
            "attribute `x` on `User::\"a\"` should not exist"
        ),
        (
            #"{"type": "User", "id": "a"}"#, #"{"age": "old"}"#, "[]",
            "in attribute `age` on `User::\"a\"`, type mismatch"
        ),
        (
            #"{"type": "User", "id": "a"}"#, #"{"age": 1, "boss": {"type": "Group", "id": "g"}}"#, "[]",
            "in attribute `boss` on `User::\"a\"`, type mismatch"
        ),
        (
            #"{"type": "User", "id": "a"}"#, #"{"age": 1, "groups": [{"type": "User", "id": "g"}]}"#, "[]",
            "in attribute `groups`"
        ),
        (
            #"{"type": "User", "id": "a"}"#, #"{"age": 1, "address": {"city": 5}}"#, "[]",
            "in attribute `address` on `User::\"a\"`, type mismatch"
        ),
        (
            #"{"type": "User", "id": "a"}"#, #"{"age": 1, "address": {"zip": 5}}"#, "[]",
            "expected the record to have an attribute `city`"
        ),
        (
            #"{"type": "User", "id": "a"}"#, #"{"age": 1, "favorite": {"type": "Color", "id": "blue"}}"#, "[]",
            "is of an enumerated entity type"
        ),
        (#"{"type": "Color", "id": "blue"}"#, "{}", "[]", "is of an enumerated entity type"),
        (
            #"{"type": "User", "id": "a"}"#, #"{"age": 1}"#, #"[{"type": "User", "id": "b"}]"#,
            "not allowed to have an ancestor of type `User`"
        ),
        (#"{"type": "Action", "id": "nope"}"#, "{}", "[]", "not declared as an action in the schema"),
        (
            #"{"type": "Action", "id": "view"}"#, "{}", "[]",
            "definition of action `Action::\"view\"` does not match its schema declaration"
        ),
    ])
    func conformanceErrors(_ uid: String, _ attrs: String, _ parents: String, _ expected: String) {
        let text = #"[{"uid": \#(uid), "attrs": \#(attrs), "parents": \#(parents)}]"#
        let message = failure(text)
        #expect(message?.contains(expected) == true, "\(message ?? "no error")")
    }

    @Test func indirectAncestorTypesAreAllowed() throws {
        // User is in Group, Group is in Org, so an Org parent of a User conforms.
        let text =
            #"[{"uid": {"type": "User", "id": "a"}, "attrs": {"age": 1}, "parents": [{"type": "Org", "id": "o"}]}]"#
        #expect(try load(text, schema: S.schema)[S.uid("User", "a")] != nil)
    }

    @Test func tagsAreChecked() {
        let wrongType =
            #"[{"uid": {"type": "User", "id": "a"}, "attrs": {"age": 1}, "parents": [], "tags": {"t": "x"}}]"#
        #expect(failure(wrongType)?.contains("in tag `t` on `User::\"a\"`, type mismatch") == true)
        let noTags = #"[{"uid": {"type": "Group", "id": "g"}, "attrs": {}, "parents": [], "tags": {"t": 1}}]"#
        #expect(failure(noTags)?.contains("but no tags should exist on `Group::\"g\"`") == true)
    }

    @Test func matchingActionEntitiesAreAccepted() throws {
        let text = #"""
            [{"uid": {"type": "Action", "id": "view"}, "attrs": {}, "parents": [{"type": "Action", "id": "write"}]},
             {"uid": {"type": "Action", "id": "write"}, "attrs": {}, "parents": [{"type": "Action", "id": "read"}]}]
            """#
        let entities = try load(text, schema: S.schema)
        #expect(entities.isDescendant(S.uid("Action", "view"), of: S.uid("Action", "read")))
    }

    @Test func writesAndReadsBack() throws {
        let text = #"""
            [{"uid": {"type": "User", "id": "alice"}, "attrs": {"age": 3, "s": [1, 2], "r": {"k": "v"}},
              "parents": [{"type": "Group", "id": "g"}], "tags": {"t": true}},
             {"uid": {"type": "Group", "id": "g"}, "attrs": {}, "parents": []}]
            """#
        let entities = try load(text)
        let written = try entities.jsonValue()
        let reread = try Entities(json: written)
        #expect(reread.entities == entities.entities)
        #expect(written.serialized().contains(#""tags":{"t":true}"#))
    }
}
