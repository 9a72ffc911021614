import Testing

@testable import Cedar

/// The JSON schema format, and both printers.
@Suite struct SchemaJSONFormatTests {
    static let photoApp = """
        {
          "PhotoApp": {
            "commonTypes": {
              "Address": { "type": "Record", "attributes": { "city": { "type": "String" } } },
              "Ctx": { "type": "Record", "attributes": { "ip": { "type": "Extension", "name": "ipaddr" } } }
            },
            "entityTypes": {
              "User": {
                "memberOfTypes": ["Group"],
                "shape": {
                  "type": "Record",
                  "attributes": {
                    "age": { "type": "Long" },
                    "nick": { "type": "String", "required": false, "annotations": { "doc": "nickname" } },
                    "home": { "type": "Address" },
                    "friends": { "type": "Set", "element": { "type": "Entity", "name": "User" } },
                    "boss": { "type": "EntityOrCommon", "name": "User" },
                    "ok": { "type": "Boolean" },
                    "bare": { "type": "Bool" }
                  }
                },
                "tags": { "type": "String" }
              },
              "Group": { "annotations": { "doc": null } },
              "Color": { "enum": ["red", "blue"] }
            },
            "actions": {
              "view": {
                "appliesTo": { "principalTypes": ["User"], "resourceTypes": ["PhotoApp::Group"], "context": { "type": "Ctx" } },
                "memberOf": [{ "id": "all" }, { "id": "all", "type": "PhotoApp::Action" }]
              },
              "all": { "memberOf": null, "appliesTo": null },
              "none": { "appliesTo": { "principalTypes": [], "resourceTypes": ["User"] } }
            }
          }
        }
        """

    @Test func readsEveryConstruct() throws {
        let schema = try Schema(json: Self.photoApp, file: "schema.json")
        let ns = ["PhotoApp"]
        let user = try #require(schema.entityTypes[Name("User", namespace: ns)])
        #expect(user.memberOfTypes == [Name("Group", namespace: ns)])
        #expect(user.tags == .string)
        let attributes = user.attributes.attributes
        #expect(attributes["age"] == AttributeType(.long))
        #expect(attributes["nick"] == AttributeType(.string, isRequired: false))
        #expect(attributes["home"]?.type == .record(RecordType(["city": AttributeType(.string)])))
        #expect(attributes["friends"]?.type == .set(.entity(Name("User", namespace: ns))))
        #expect(attributes["boss"]?.type == .entity(Name("User", namespace: ns)))
        #expect(attributes["ok"]?.type == .bool && attributes["bare"]?.type == .bool)
        #expect(schema.entityTypes[Name("Color", namespace: ns)]?.enumeratedIDs == ["red", "blue"])

        let action = Name("Action", namespace: ns)
        let view = try #require(schema.actions[EntityUID(type: action, id: "view")])
        #expect(view.memberOf == [EntityUID(type: action, id: "all")])
        #expect(view.appliesTo?.resourceTypes == [Name("Group", namespace: ns)])
        #expect(view.appliesTo?.context == RecordType(["ip": AttributeType(.extension("ipaddr"))]))
        #expect(schema.actions[EntityUID(type: action, id: "all")]?.appliesTo == nil)
        #expect(schema.actions[EntityUID(type: action, id: "none")]?.appliesTo == nil)
    }

    @Test func printersRoundTrip() throws {
        let schema = try Schema(json: Self.photoApp)
        let text = schema.cedarSchemaText()
        let fromText = try Schema(cedarSchema: text)
        #expect(fromText.entityTypes == schema.entityTypes && fromText.actions == schema.actions)
        let fromJSON = try Schema(json: schema.jsonSchema().serialized(pretty: true))
        #expect(fromJSON.entityTypes == schema.entityTypes && fromJSON.actions == schema.actions)
        #expect(text.contains("namespace PhotoApp {"))
        #expect(text.contains("entity Color enum [\"red\", \"blue\"];"))
        #expect(text.contains("nick?: String"))
    }

    @Test func printedTextUsesCedarNamespaceWhenAnEntityCapturesABuiltinName() throws {
        let schema = try Schema(cedarSchema: "entity String; entity E { s: __cedar::String, e: String };")
        let text = schema.cedarSchemaText()
        #expect(text.contains("s: __cedar::String") && text.contains("e: String"))
        let back = try Schema(cedarSchema: text)
        #expect(back.entityTypes == schema.entityTypes)
    }

    @Test func jsonFormIsWhatRustWrites() throws {
        let schema = try Schema(
            cedarSchema: "entity U { a?: Set<Long> }; action v appliesTo { principal: U, resource: U };")
        let expected = """
            {"":{"entityTypes":{"U":{"shape":{"type":"Record","attributes":{"a":{"type":"Set","element":\
            {"type":"Long"},"required":false}}}}},"actions":{"v":{"appliesTo":{"principalTypes":["U"],\
            "resourceTypes":["U"]}}}}}
            """
        #expect(schema.jsonSchema().serialized() == expected)
    }

