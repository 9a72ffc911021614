import Testing

@testable import Cedar

/// Helpers for building expressions tersely.
private func v(_ variable: Variable) -> Expr { Expr(.variable(variable)) }
private func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

/// The expression JSON of a policy with one `when` clause.
private func bodyJSON(_ body: Expr) -> JSONValue? {
    let policy = Policy(id: "p", effect: .permit, conditions: [Condition(.when, body)])
    return policy.jsonRepresentation().object?["conditions"]?.array?.first?.object?["body"]
}

/// The expression read from a policy whose only `when` clause has `body` (JSON text).
private func readBody(_ body: String) throws -> Expr? {
    let text = """
        {"effect": "permit", "principal": {"op": "All"}, "action": {"op": "All"}, "resource": {"op": "All"},
         "conditions": [{"kind": "when", "body": \(body)}]}
        """
    return try Policy(json: json(text), id: "p").conditions.first?.body
}

/// The message of the error reading `text` as a policy.
private func policyError(_ text: String) -> String? {
    do {
        _ = try Policy(json: json(text), id: "p")
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite struct PolicyJSONTests {
    @Test func emptyPolicyMatchesRust() throws {
        let policy = Policy(id: "p", effect: .forbid)
        let expected = try json(
            #"{"effect":"forbid","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}"#
        )
        #expect(policy.jsonRepresentation() == expected)
        #expect(try Policy(json: expected, id: "p") == policy)
    }

    @Test func scopeConstraints() throws {
        let policy = Policy(
            id: "t", effect: .permit,
            principal: .isIn(Name("User"), .entity(uid("Group", "a"))),
            action: .inList([uid("Action", "a"), uid("NS::Action", "b")]),
            resource: .equal(.slot(.resource)))
        let expected = try json(
            """
            {"effect":"permit",
             "principal":{"op":"is","entity_type":"User","in":{"entity":{"type":"Group","id":"a"}}},
             "action":{"op":"in","entities":[{"type":"Action","id":"a"},{"type":"NS::Action","id":"b"}]},
             "resource":{"op":"==","slot":"?resource"},
             "conditions":[]}
            """)
        #expect(policy.jsonRepresentation() == expected)
        #expect(try Policy(json: expected, id: "t") == policy)

        let other = Policy(
            id: "u", effect: .permit, principal: .in(.slot(.principal)), action: .equal(uid("Action", "x")),
            resource: .is(Name("R", namespace: ["A"])))
        let otherJSON = try json(
            """
            {"effect":"permit","principal":{"op":"in","slot":"?principal"},
             "action":{"op":"==","entity":{"type":"Action","id":"x"}},
             "resource":{"op":"is","entity_type":"A::R"},"conditions":[]}
            """)
        #expect(other.jsonRepresentation() == otherJSON)
        #expect(try Policy(json: otherJSON, id: "u") == other)
    }

    @Test func singleActionListIsWrittenAsOneEntityLikeRust() throws {
        let policy = Policy(id: "p", effect: .permit, action: .inList([uid("Action", "a")]))
        let action = policy.jsonRepresentation().object?["action"]
        #expect(action == (try json(#"{"op":"in","entity":{"type":"Action","id":"a"}}"#)))
        #expect(try Policy(json: policy.jsonRepresentation(), id: "p").action == .in(uid("Action", "a")))
    }

    @Test func scopeInputFormsRustAccepts() throws {
        let text = """
            {"effect":"permit","principal":{"op":"all"},
             "action":{"op":"in","entity":{"__entity":{"type":"Action","id":"a"}}},
             "resource":{"op":"==","entity":{"type":"R","id":"r"},"ignored":1},"conditions":[]}
            """
        let policy = try Policy(json: json(text), id: "p")
        #expect(policy.principal == .any)
        #expect(policy.action == .in(uid("Action", "a")))
        #expect(policy.resource == .equal(.entity(uid("R", "r"))))
    }

    @Test func annotationsAreSortedAndNullMeansEmpty() throws {
        let policy = Policy(
            id: "p", effect: .permit,
            annotations: [Annotation(key: "id", value: "x"), Annotation(key: "foo", value: "")])
        let annotations = policy.jsonRepresentation().object?["annotations"]
        #expect(annotations == (try json(#"{"foo":"","id":"x"}"#)))
        let read = try Policy(
            json: json(
                """
                {"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},
                 "conditions":[],"annotations":{"b":null,"a":"v","if":"keywords are fine"}}
                """), id: "p")
        #expect(read.annotations.map(\.key) == ["b", "a", "if"])
        #expect(read.annotation("b") == "")
        #expect(read.annotation("a") == "v")
    }

    @Test func valuelessAnnotationsFromTextAreWrittenNullLikeRust() throws {
        let set = try PolicySet(parsing: #"@b @a("") @c("x") @ d permit(principal, action, resource);"#)
        let annotations = try #require(set.policies.first).jsonRepresentation().object?["annotations"]
        #expect(annotations == (try json(#"{"a":"","b":null,"c":"x","d":null}"#)))
    }

    @Test func conditionsKeepKindAndOrder() throws {
        let policy = Policy(
            id: "p", effect: .permit,
            conditions: [Condition(.unless, lit(.bool(false))), Condition(.when, v(.context))])
        let conditions = policy.jsonRepresentation().object?["conditions"]
        #expect(
            conditions
                == (try json(#"[{"kind":"unless","body":{"Value":false}},{"kind":"when","body":{"Var":"context"}}]"#)))
        #expect(try Policy(json: policy.jsonRepresentation(), id: "p") == policy)
    }

    @Test func literalsAndVariables() throws {
        #expect(bodyJSON(lit(.long(-5))) == (try json(#"{"Value":-5}"#)))
        #expect(bodyJSON(lit(.string("a\"\n"))) == (try json(#"{"Value":"a\"\n"}"#)))
        #expect(
            bodyJSON(lit(.entity(uid("A::B", "x")))) == (try json(#"{"Value":{"__entity":{"type":"A::B","id":"x"}}}"#)))
        #expect(bodyJSON(v(.principal)) == (try json(#"{"Var":"principal"}"#)))
        for expr in [lit(.long(-5)), lit(.bool(true)), lit(.string("s")), lit(.entity(uid("A::B", "x"))), v(.action)] {
            #expect(try readBody(bodyJSON(expr)!.serialized()) == expr)
        }
    }

    @Test func valueFormsBecomeExpressions() throws {
        let read = try readBody(
            #"{"Value":[1,{"a":true},{"__extn":{"fn":"decimal","arg":"1.0"}},{"__entity":{"type":"A","id":"b"}}]}"#)
        let expected = Expr(
            .set([
                lit(.long(1)), Expr(.record([("a", lit(.bool(true)))])),
                Expr(.extensionCall(name: "decimal", arguments: [lit(.string("1.0"))], isMethod: false)),
                lit(.entity(uid("A", "b"))),
            ]))
        #expect(read == expected)
        let method = try readBody(
            #"{"Value":{"__extn":{"fn":"lessThan","args":[{"__extn":{"fn":"decimal","arg":"1.0"}},{"__extn":{"fn":"decimal","arg":"2.0"}}]}}}"#
        )
        guard case .extensionCall("lessThan", let arguments, true)? = method?.kind else {
            Issue.record("expected a lessThan method call, got \(String(describing: method))")
            return
        }
        #expect(arguments.count == 2)
        // An object with `__entity` and other keys is a record, as in Rust.
        let record = try readBody(#"{"Value":{"__entity":{"type":"A","id":"b"},"x":1}}"#)
        guard case .record(let fields)? = record?.kind else {
            Issue.record("expected a record")
            return
        }
        #expect(fields.map(\.key) == ["__entity", "x"])
    }

    @Test func operators() throws {
        let p = v(.principal)
        let one = lit(.long(1))
        let cases: [(Expr, String)] = [
            (Expr(.not(p)), #"{"!":{"arg":{"Var":"principal"}}}"#),
            (Expr(.negate(one)), #"{"neg":{"arg":{"Value":1}}}"#),
            (Expr(.and(p, one)), #"{"&&":{"left":{"Var":"principal"},"right":{"Value":1}}}"#),
            (Expr(.or(p, one)), #"{"||":{"left":{"Var":"principal"},"right":{"Value":1}}}"#),
            (
                Expr(.ifThenElse(p, then: one, else: p)),
                #"{"if-then-else":{"if":{"Var":"principal"},"then":{"Value":1},"else":{"Var":"principal"}}}"#
            ),
            (Expr(.getAttribute(p, "a b")), #"{".":{"left":{"Var":"principal"},"attr":"a b"}}"#),
            (Expr(.hasAttribute(p, "x")), #"{"has":{"left":{"Var":"principal"},"attr":"x"}}"#),
            (
                Expr(.isEntityType(p, Name("User", namespace: ["NS"]))),
                #"{"is":{"left":{"Var":"principal"},"entity_type":"NS::User"}}"#
            ),
            (Expr(.set([one, p])), #"{"Set":[{"Value":1},{"Var":"principal"}]}"#),
            (
                Expr(.extensionCall(name: "isInRange", arguments: [p, one], isMethod: true)),
                #"{"isInRange":[{"Var":"principal"},{"Value":1}]}"#
            ),
            (
                Expr(.extensionCall(name: "ip", arguments: [lit(.string("1.1.1.1"))], isMethod: false)),
                #"{"ip":[{"Value":"1.1.1.1"}]}"#
            ),
            (
                Expr(.extensionCall(name: "isEmpty", arguments: [p], isMethod: true)),
                #"{"isEmpty":{"arg":{"Var":"principal"}}}"#
            ),
        ]
        let binaries: [BinaryOperator] = [
            .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .add, .subtract, .multiply, .in,
            .contains, .containsAll, .containsAny, .getTag, .hasTag,
        ]
        let all =
            cases
            + binaries.map { op in
                (Expr(.binary(op, p, one)), #"{"\#(op.rawValue)":{"left":{"Var":"principal"},"right":{"Value":1}}}"#)
            }
        for (expr, text) in all {
            let expected = try json(text)
            #expect(bodyJSON(expr) == expected, "writing \(text)")
            #expect(try readBody(text) == expr, "reading \(text)")
        }
    }

    @Test func recordKeysAreWrittenInRustOrder() throws {
        let record = Expr(.record([("z", lit(.long(1))), ("a", lit(.long(2))), ("B", lit(.long(3)))]))
        #expect(bodyJSON(record)?.serialized() == #"{"Record":{"B":{"Value":3},"a":{"Value":2},"z":{"Value":1}}}"#)
        let read = try readBody(#"{"Record":{"z":{"Value":1},"a":{"Value":2}}}"#)
        #expect(read == Expr(.record([("z", lit(.long(1))), ("a", lit(.long(2)))])))
    }

    @Test func likePatternsUseOneLiteralPerCharacter() throws {
        let pattern = Pattern([.literal("a"), .literal("b"), .wildcard, .literal("*"), .literal("é")])
        let expr = Expr(.like(v(.resource), pattern))
        let text =
            #"{"like":{"left":{"Var":"resource"},"pattern":[{"Literal":"a"},{"Literal":"b"},"Wildcard",{"Literal":"*"},{"Literal":"é"}]}}"#
        #expect(bodyJSON(expr) == (try json(text)))
        #expect(try readBody(text) == expr)
        // Multi-character literals are accepted and split.
        #expect(
            try readBody(
                #"{"like":{"left":{"Var":"resource"},"pattern":[{"Literal":"ab"},"Wildcard",{"Literal":"*é"}]}}"#)
                == expr)
    }

    @Test func lenientFormsRustAccepts() throws {
        let p = v(.principal)
        // `has` with an attribute path, desugared like the parser does; unknown keys are ignored.
        let path = try readBody(#"{"has":{"left":{"Var":"principal"},"attr":["a","b"],"note":1.5}}"#)
        let a = Expr(.getAttribute(p, "a"))
        #expect(path == Expr(.and(Expr(.hasAttribute(p, "a")), Expr(.hasAttribute(a, "b")))))
        // `{"Wildcard": null}` is a wildcard.
        let like = try readBody(#"{"like":{"left":{"Var":"principal"},"pattern":[{"Wildcard":null}]}}"#)
        #expect(like == Expr(.like(p, Pattern([.wildcard]))))
        // `"in": null` is no `in`.
        #expect(
            try readBody(#"{"is":{"left":{"Var":"principal"},"entity_type":"A","in":null}}"#)
                == Expr(.isEntityType(p, Name("A"))))
        // `__extn` ignores other keys and prefers `arg` over `args`.
        let call = try readBody(#"{"Value":{"__extn":{"fn":"decimal","arg":"1.0","args":["2.0"],"x":1}}}"#)
        #expect(call == Expr(.extensionCall(name: "decimal", arguments: [lit(.string("1.0"))], isMethod: false)))
        // A scope entity may be a two-string array.
        let policy = try Policy(
            json: json(
                #"{"effect":"permit","principal":{"op":"==","entity":["User","a"]},"action":{"op":"All"},"resource":{"op":"is","entity_type":"R","in":null},"conditions":[]}"#
            ), id: "p")
        #expect(policy.principal == .equal(.entity(uid("User", "a"))))
        #expect(policy.resource == .is(Name("R")))
    }

    @Test func numbersInValuesMustBeIntegersEvenUnderIgnoredKeys() {
        let message = policyError(
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[{"kind":"when","body":{"Value":{"__entity":{"type":"a","id":"b","x":1.5}}}}]}"#
        )
        #expect(message?.contains("at `conditions[0].body.Value.__entity.x`: `1.5` is not a Cedar integer") == true)
    }

    @Test func isWithInIsReadAsConjunction() throws {
        let read = try readBody(
            #"{"is":{"left":{"Var":"principal"},"entity_type":"A","in":{"Var":"resource"}}}"#)
        let expected = Expr(
            .and(Expr(.isEntityType(v(.principal), Name("A"))), Expr(.binary(.in, v(.principal), v(.resource)))))
        #expect(read == expected)
        // Written back without source spans, the conjunction stays a conjunction (as Rust does for its AST).
        #expect(bodyJSON(expected)?.object?.keys == ["&&"])
    }

    @Test func isInSugarIsRestoredWhenTheParserCopiedTheOperand() throws {
        let here = SourcePosition(line: 1, column: 5, offset: 4)
        let span = SourceSpan(start: here, end: here)
        let target = Expr(.variable(.principal), span: span)
        let desugared = Expr(
            .and(Expr(.isEntityType(target, Name("A"))), Expr(.binary(.in, target, v(.resource)))))
        #expect(
            bodyJSON(desugared)
                == (try json(#"{"is":{"left":{"Var":"principal"},"entity_type":"A","in":{"Var":"resource"}}}"#)))
    }

    @Test func extensionLiteralsAreWrittenAsConstructorCalls() throws {
        #expect(
            bodyJSON(lit(.decimal(CedarDecimal(scaled: -12_345)))) == (try json(#"{"decimal":[{"Value":"-1.2345"}]}"#)))
        #expect(
            bodyJSON(lit(.ipaddr(IPAddr(isIPv4: true, address: 0x0A00_0001, prefixLength: 8))))
                == (try json(#"{"ip":[{"Value":"10.0.0.1/8"}]}"#)))
        #expect(
            bodyJSON(lit(.duration(CedarDuration(milliseconds: 1500))))
                == (try json(#"{"duration":[{"Value":"1500ms"}]}"#)))
    }

    @Test(arguments: [
        (#"{"effect":"permit"}"#, "at the top level: missing the required key `principal`"),
        (
            #"{"effect":"allow","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}"#,
            "at `effect`: expected `\"permit\"` or `\"forbid\"`, found the string \"allow\""
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"}}"#,
            "missing the required key `conditions`"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[],"foo":1}"#,
            "unknown key `foo`"
        ),
        (
            #"{"effect":"permit","principal":{"op":"==","slot":"?resource"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}"#,
            "at `principal.slot`: the slot `?resource` cannot appear here; expected `?principal`"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"==","entity":{"type":"User","id":"a"}},"resource":{"op":"All"},"conditions":[]}"#,
            "at `action.entity`: expected an action entity"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"in","slot":"?principal"},"resource":{"op":"All"},"conditions":[]}"#,
            "the action constraint cannot contain a slot"
        ),
        (
            #"{"effect":"permit","principal":{"op":"is","entity_type":"A :: B"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[]}"#,
            "at `principal.entity_type`: `A :: B` is not a valid entity type name"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[{"kind":"when","body":{"&&":{"left":{"Value":true},"right":{"Value":1.5}}}}]}"#,
            "at `conditions[0].body[\"&&\"].right.Value`: `1.5` is not a Cedar integer"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[{"kind":"when","body":{"Value":1,"Var":"principal"}}]}"#,
            "at `conditions[0].body`: an expression object has exactly one key, found `Value` and `Var`"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[{"kind":"unless","body":{"Slot":"?principal"}}]}"#,
            "slots cannot appear in a `unless` clause"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[{"kind":"when","body":{"frobnicate":[]}}]}"#,
            "unknown expression operator `frobnicate`"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[{"kind":"when","body":{"like":{"left":{"Value":"a"},"pattern":["wildcard"]}}}]}"#,
            "at `conditions[0].body.like.pattern[0]`: expected `\"Wildcard\"`"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[{"kind":"when","body":{"Record":{"a b":{"Value":null}}}}]}"#,
            "at `conditions[0].body.Record[\"a b\"].Value`: `null` is not a Cedar value"
        ),
        (
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"conditions":[],"annotations":{"a b":"x"}}"#,
            "`a b` is not a valid annotation name"
        ),
    ])
    func errorsSayWhereAndWhat(text: String, expected: String) {
        let message = policyError(text)
        #expect(message?.contains(expected) == true, "got \(message ?? "no error")")
    }

    @Test func deepNestingIsRejectedNotCrashing() throws {
        var body: JSONValue = .object(JSONObject([("Value", .bool(true))]))
        for _ in 0..<10_000 { body = .object(JSONObject([("!", .object(JSONObject([("arg", body)])))])) }
        var value: JSONValue = .array([])
        for _ in 0..<10_000 { value = .array([value]) }
        for nested in [body, .object(JSONObject([("Value", value)]))] {
            let policy: JSONValue = .object(
                JSONObject([
                    ("effect", .string("permit")), ("principal", .object(JSONObject([("op", .string("All"))]))),
                    ("action", .object(JSONObject([("op", .string("All"))]))),
                    ("resource", .object(JSONObject([("op", .string("All"))]))),
                    ("conditions", .array([.object(JSONObject([("kind", .string("when")), ("body", nested)]))])),
                ]))
            #expect(throws: Diagnostics.self) { try Policy(json: policy, id: "deep") }
        }
    }
}
