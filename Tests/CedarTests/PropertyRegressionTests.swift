import Cedar
import Testing

/// Inputs that fuzzing (`Fuzz/`) or the 1 MB input probes found crashing, hanging or not round-tripping, kept so
/// they stay fixed. See CONTRIBUTING.md, "Fuzzing the parsers".
@Suite struct PropertyRegressionTests {
    static let scope = "permit(principal, action, resource)"

    // MARK: Deep expressions (stack overflow on 1 MB chains)

    /// Long chains used to build trees as tall as the chain; printing or freeing them overflowed the stack.
    @Test(arguments: [
        "true" + String(repeating: " && true", count: 5_000),
        "true" + String(repeating: " || true", count: 5_000),
        "1" + String(repeating: " + 1", count: 5_000),
        "1" + String(repeating: " * 1", count: 5_000),
        "context" + String(repeating: ".a", count: 5_000),
        "context" + String(repeating: "[\"a\"]", count: 5_000),
        "[1]" + String(repeating: ".contains(1)", count: 5_000),
        "context has a" + String(repeating: ".a", count: 5_000),
    ])
    func chainsTooDeepAreErrors(body: String) throws {
        let source = "\(Self.scope) when { \(body) };"
        let error = #expect(throws: Diagnostics.self) { try PolicySet(parsing: source) }
        let first = try #require(error?.items.first)
        #expect(first.message == "expression too deep: more than \(500) nested operations")
        #expect(first.span?.start.line == 1 && first.span?.start.column == 44)
        #expect(throws: Diagnostics.self) { try PolicyFormatter.format(source) }
        #expect(throws: Diagnostics.self) { try Expr(parsing: body) }
    }

