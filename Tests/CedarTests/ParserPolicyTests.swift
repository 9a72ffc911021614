import Testing

@testable import Cedar

/// Policies: annotations, every scope form, conditions, templates and positional ids.
@Suite struct ParserPolicyTests {
    func policy(_ source: String) throws -> Policy {
        let policies = try PolicyParser.parsePolicies(source)
        try #require(policies.count == 1)
        return policies[0]
    }

    func uid(_ type: String, _ id: String) -> EntityUID { EntityUID(type: Name(qualified: type), id: id) }

    @Test func minimalPolicy() throws {
        let p = try policy("permit(principal, action, resource);")
        #expect(p.id == "policy0")
        #expect(p.effect == .permit)
        #expect(p.principal == .any && p.action == .any && p.resource == .any)
        #expect(p.conditions.isEmpty && p.annotations.isEmpty)
        #expect(try policy("forbid(principal,action,resource,);").effect == .forbid)
    }

    @Test func annotations() throws {
        let p = try policy(#"@id("first") @advice @if("x\n") permit(principal, action, resource);"#)
        #expect(p.annotations.map(\.key) == ["id", "advice", "if"])
        #expect(p.annotations.map(\.value) == ["first", "", "x\n"])
        #expect(p.annotation("id") == "first")
        #expect(throws: Diagnostics.self) { try policy(#"@id("a") @id("b") permit(principal, action, resource);"#) }
        #expect(throws: Diagnostics.self) { try policy(#"@id(x) permit(principal, action, resource);"#) }
    }

    @Test func principalAndResourceScopes() throws {
        let user = uid("User", "alice")
        #expect(
            try policy(#"permit(principal == User::"alice", action, resource);"#).principal == .equal(.entity(user)))
        #expect(try policy(#"permit(principal in User::"alice", action, resource);"#).principal == .in(.entity(user)))
        #expect(try policy(#"permit(principal in (User::"alice"), action, resource);"#).principal == .in(.entity(user)))
        #expect(try policy("permit(principal is User, action, resource);").principal == .is(Name("User")))
        #expect(
            try policy(#"permit(principal, action, resource is A::Doc in A::Folder::"f");"#).resource
                == .isIn(Name("Doc", namespace: ["A"]), .entity(uid("A::Folder", "f"))))
    }

    @Test func actionScopes() throws {
        let view = uid("Action", "view")
        #expect(try policy(#"permit(principal, action == Action::"view", resource);"#).action == .equal(view))
        #expect(try policy(#"permit(principal, action in Action::"view", resource);"#).action == .in(view))
        #expect(
            try policy(#"permit(principal, action in [Action::"view", NS::Action::"edit"], resource);"#).action
                == .inList([view, uid("NS::Action", "edit")]))
        #expect(try policy("permit(principal, action in [], resource);").action == .inList([]))
    }

    @Test func invalidScopes() throws {
        for bad in [
            #"permit(principal, action in Foo::"a", resource);"#,
            #"permit(principal, action == [Action::"a"], resource);"#,
            "permit(principal, action is Action, resource);", "permit(principal: User, action, resource);",
            #"permit(principal in A::"x" is B, action, resource);"#,
            #"permit(principal is A == A::"x", action, resource);"#,
            #"permit(principal != A::"x", action, resource);"#, #"permit(principal = A::"x", action, resource);"#,
            #"permit(principal == "x", action, resource);"#, "permit(principal == x, action, resource);",
            "permit(principal == principal, action, resource);", #"permit(principal in [A::"x"], action, resource);"#,
            #"permit(principal == A::"x".a, action, resource);"#, "permit(principal == ?resource, action, resource);",
            "permit(principal, action == ?action, resource);", "permit(principal, action, resource in ?principal);",
            "permit(principal, action);", "permit();", "permit(action, principal, resource);",
            "permit(principal, action, resource, context);", "permit(context, action, resource);",
            "foo(principal, action, resource);", "permit(principal, action, resource is if);",
        ] {
            #expect(throws: Diagnostics.self, "\(bad)") { try PolicyParser.parsePolicies(bad) }
        }
    }

    @Test func conditionsKeepTheirOrder() throws {
        let p = try policy("permit(principal, action, resource) when { true } unless { false } when { 1 == 1 };")
        #expect(p.conditions.map(\.kind) == [.when, .unless, .when])
        #expect(p.conditions[1].body == Expr(.literal(.bool(false))))
        #expect(throws: Diagnostics.self) { try policy("permit(principal, action, resource) when {};") }
        #expect(throws: Diagnostics.self) { try policy("permit(principal, action, resource) if { true };") }
    }

    @Test func templatesAndPositionalIDs() throws {
        let source = """
            permit(principal, action, resource);
            permit(principal == ?principal, action, resource in ?resource);
            forbid(principal is User in ?principal, action, resource);
            @id("named") permit(principal, action, resource);
            """
        let set = try PolicySet(parsing: source)
        #expect(set.policies.map(\.id) == ["policy0", "policy3"])
        #expect(set.templates.map(\.id) == ["policy1", "policy2"])
        #expect(set.templates[0].principal == .equal(.slot(.principal)))
        #expect(set.templates[0].resource == .in(.slot(.resource)))
        #expect(set.templates[1].principal == .isIn(Name("User"), .slot(.principal)))
    }

    @Test func slotsAreOnlyAllowedInTheScope() throws {
        #expect(throws: Diagnostics.self) {
            try policy("permit(principal, action, resource) when { ?principal == principal };")
        }
        #expect(throws: Diagnostics.self) {
            try policy("permit(principal == ?principal, action, resource) unless { ?resource };")
        }
    }

    @Test func emptyInputAndComments() throws {
        #expect(try PolicyParser.parsePolicies("").isEmpty)
        #expect(try PolicyParser.parsePolicies("  // nothing here").isEmpty)
        let policies = try PolicyParser.parsePolicies("// a\npermit(principal, action, resource); // b\r\n// c")
        #expect(policies.count == 1)
    }

    @Test func policySpanCoversAnnotationsToSemicolon() throws {
        let p = try PolicyParser.parsePolicies(
            "\n  @id(\"x\")\n  permit(principal, action, resource);", file: "p.cedar")[0]
        #expect(p.span?.description == "p.cedar:2:3")
        #expect(p.span?.end.line == 3)
        #expect(p.annotations[0].span?.start.column == 3)
    }
}
