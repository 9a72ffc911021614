import Cedar

/// One schema-directed test case: a schema (Cedar schema text), policies meant to fit it, entities and
/// requests (contexts as JSON text) meant to conform to it.
struct SchemaCase {
    struct Request {
        var principal: EntityUID
        var action: EntityUID
        var resource: EntityUID
        var contextJSON: String
    }

    var index: Int
    var schema: String
    /// How the schema was broken on purpose, if it was.
    var malformation: String?
    /// Each policy's text; the policy set is their concatenation, so policy `i` gets id `policy<i>`.
    var policies: [String]
    var entitiesJSON: String
    var requests: [Request]

    var policyText: String { policies.joined(separator: "\n") }

    /// The same case restricted to one policy, for isolating mismatches.
    func isolating(policy position: Int) -> SchemaCase {
        var copy = self
        copy.policies = [policies[position]]
        return copy
    }
}

/// The JSON shape `cedar_oracle.py` reads for schema cases.
struct SchemaOracleInput: Encodable {
    struct Request: Encodable {
        var principal: OracleInput.UID
        var action: OracleInput.UID
        var resource: OracleInput.UID
        var context: String
    }

    struct Case: Encodable {
        var schema: String
        var policies: String
        var entities: String
        var requests: [Request]
    }

    var schema_cases: [Case]

    init(_ generated: [SchemaCase]) {
        schema_cases = generated.map { c in
            Case(
                schema: c.schema, policies: c.policyText, entities: c.entitiesJSON,
                requests: c.requests.map {
                    Request(
                        principal: .init($0.principal), action: .init($0.action), resource: .init($0.resource),
                        context: $0.contextJSON)
                })
        }
    }
}

/// The JSON shape `cedar_oracle.py` writes for schema cases.
struct SchemaOracleOutput: Decodable {
    struct Result: Decodable {
        var schema_ok: Bool
        var schema_error: String?
        var parse_ok: Bool
        var parse_error: String?
        var validation_passed: Bool?
        var validation_errors: [OracleOutput.PolicyError]?
        var entities_ok: Bool
        var entities_error: String?
        var responses: [OracleOutput.Response]
    }

    var cedarpy: String?
    var results: [Result]
}
