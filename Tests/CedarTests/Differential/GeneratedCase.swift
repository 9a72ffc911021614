import Cedar

/// One generated test case: a policy set (as text, one entry per policy), template links, an entity store
/// (as Cedar JSON) and several requests.
struct GeneratedCase {
    struct Link {
        var templateID: String
        var newID: String
        var values: [SlotID: EntityUID]
    }

    struct GeneratedRequest {
        var request: Request
        /// The context record as Cedar JSON, for the oracle.
        var contextJSON: String
    }

    var index: Int
    /// Each policy's text; the policy set is their concatenation, so policy `i` gets id `policy<i>`.
    var policies: [String]
    /// Index of the policy that was deliberately damaged, if any.
    var malformedPolicy: Int?
    var links: [Link]
    var entitiesJSON: String
    var requests: [GeneratedRequest]

    var policyText: String { policies.joined(separator: "\n") }

    /// The same case restricted to one policy (plus its links when it is a template), for isolating mismatches.
    func isolating(policy position: Int) -> GeneratedCase {
        var copy = self
        copy.policies = [policies[position]]
        copy.malformedPolicy = malformedPolicy == position ? 0 : nil
        copy.links = links.filter { $0.templateID == "policy\(position)" }.map {
            Link(templateID: "policy0", newID: $0.newID, values: $0.values)
        }
        return copy
    }
}

/// The JSON shape `cedar_oracle.py` reads.
struct OracleInput: Encodable {
    struct UID: Encodable {
        var type: String
        var id: String
        init(_ uid: EntityUID) {
            type = uid.type.description
            id = uid.id
        }
    }

    struct Link: Encodable {
        var template_id: String
        var new_id: String
        var values: [String: UID]
    }

    struct Request: Encodable {
        var principal: UID
        var action: UID
        var resource: UID
        var context: String
    }

    struct Case: Encodable {
        var policies: String
        var links: [Link]
        var entities: String
        var requests: [Request]
    }

    var cases: [Case]

    init(_ generated: [GeneratedCase]) {
        cases = generated.map { c in
            Case(
                policies: c.policyText,
                links: c.links.map { link in
                    Link(
                        template_id: link.templateID, new_id: link.newID,
                        values: Dictionary(uniqueKeysWithValues: link.values.map { ($0.key.rawValue, UID($0.value)) }))
                },
                entities: c.entitiesJSON,
                requests: c.requests.map {
                    Request(
                        principal: UID($0.request.principal), action: UID($0.request.action),
                        resource: UID($0.request.resource), context: $0.contextJSON)
                })
        }
    }
}

/// The JSON shape `cedar_oracle.py` writes.
struct OracleOutput: Decodable {
    struct PolicyError: Decodable, Hashable {
        var policy: String
        var message: String
    }

    struct Response: Decodable {
        var decision: String
        var reasons: [String]
        var errors: [PolicyError]
        var failure: String?
    }

    struct Result: Decodable {
        var parse_ok: Bool
        var parse_error: String?
        var link_ok: Bool
        var link_error: String?
        var entities_ok: Bool
        var entities_error: String?
        var responses: [Response]
    }

    var cedarpy: String?
    var results: [Result]
}