    @Test(arguments: [
        (#"[]"#, "expected a map from namespace names"),
        (#"{"": {"entityTypes": {}}}"#, "missing field `actions`"),
        (#"{"": {"entityTypes": {}, "actions": {}, "extra": 1}}"#, "unknown field `extra`"),
        (#"{"N M": {"entityTypes": {}, "actions": {}}}"#, "invalid namespace `N M`"),
        (#"{"N::if": {"entityTypes": {}, "actions": {}}}"#, "invalid namespace"),
        (#"{"__cedar": {"entityTypes": {}, "actions": {}}}"#, "reserved `__cedar`"),
        (#"{"": {"annotations": {"a": "b"}, "entityTypes": {}, "actions": {}}}"#, "not allowed on the empty namespace"),
        (#"{"": {"entityTypes": {"if": {}}, "actions": {}}}"#, "invalid entity type name `if`"),
        (#"{"": {"entityTypes": {"A": {"enum": []}}, "actions": {}}}"#, "at least one id"),
        (
            #"{"": {"entityTypes": {"A": {"enum": ["a"], "shape": {"type": "Record", "attributes": {}}}}, "actions": {}}}"#,
            "unexpected field: shape"
        ),
        (#"{"": {"entityTypes": {"A": {"memberOfTypes": null}}, "actions": {}}}"#, "expected entity type names"),
        (
            #"{"": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {"x": {"type": "Entity"}}}}}, "actions": {}}}"#,
            "missing field `name`"
        ),
        (
            #"{"": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {}, "foo": 1}}}, "actions": {}}}"#,
            "unknown field `foo`"
        ),
        (
            #"{"": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {"x": {"type": "Set", "element": {"type": "Long", "required": false}}}}}}, "actions": {}}}"#,
            "unknown field `required`"
        ),
        (
            #"{"": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {}, "additionalAttributes": true}}}, "actions": {}}}"#,
            "unsupported feature"
        ),
        (#"{"": {"entityTypes": {}, "actions": {"a": {"attributes": {}}}}}"#, "unsupported feature"),
        (
            #"{"": {"entityTypes": {"A": {}}, "actions": {"a": {"appliesTo": {"principalTypes": ["A"]}}}}}"#,
            "missing field `resourceTypes`"
        ),
        (
            #"{"": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {"x": {"type": "Extension", "name": "foo"}}}}}, "actions": {}}}"#,
            "unknown extension type `foo`"
        ),
        (
            #"{"": {"commonTypes": {"T": {"type": "Long"}}, "entityTypes": {"A": {"shape": {"type": "T"}}}, "actions": {}}}"#,
            "shape for entity type `A`"
        ),
        (
            #"{"": {"commonTypes": {"Long": {"type": "String"}}, "entityTypes": {}, "actions": {}}}"#,
            "cannot be the basename of a common-type declaration"
        ),
        (
            #"{"": {"entityTypes": {"A": {}}, "actions": {"a": {"memberOf": [{"id": "b", "type": "A"}]}, "b": {}}}}"#,
            #"undeclared action: `A::"b"`"#
        ),
        (
            #"{"": {"entityTypes": {"A": {"shape": {"type": "Record", "attributes": {"x": {"type": "Entity", "name": "B"}}}}}, "actions": {}}}"#,
            "failed to resolve type: `B`"
        ),
        (#"{"": {"entityTypes": {}, "actions": {}}, "": {"entityTypes": {}, "actions": {}}}"#, "duplicate key"),
    ])
    func rejectsWhatRustRejects(source: String, message: String) {
        #expect {
            _ = try Schema(json: source, file: "s.json")
        } throws: { error in
            guard let diagnostics = error as? Diagnostics else { return false }
            return diagnostics.items.contains { $0.message.contains(message) }
        }
    }

    @Test(arguments: [
        #"{"": {"entityTypes": {"A": {}}, "actions": {"a": {"appliesTo": {"principalTypes": ["A"], "resourceTypes": []}}}}}"#,
        #"{"": {"commonTypes": {"T": {"type": "Record", "attributes": {}}}, "entityTypes": {"A": {"shape": {"type": "EntityOrCommon", "name": "T"}}}, "actions": {}}}"#,
        #"{"": {"entityTypes": {"A": {"annotations": {"doc": "x"}}}, "actions": {}}, "N": {"annotations": {"a": "b"}, "entityTypes": {}, "actions": {}}}"#,
        #"{"": {"entityTypes": {"A": {}}, "actions": {"a": {"memberOf": [{"id": "b", "type": "Action"}]}, "b": {}}}}"#,
        #"{"N::M": {"entityTypes": {"A": {}}, "actions": {"a": {"appliesTo": {"principalTypes": ["A"], "resourceTypes": ["N::M::A"]}}}}}"#,
    ])
    func acceptsWhatRustAccepts(source: String) throws {
        _ = try Schema(json: source)
    }

    @Test func jsonSyntaxErrorsKeepTheirPlace() {
        #expect {
            _ = try Schema(json: "{\n  \"\": ", file: "s.json")
        } throws: { error in
            guard let first = (error as? Diagnostics)?.items.first, let span = first.span else { return false }
            return span.file == "s.json" && span.start.line == 2
        }
    }
}