    /// A chain just under the bound parses, prints, formats and evaluates, all on a test thread's stack in a
    /// debug build.
    @Test func chainsUnderTheBoundWork() throws {
        let body = "context.a" + String(repeating: " || context.a", count: 495)
        let set = try PolicySet(parsing: "\(Self.scope) when { \(body) };")
        let policy = try #require(set.policies.first)
        #expect(try PolicySet(parsing: policy.description).policies.first?.conditions == policy.conditions)
        #expect(try PolicyFormatter.format(policy.description).contains("context.a ||"))
        // The JSON form nests two levels per operation: 495 operations exceed the JSON reader's 128 levels (Rust's
        // limit too), which is an error, while 50 go through.
        #expect(throws: Diagnostic.self) { try JSONParser.parse(policy.jsonRepresentation().serialized()) }
        let short = try #require(
            PolicyParser.parsePolicies("\(Self.scope) when { \(body.prefix(9 + 13 * 50)) };").first)
        let json = short.jsonRepresentation()
        #expect(try Policy(json: JSONParser.parse(json.serialized()), id: "p").jsonRepresentation() == json)
        let request = Request(
            principal: EntityUID(type: Name("User"), id: "a"), action: EntityUID(type: Name("Action"), id: "a"),
            resource: EntityUID(type: Name("Doc"), id: "a"), context: ["a": .bool(true)])
        let response = Authorizer(set).isAuthorized(request, entities: Entities())
        #expect(response.decision == .allow)
        #expect(response.errors.isEmpty)
    }

    // MARK: Annotations (policy-json fuzz target)

    /// `@k` and `@k("")` used to print alike: JSON `{"k": ""}` became `@k`, which reads back as `null`.
    @Test func annotationsKeepWhetherTheyHadAValue() throws {
        let source = "@a(\"\")\n@b\n\(Self.scope);"
        let policy = try #require(PolicyParser.parsePolicies(source).first)
        #expect(policy.annotations.map(\.hasValue) == [true, false])
        #expect(try PolicyFormatter.format(source) == "@a(\"\")\n@b\npermit (principal, action, resource);\n")
        let json =
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"#
            + #""conditions":[],"annotations":{"a":"","b":null}}"#
        let decoded = try Policy(json: JSONParser.parse(json), id: "p")
        #expect(decoded.description == "@a(\"\")\n@b\npermit (principal, action, resource);")
        #expect(decoded.jsonRepresentation().serialized() == json)
        #expect(policy.jsonRepresentation().serialized() == json)
    }

    @Test func duplicateAnnotationsAreStillReported() throws {
        let source = (0..<3).map { "@k\($0)(\"x\")" }.joined() + "@k1 \(Self.scope);"
        let error = #expect(throws: Diagnostics.self) { try PolicySet(parsing: source) }
        #expect(error?.items.map(\.message) == ["duplicate annotation: @k1"])
    }

    // MARK: JSON policy format (policy-json fuzz target)

    /// A record written as a `Value` and an `action in [A]` list of one: the JSON written back is normalized
    /// (sorted `Record`, single `in`) and stable from then on.
    @Test func normalizedPolicyJSONIsStable() throws {
        let json =
            #"{"staticPolicies":{"p":{"effect":"permit","principal":{"op":"All"},"#
            + #""action":{"op":"in","entities":[{"type":"Action","id":"a"}]},"resource":{"op":"All"},"#
            + #""conditions":[{"kind":"when","body":{"getTag":{"left":{"Value":{"y":"1","x":{"type":"a","id":"b"}}},"#
            + #""right":{"Value":"t"}}}}]}},"templates":{},"templateLinks":[]}"#
        let once = try PolicySet(json: json).jsonRepresentation()
        let twice = try PolicySet(json: once.serialized()).jsonRepresentation()
        #expect(twice == once)
        #expect(once.serialized().contains(#"{"Record":{"x":{"Record":{"id""#))
    }

    /// The JSON format takes any number of arguments for an extension function, as Rust does; such a call prints
    /// as text the parser rejects, exactly as Rust prints `lessThanOrEqual()` (policy-json fuzz target).
    @Test func extensionCallsWithTheWrongArityFromJSON() throws {
        let json =
            #"{"effect":"permit","principal":{"op":"All"},"action":{"op":"All"},"resource":{"op":"All"},"#
            + #""conditions":[{"kind":"when","body":{"lessThanOrEqual":[]}}]}"#
        let policy = try Policy(json: JSONParser.parse(json), id: "p")
        #expect(policy.description == "permit (principal, action, resource)\nwhen { lessThanOrEqual() };")
        let error = #expect(throws: Diagnostics.self) { try PolicyParser.parsePolicies(policy.description) }
        #expect(error?.items.first?.message == "`lessThanOrEqual` is a method, not a function")
    }

    // MARK: JSON and entities

    /// Positions of errors used to be computed eagerly for every object key, which is quadratic on one line.
    @Test func duplicateKeyErrorPointsAtTheKey() throws {
        let text = "{" + (0..<20_000).map { "\"k\($0)\":1," }.joined() + "\"k7\":2}"
        let error = #expect(throws: Diagnostic.self) { try JSONParser.parse(text) }
        #expect(error?.message == "invalid JSON: duplicate key `k7`")
        #expect(error?.span?.start.column == text.utf8.count - 6)
        #expect(
            try JSONParser.parse("{" + (0..<20_000).map { "\"k\($0)\":1" }.joined(separator: ",") + "}")
                .object?.members.count == 20_000)
    }

    /// A record with an escape key, read as a plain record because its content has the wrong shape, has no JSON
    /// form: writing it is an error, not a crash (entities fuzz target).
    @Test func recordsWithEscapeKeysCannotBeWritten() throws {
        let json =
            #"[{"uid":{"type":"a","id":"b"},"attrs":{},"parents":[],"#
            + #""tags":{"t":{"__extn":{"fn":"decimal","!rg":"1.0"}}}}]"#
        let store = try Entities(json: json)
        let error = #expect(throws: Diagnostic.self) { try store.jsonValue() }
        #expect(error?.message == "record uses reserved key `__extn`")
    }

    // MARK: Schemas

    /// Repeated attributes were deduplicated with a linear search per attribute (10 s for 60,000 attributes).
    @Test func repeatedSchemaAttributeKeepsTheLastDeclaration() throws {
        let many = (0..<20_000).map { "a\($0): Long" }.joined(separator: ", ")
        let schema = try Schema(cedarSchema: "entity E { b: String, \(many), b: Bool, c: Long };")
        let attributes = try #require(schema.entityTypes[Name("E")]?.attributes)
        #expect(attributes.attributes.count == 20_002)
        #expect(attributes.attributes["b"]?.type == .bool)
    }
}
