import Cedar

/// What one implementation made of a case: how far it got, and its answer to every request.
struct Outcome {
    enum Stage: String {
        case parseRejected = "rejected the policy text"
        case linkRejected = "rejected a template link"
        case entitiesRejected = "rejected the entities JSON"
        case evaluated = "evaluated the requests"
    }

    struct Answer: Equatable {
        /// `allow`, `deny`, or `error` when the request itself was rejected.
        var decision: String
        var reasons: Set<String>
        /// Ids of the policies whose evaluation errored.
        var erroring: Set<String>
        /// Error messages by policy id, for the report (not compared: the wording differs by design).
        var messages: [String: String] = [:]

        static func == (lhs: Answer, rhs: Answer) -> Bool {
            lhs.decision == rhs.decision && lhs.reasons == rhs.reasons && lhs.erroring == rhs.erroring
        }

        var summary: String {
            var text = "\(decision), reasons \(reasons.sorted()), errors \(erroring.sorted())"
            for (id, message) in messages.sorted(by: { $0.key < $1.key }) { text += "\n        \(id): \(message)" }
            return text
        }
    }

    var stage: Stage
    var message: String?
    var answers: [Answer]

    /// Rust's outcome, from the oracle's result.
    init(rust result: OracleOutput.Result) {
        if !result.parse_ok {
            self.init(stage: .parseRejected, message: result.parse_error, answers: [])
        } else if !result.link_ok {
            self.init(stage: .linkRejected, message: result.link_error, answers: [])
        } else if !result.entities_ok {
            self.init(stage: .entitiesRejected, message: result.entities_error, answers: [])
        } else {
            let answers = result.responses.map { response in
                Answer(
                    decision: response.decision, reasons: Set(response.reasons),
                    erroring: Set(response.errors.map(\.policy)),
                    messages: Dictionary(
                        response.errors.map { ($0.policy, $0.message) }
                            + (response.failure.map { [("request", $0)] } ?? []),
                        uniquingKeysWith: { a, _ in a }))
            }
            self.init(stage: .evaluated, message: nil, answers: answers)
        }
    }

    init(stage: Stage, message: String?, answers: [Answer]) {
        self.stage = stage
        self.message = message
        self.answers = answers
    }

    /// Our engine's outcome for `testCase`.
    init(ours testCase: GeneratedCase) {
        var policies: PolicySet
        do {
            policies = try PolicySet(parsing: testCase.policyText, file: nil)
        } catch {
            self.init(stage: .parseRejected, message: error.description, answers: [])
            return
        }
        do {
            for link in testCase.links {
                try policies.link(templateID: link.templateID, newID: link.newID, values: link.values)
            }
        } catch {
            self.init(stage: .linkRejected, message: error.description, answers: [])
            return
        }
        let entities: Entities
        do {
            entities = try Entities(json: testCase.entitiesJSON, file: nil, schema: nil)
        } catch {
            self.init(stage: .entitiesRejected, message: error.description, answers: [])
            return
        }
        let authorizer = Authorizer(policies)
        let answers = testCase.requests.map { generated in
            let response = authorizer.isAuthorized(generated.request, entities: entities)
            return Answer(
                decision: response.decision.rawValue, reasons: Set(response.reasons),
                erroring: Set(response.errors.map(\.policyID)),
                messages: Dictionary(
                    response.errors.map { ($0.policyID, "\($0.error.code): \($0.error.message)") },
                    uniquingKeysWith: { a, _ in a }))
        }
        self.init(stage: .evaluated, message: nil, answers: answers)
    }
}
