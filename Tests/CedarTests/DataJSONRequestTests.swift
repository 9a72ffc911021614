import Cedar
import Testing

@Suite struct DataJSONRequestTests {
    typealias S = DataJSONTestSupport

    private func request(
        _ principal: EntityUID = S.uid("User", "alice"), _ action: String = "view",
        resource: EntityUID = S.uid("Group", "g"), context: String? = #"{"mfa": true}"#
    ) throws -> Request {
        try Request(
            principal: principal, action: S.uid("Action", action), resource: resource,
            contextJSON: context.map { try S.json($0) }, schema: S.schema)
    }

    private func validationError(_ request: Request) -> String? {
        do {
            try request.validate(against: S.schema)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func validRequestPasses() throws {
        let valid = try request(context: #"{"mfa": true, "level": 2, "by": {"type": "User", "id": "bob"}}"#)
        #expect(valid.context["by"] == .entity(S.uid("User", "bob")))
        try valid.validate(against: S.schema)
    }

    @Test func contextWithoutSchemaIsReadPlainly() throws {
        let plain = try Request(
            principal: S.uid("User", "a"), action: S.uid("Action", "any"), resource: S.uid("R", "r"),
            contextJSON: S.json(#"{"by": {"type": "User", "id": "bob"}}"#), schema: nil)
        #expect(plain.context["by"] == .record(["type": .string("User"), "id": .string("bob")]))
        let empty = try Request(
            principal: S.uid("User", "a"), action: S.uid("Action", "any"), resource: S.uid("R", "r"),
            contextJSON: nil, schema: nil)
        #expect(empty.context.isEmpty)
    }

    @Test(arguments: [
        (#"{}"#, "expected the record to have an attribute `mfa`"),
        (#"{"mfa": true, "extra": 1}"#, "record attribute `extra` should not exist"),
        (#"[1]"#, "type mismatch"),
        (#"{"mfa": true, "by": "bob"}"#, "expected a literal entity reference"),
    ])
    func contextParsingErrors(_ context: String, _ expected: String) {
        #expect {
            try request(context: context)
        } throws: { error in
            (error as? Diagnostics)?.description.contains(expected) == true
        }
    }

    @Test func contextNeedsADeclaredActionWhenASchemaIsGiven() {
        #expect {
            try request(S.uid("User", "a"), "fly")
        } throws: { error in
            (error as? Diagnostics)?.description.contains("action `Action::\"fly\"` does not exist") == true
        }
    }

    @Test func validationErrors() throws {
        #expect(
            validationError(try request(S.uid("Usr", "a")))?.contains("principal type `Usr` is not declared") == true)
        #expect(
            validationError(try request(resource: S.uid("Nope", "a")))?.contains("resource type `Nope` is not declared")
                == true)
        #expect(
            validationError(try request(S.uid("Group", "a")))?.contains("principal type `Group` is not valid") == true)
        #expect(
            validationError(try request(resource: S.uid("User", "b")))?.contains("resource type `User` is not valid")
                == true)
        let typeError = validationError(try request(context: #"{"mfa": 1}"#))
        #expect(typeError?.contains("context is not valid for `Action::\"view\"`") == true)
        #expect(typeError?.contains("mfa") == true)
        let noAppliesTo = Request(
            principal: S.uid("User", "a"), action: S.uid("Action", "read"), resource: S.uid("Group", "g"))
        #expect(validationError(noAppliesTo)?.contains("no principal types are valid") == true)
        let undeclared = Request(
            principal: S.uid("User", "a"), action: S.uid("Action", "fly"), resource: S.uid("Group", "g"))
        #expect(validationError(undeclared)?.contains("request's action `Action::\"fly\"` is not declared") == true)
        let enumerated = Request(
            principal: S.uid("User", "a"), action: S.uid("Action", "view"), resource: S.uid("Group", "g"),
            context: ["mfa": .bool(true), "by": .entity(S.uid("Color", "blue"))])
        #expect(validationError(enumerated) != nil)
    }
}
