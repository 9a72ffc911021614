import Testing

@testable import Cedar

/// Name resolution and the whole-schema checks Rust Cedar 4.x makes (each case checked against `cedarpy` 4.x).
@Suite struct SchemaResolutionTests {
    @Test(arguments: [
        ("entity A in C;", "failed to resolve type: `C`"),
        ("entity A { x: C };", "failed to resolve type: `C`"),
        ("entity A tags C;", "failed to resolve type: `C`"),
        ("type T = { x: C }; entity A;", "failed to resolve type: `C`"),
        ("entity E { x: Boolean };", "failed to resolve type: `Boolean`"),
        ("entity E { x: __cedar::Foo };", "failed to resolve type: `__cedar::Foo`"),
        ("namespace N { entity B { a: A }; } namespace M { entity A; }", "failed to resolve type: `A`"),
        ("type T = Long; entity B in T;", "failed to resolve type: `T`"),
        ("type T = Long; entity A; action a appliesTo { principal: T, resource: A };", "failed to resolve type"),
        ("entity A; action a appliesTo { principal: A, resource: A, context: A };", "failed to resolve type: `A`"),
        ("entity A; type T = A; action a appliesTo { principal: A, resource: A, context: T };", "context for action"),
        ("entity A; action a appliesTo { principal: A, resource: A, context: Long };", "context for action"),
        ("entity Action;", "entity type `Action` declared"),
        ("namespace N { entity Action { x: Long }; }", "entity type `Action` declared"),
        ("entity A; namespace N { entity A; }", "`N::A` illegally shadows the existing definition of `A`"),
        ("type T = Long; namespace N { type T = String; }", "`N::T` illegally shadows"),
        ("entity A; namespace N { type A = Long; }", "`N::A` illegally shadows"),
        ("action a; namespace N { action a; }", #"`N::Action::"a"` illegally shadows"#),
        ("type T = U; type U = T;", "cycle in common type references"),
        ("type T = Set<T>;", "cycle in common type references containing `T`"),
        ("action a in b;", #"undeclared action: `Action::"b"`"#),
        (#"namespace N { action a in Foo::"b"; action b; }"#, #"undeclared action: `Foo::"b"`"#),
        ("action a in a;", #"cycle in action hierarchy containing `Action::"a"`"#),
        ("action a in b; action b in c; action c in a;", "cycle in action hierarchy"),
        ("action b; entity A in Action;", "undeclared entity type: `Action`"),
        ("action b; entity A; action a appliesTo { principal: Action, resource: A };", "undeclared entity type"),
    ])
    func rejectsWhatRustRejects(source: String, message: String) {
        #expect {
            _ = try Schema(cedarSchema: source)
        } throws: { error in
            (error as? Diagnostics)?.items.contains { $0.message.contains(message) } == true
        }
    }

    @Test(arguments: [
        "entity E in E;",
        "entity A in B; entity B in A;",
        "entity A; entity B in [A, A];",
        "entity A; action a appliesTo { principal: [A, A], resource: A };",
        "namespace N { entity A; } namespace N::A { entity B; }",
        "namespace N { action a; } namespace M { action a; }",
        "action b; entity A; action a appliesTo { principal: A, resource: A, context: { x: Action } };",
        "entity A; type A = Long;",
        "entity Long; entity E { x: Long, y: __cedar::Long };",
        "namespace N { type ipaddr = Long; entity E { x: ipaddr }; }",
        #"entity E enum ["a", "a"];"#,
        "type T = { x: Long }; entity A { y: T }; action a appliesTo { principal: A, resource: A, context: T };",
    ])
    func acceptsWhatRustAccepts(source: String) throws {
        _ = try Schema(cedarSchema: source)
    }

    @Test func entityNamedLikeABuiltinCapturesTheBareName() throws {
        let schema = try Schema(cedarSchema: "entity Long; entity E { x: Long, y: __cedar::Long };")
        let e = try #require(schema.entityTypes[Name("E")]).attributes.attributes
        #expect(e["x"]?.type == .entity(Name("Long")))
        #expect(e["y"]?.type == .long)
    }

    @Test func commonTypesExpandThroughChainsAndNamespaces() throws {
        let schema = try Schema(
            cedarSchema: """
                type Base = { n: Long };
                namespace N {
                    type Wrapper = Set<Base>;
                    type Outer = { w: Wrapper, again?: N::Wrapper };
                    entity E = { o: Outer };
                }
                """)
        let wrapper = SchemaType.set(.record(RecordType(["n": AttributeType(.long)])))
        let outer = SchemaType.record(
            RecordType(["w": AttributeType(wrapper), "again": AttributeType(wrapper, isRequired: false)]))
        #expect(schema.entityTypes[Name("E", namespace: ["N"])]?.attributes.attributes["o"]?.type == outer)
    }

    @Test func aLongChainOfCommonTypesIsExpandedWithoutDeepRecursion() throws {
        var text = "type T0 = Long;\n"
        for i in 1..<3000 { text += "type T\(i) = T\(i - 1);\n" }
        text += "entity E { x: T2999 };"
        let schema = try Schema(cedarSchema: text)
        #expect(schema.entityTypes[Name("E")]?.attributes.attributes["x"]?.type == .long)

        var nested = "type T0 = Long;\n"
        for i in 1..<300 { nested += "type T\(i) = Set<T\(i - 1)>;\n" }
        #expect {
            _ = try Schema(cedarSchema: nested)
        } throws: { error in
            (error as? Diagnostics)?.items.first?.message.contains("nested too deeply") == true
        }
    }

    @Test func aLongActionChainIsCheckedIteratively() throws {
        var text = "action a0;\n"
        for i in 1..<5000 { text += "action a\(i) in a\(i - 1);\n" }
        let schema = try Schema(cedarSchema: text)
        #expect(schema.actions.count == 5000)
        #expect(throws: Diagnostics.self) { try Schema(cedarSchema: text + "action a0x in a4999; action a0 in a0x;") }
    }

    @Test func allUnresolvableNamesAreReportedTogether() {
        #expect {
            _ = try Schema(cedarSchema: "entity A in X { y: Y }; action a appliesTo { principal: P, resource: A };")
        } throws: { error in
            let messages = (error as? Diagnostics)?.items.map(\.message) ?? []
            return ["`X`", "`Y`", "`P`"].allSatisfy { name in messages.contains { $0.contains(name) } }
        }
    }
}
