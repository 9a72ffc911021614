import Testing

@testable import Cedar

/// The human-readable `.cedarschema` format: each construct, and errors with their place.
@Suite struct SchemaCedarFormatTests {
    static func parse(_ text: String) throws -> Schema { try Schema(cedarSchema: text, file: "s.cedarschema") }

    @Test func entityTypesWithParentsAttributesAndTags() throws {
        let schema = try Self.parse(
            """
            // a comment
            entity Group;
            entity User, Admin in [Group] {
                name: String,
                "quoted attr"?: Long,
                flags: Set<Bool>,
                address: { street: String, zip?: String },
            } tags String;
            entity Doc = { owner: User };
            """)
        #expect(schema.entityTypes.count == 4)
        let user = try #require(schema.entityTypes[Name("User")])
        #expect(user.memberOfTypes == [Name("Group")])
        #expect(user.tags == .string)
        #expect(user.attributes.attributes["name"] == AttributeType(.string))
        #expect(user.attributes.attributes["quoted attr"] == AttributeType(.long, isRequired: false))
        #expect(user.attributes.attributes["flags"] == AttributeType(.set(.bool)))
        #expect(
            user.attributes.attributes["address"]
                == AttributeType(
                    .record(
                        RecordType([
                            "street": AttributeType(.string), "zip": AttributeType(.string, isRequired: false),
                        ]))))
        #expect(schema.entityTypes[Name("Admin")]?.attributes == user.attributes)
        #expect(schema.entityTypes[Name("Doc")]?.attributes.attributes["owner"] == AttributeType(.entity(Name("User"))))
        #expect(schema.entityTypes[Name("Group")]?.tags == nil)
    }

    @Test func enumeratedEntityTypes() throws {
        let schema = try Self.parse(#"entity Color enum ["red", "green\u{21}"]; entity Car in Color;"#)
        #expect(schema.entityTypes[Name("Color")]?.enumeratedIDs == ["red", "green!"])
        #expect(schema.entityTypes[Name("Car")]?.memberOfTypes == [Name("Color")])
    }

    @Test func namespacesQualifyDeclarationsAndReferences() throws {
        let schema = try Self.parse(
            """
            entity Global;
            namespace App::Photos {
                entity User { home: Global, self: User, qualified: App::Photos::User };
                action view appliesTo { principal: User, resource: [User, Global] };
            }
            """)
        let user = Name("User", namespace: ["App", "Photos"])
        let attributes = try #require(schema.entityTypes[user]).attributes.attributes
        #expect(attributes["home"]?.type == .entity(Name("Global")))
        #expect(attributes["self"]?.type == .entity(user))
        #expect(attributes["qualified"]?.type == .entity(user))
        let view = EntityUID(type: Name("Action", namespace: ["App", "Photos"]), id: "view")
        #expect(schema.actions[view]?.appliesTo?.resourceTypes == [user, Name("Global")])
    }

    @Test func actionsGroupsAndAppliesTo() throws {
        let schema = try Self.parse(
            """
            entity User; entity Photo;
            type Ctx = { ip: ipaddr, when?: datetime };
            action "read", write in ["all"] appliesTo { principal: [User], resource: Photo, context: Ctx };
            action all;
            action other in [all, Action::"all", "all"] appliesTo { resource: Photo, principal: User, };
            action bare attributes {};
            namespace N { action a in [Action::"b", N::Action::"b", b]; action b; }
            """)
        let all = EntityUID(type: Name("Action"), id: "all")
        let write = try #require(schema.actions[EntityUID(type: Name("Action"), id: "write")])
        #expect(write.memberOf == [all])
        #expect(write.appliesTo?.principalTypes == [Name("User")])
        #expect(
            write.appliesTo?.context
                == RecordType([
                    "ip": AttributeType(.extension("ipaddr")),
                    "when": AttributeType(.extension("datetime"), isRequired: false),
                ]))
        #expect(schema.actions[EntityUID(type: Name("Action"), id: "read")]?.appliesTo == write.appliesTo)
        #expect(schema.actions[all]?.appliesTo == nil)
        #expect(schema.actions[EntityUID(type: Name("Action"), id: "other")]?.memberOf == [all])
        #expect(schema.actions[EntityUID(type: Name("Action"), id: "bare")]?.appliesTo == nil)
        let nAction = Name("Action", namespace: ["N"])
        #expect(schema.actions[EntityUID(type: nAction, id: "a")]?.memberOf == [EntityUID(type: nAction, id: "b")])
        #expect(schema.actions.count == 7)
    }

    @Test func actionGroupsFallBackToTheEmptyNamespace() throws {
        let schema = try Self.parse("namespace N { action a in b; } action b;")
        let a = EntityUID(type: Name("Action", namespace: ["N"]), id: "a")
        #expect(schema.actions[a]?.memberOf == [EntityUID(type: Name("Action"), id: "b")])
    }

    @Test func builtinTypesAndTheirCedarNamespace() throws {
        let schema = try Self.parse(
            """
            entity E { a: Long, b: __cedar::Long, c: decimal, d: __cedar::duration, e: Bool, f: __cedar::String };
            """)
        let attributes = try #require(schema.entityTypes[Name("E")]).attributes.attributes
        #expect(attributes["a"]?.type == .long && attributes["b"]?.type == .long)
        #expect(attributes["c"]?.type == .extension("decimal") && attributes["d"]?.type == .extension("duration"))
        #expect(attributes["e"]?.type == .bool && attributes["f"]?.type == .string)
    }

    @Test func commonTypesResolveBeforeEntityTypesAndMayShadowBuiltins() throws {
        let schema = try Self.parse(
            """
            entity String;
            type ipaddr = Long;
            namespace N { entity A; type A = { x: Long }; entity B { a: A, s: String, i: ipaddr }; }
            """)
        let b = try #require(schema.entityTypes[Name("B", namespace: ["N"])]).attributes.attributes
        #expect(b["a"]?.type == .record(RecordType(["x": AttributeType(.long)])))
        #expect(b["s"]?.type == .entity(Name("String")))
        #expect(b["i"]?.type == .long)
    }

    @Test func keywordsAreUsableAsNamesAndSetAloneIsAName() throws {
        let schema = try Self.parse(
            """
            entity Set, namespace, entity, type;
            entity E { in_: Long, action: Set, appliesTo: Set<Set>, "if": entity };
            action namespace, "in";
            """)
        let e = try #require(schema.entityTypes[Name("E")]).attributes.attributes
        #expect(e["action"]?.type == .entity(Name("Set")))
        #expect(e["appliesTo"]?.type == .set(.entity(Name("Set"))))
        #expect(e["if"]?.type == .entity(Name("entity")))
        #expect(schema.actions.count == 2)
    }

    @Test func annotationsAreAcceptedAndIgnored() throws {
        let schema = try Self.parse(
            """
            @doc("the app") namespace N {
                @doc("x") @deprecated entity A { @doc("attr") x: Long };
                @a("b") type T = Long;
                @c action a;
            }
            """)
        #expect(schema.entityTypes.count == 1 && schema.actions.count == 1)
    }

    @Test func laterDuplicateAttributesReplaceEarlierOnes() throws {
        let schema = try Self.parse(#"entity E { x: Long, "x": String };"#)
        #expect(schema.entityTypes[Name("E")]?.attributes.attributes == ["x": AttributeType(.string)])
    }

    @Test func emptyTextIsAnEmptySchema() throws {
        let schema = try Self.parse("  // nothing\n")
        #expect(schema.entityTypes.isEmpty && schema.actions.isEmpty)
    }

    @Test(arguments: [
        ("entity E { x: Long }", "unexpected end of input; expected `;`", 1, 21),
        ("entity E {\n  x Long };", "unexpected token `Long`; expected `:` or `?`", 2, 5),
        ("action a appliesTo {};", "expected `principal`, `resource` or `context`", 1, 21),
        ("entity A = Long;", "unexpected token `Long`; expected `{`", 1, 12),
        ("entity if;", "`if` is a reserved identifier", 1, 8),
        ("entity E { in: Long };", "`in` is a reserved identifier", 1, 12),
        ("entity E enum [];", "expected a string literal", 1, 16),
        ("entity E enum [\"a\"] tags Long;", "unexpected token `tags`", 1, 21),
        ("entity E tags Long { x: Long };", "unexpected token `{`", 1, 20),
        ("action a in A::B;", "expected `::` followed by a string literal", 1, 17),
        ("action a in [];", "unexpected token `]`", 1, 14),
        ("namespace N { namespace M { } }", "unexpected token `namespace`", 1, 15),
        ("entity E { \"\\q\": Long };", "invalid escape sequence", 1, 12),
        ("entity E { x: \"y\" };", "unexpected token `\"y\"`; expected a type", 1, 15),
        ("entity E # ;", "invalid token", 1, 10),
        ("entity E { x: Long };\n\"abc", "unterminated string literal", 2, 1),
        ("@doc(\"x\") @doc(\"y\") entity A;", "duplicate annotations: `doc`", 1, 12),
        ("entity E { x: 12 };", "unexpected token `12`", 1, 15),
        ("entity A, B, A;", "`A` is declared twice", 1, 14),
        ("type T = Long; type T = String;", "`T` is declared twice", 1, 21),
        ("namespace N {} namespace N {}", "duplicate namespace id: `N`", 1, 26),
        ("entity __cedar;", "reserved `__cedar` namespace", 1, 8),
        ("namespace A::__cedar { entity B; }", "reserved `__cedar` namespace", 1, 11),
        ("type Boolean = Long;", "reserved schema keyword: `Boolean`", 1, 6),
        ("entity A; action a appliesTo { principal: A };", "missing `resource` declaration for `a`", 1, 18),
        ("entity A; action a appliesTo { resource: A };", "missing `principal` declaration for `a`", 1, 18),
        ("entity A; action a appliesTo { principal: A, resource: [] };", "`resource` is `[]`", 1, 46),
        ("entity A; action a appliesTo { principal: A, principal: A, resource: A };", "duplicate `principal`", 1, 46),
        (
            "entity A; action a appliesTo { principal: A, resource: A, context: {}, context: {} };",
            "duplicate context", 1, 72
        ),
        ("entity A; action a appliesTo { principal: A, resource: A,, };", "unexpected token `,`", 1, 58),
    ])
    func syntaxAndDeclarationErrors(source: String, message: String, line: Int, column: Int) {
        #expect {
            _ = try Self.parse(source)
        } throws: { error in
            guard let diagnostics = error as? Diagnostics, let first = diagnostics.items.first,
                let span = first.span
            else { return false }
            return diagnostics.items.contains { $0.message.contains(message) } && span.start.line == line
                && span.start.column == column && span.file == "s.cedarschema"
        }
    }

    @Test func deepNestingIsRefusedWithoutCrashing() {
        let deep =
            "entity E { x: " + String(repeating: "Set<", count: 5000) + "Long"
            + String(repeating: ">", count: 5000) + " };"
        #expect {
            _ = try Self.parse(deep)
        } throws: { error in
            (error as? Diagnostics)?.items.first?.message.contains("nested too deeply") == true
        }
        let records =
            "type T = " + String(repeating: "{ a: ", count: 5000) + "Long" + String(repeating: "}", count: 5000)
            + ";"
        #expect(throws: Diagnostics.self) { try Self.parse(records) }
    }

    @Test func renderedErrorsPointAtTheProblem() {
        let source = "entity A;\nentity B in [A, C];"
        #expect {
            _ = try Self.parse(source)
        } throws: { error in
            guard let diagnostics = error as? Diagnostics else { return false }
            let rendered = diagnostics.rendered(source: source)
            return rendered.contains("s.cedarschema:2:17: error: failed to resolve type: `C`")
                && rendered.contains("entity B in [A, C];")
        }
    }
}
