import Testing

@testable import Cedar

private let all = #"{"op":"All"}"#
private func policyJSON(principal: String = all, conditions: String = "[]") -> String {
    #"{"effect":"permit","principal":\#(principal),"action":\#(all),"resource":\#(all),"conditions":\#(conditions)}"#
}

private func setError(_ text: String) -> String? {
    do {
        _ = try PolicySet(json: text)
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite struct PolicySetJSONTests {
    @Test func readsStaticPoliciesTemplatesAndLinks() throws {
        let text = """
            {"staticPolicies": {"policy1": \(policyJSON())},
             "templates": {"template": \(policyJSON(principal: #"{"op":"==","slot":"?principal"}"#))},
             "templateLinks": [{"newId": "link", "templateId": "template",
                                "values": {"?principal": {"type": "User", "id": "bob"}}}]}
            """
        let set = try PolicySet(json: text)
        #expect(set.policies.map(\.id) == ["policy1", "link"])
        #expect(set.templates.map(\.id) == ["template"])
        #expect(set.links["link"]?.templateID == "template")
        let linked = try #require(set.policies.last)
        #expect(linked.principal == .equal(.entity(EntityUID(type: Name("User"), id: "bob"))))
    }

    @Test func writesRustsShapeAndReadsItBack() throws {
        var set = PolicySet()
        try set.add(Policy(id: "p0", effect: .forbid, conditions: [Condition(.when, Expr(.literal(.bool(true))))]))
        try set.addTemplate(
            Policy(id: "t0", effect: .permit, principal: .in(.slot(.principal)), resource: .equal(.slot(.resource))))
        let alice = EntityUID(type: Name("User"), id: "alice")
        let doc = EntityUID(type: Name("Doc", namespace: ["NS"]), id: "d")
        try set.link(templateID: "t0", newID: "l0", values: [.principal: alice, .resource: doc])
        let json = set.jsonRepresentation()
        let object = try #require(json.object)
        #expect(object.keys == ["templates", "staticPolicies", "templateLinks"])
        #expect(object["staticPolicies"]?.object?.keys == ["p0"])
        #expect(object["templates"]?.object?.keys == ["t0"])
        let expectedLinks = try JSONParser.parse(
            #"[{"templateId":"t0","newId":"l0","values":{"?principal":{"type":"User","id":"alice"},"?resource":{"type":"NS::Doc","id":"d"}}}]"#
        )
        #expect(object["templateLinks"] == expectedLinks)

        let back = try PolicySet(json: json.serialized(pretty: true))
        #expect(back.policies == set.policies)
        #expect(back.templates == set.templates)
        #expect(back.links == set.links)
    }

    @Test(arguments: [
        (#"{"staticPolicies": {}, "templates": {}}"#, "at the top level: missing the required key `templateLinks`"),
        (#"{"staticPolicies": {}, "templates": {}, "templateLinks": [], "links": []}"#, "unknown key `links`"),
        (
            #"{"staticPolicies": {"a": 1}, "templates": {}, "templateLinks": []}"#,
            "at `staticPolicies.a`: expected a policy"
        ),
        (
            #"{"staticPolicies": {"policy0": \#(policyJSON(conditions: #"[{"kind":"when","body":{"Var":"user"}}]"#))}, "templates": {}, "templateLinks": []}"#,
            "at `staticPolicies.policy0.conditions[0].body.Var`: unknown variable `user`"
        ),
        (
            #"{"staticPolicies": {"s": \#(policyJSON(principal: #"{"op":"==","slot":"?principal"}"#))}, "templates": {}, "templateLinks": []}"#,
            "at `staticPolicies.s`: a static policy cannot contain slots"
        ),
        (
            #"{"staticPolicies": {"x": \#(policyJSON())}, "templates": {"x": \#(policyJSON())}, "templateLinks": []}"#,
            "at `staticPolicies.x`: duplicate policy id `x`"
        ),
        (
            #"{"staticPolicies": {}, "templates": {}, "templateLinks": [{"templateId": "t", "newId": "l", "values": {}}]}"#,
            "at `templateLinks[0]`: no template with id `t`"
        ),
        (
            #"{"staticPolicies": {}, "templates": {"t": \#(policyJSON(principal: #"{"op":"==","slot":"?principal"}"#))}, "templateLinks": [{"templateId": "t", "newId": "l", "values": {"?p": {"type": "U", "id": "a"}}}]}"#,
            "at `templateLinks[0].values.?p`: `?p` is not a slot"
        ),
        (#"{"staticPolicies": {}, "templates": {}, "templateLinks": [}"#, "1:59: error: invalid JSON"),
    ])
    func errorsSayWhereAndWhat(text: String, expected: String) {
        let message = setError(text)
        #expect(message?.contains(expected) == true, "got \(message ?? "no error")")
    }
}
