import Cedar

/// What one implementation made of a schema case: whether it accepted the schema and the policies, which
/// policies failed validation, whether it accepted the entities, and its answer to every request.
struct SchemaOutcome {
    enum Stage: String {
        case schemaRejected = "rejected the schema"
        case parseRejected = "rejected the policy text"
        case entitiesRejected = "rejected the entities JSON under the schema"
        case evaluated = "evaluated the requests"
    }

    var stage: Stage
    var message: String?
    /// Whether strict validation passed (nil before validation).
    var validationPassed: Bool?
    /// Ids of the policies with validation errors.
    var invalidPolicies: Set<String> = []
    /// Validation messages by policy id, for the report.
    var validationMessages: [String] = []
    var answers: [Outcome.Answer] = []

    /// Rust's outcome, from the oracle's result.
    init(rust result: SchemaOracleOutput.Result) {
        if !result.schema_ok {
            stage = .schemaRejected
            message = result.schema_error
            return
        }
        if !result.parse_ok {
            stage = .parseRejected
            message = result.parse_error
            return
        }
        validationPassed = result.validation_passed
        invalidPolicies = Set((result.validation_errors ?? []).map(\.policy))
        validationMessages = (result.validation_errors ?? []).map { "\($0.policy): \($0.message)" }
        if !result.entities_ok {
            stage = .entitiesRejected
            message = result.entities_error
            return
        }
        stage = .evaluated
        answers = result.responses.map { response in
            Outcome.Answer(
                decision: response.decision, reasons: Set(response.reasons),
                erroring: Set(response.errors.map(\.policy)),
                messages: Dictionary(
                    response.errors.map { ($0.policy, $0.message) }
                        + (response.failure.map { [("request", $0)] } ?? []),
                    uniquingKeysWith: { a, _ in a }))
        }
    }

    /// Our engine's outcome for `testCase`.
    init(ours testCase: SchemaCase) {
        let schema: Schema
        do {
            schema = try Schema(cedarSchema: testCase.schema)
        } catch {
            stage = .schemaRejected
            message = error.description
            return
        }
        let policies: PolicySet
        do {
            policies = try PolicySet(parsing: testCase.policyText, file: nil)
        } catch {
            stage = .parseRejected
            message = error.description
            return
        }
        let validation = Validator(schema: schema).validate(policies)
        validationPassed = validation.isValid
        invalidPolicies = Set(validation.errors.map(\.policyID))
        validationMessages = validation.errors.map { "\($0.policyID): \($0.message)" }
        let entities: Entities
        do {
            entities = try Entities(json: testCase.entitiesJSON, file: nil, schema: schema)
        } catch {
            stage = .entitiesRejected
            message = error.description
            return
        }
        stage = .evaluated
        let authorizer = Authorizer(policies)
        answers = testCase.requests.map { generated in
            let request: Request
            do {
                let context = try JSONParser.parse(generated.contextJSON)
                request = try Request(
                    principal: generated.principal, action: generated.action, resource: generated.resource,
                    contextJSON: context, schema: schema)
                try request.validate(against: schema)
            } catch {
                return Outcome.Answer(
                    decision: "error", reasons: [], erroring: [], messages: ["request": "\(error)"])
            }
            let response = authorizer.isAuthorized(request, entities: entities)
            return Outcome.Answer(
                decision: response.decision.rawValue, reasons: Set(response.reasons),
                erroring: Set(response.errors.map(\.policyID)),
                messages: Dictionary(
                    response.errors.map { ($0.policyID, "\($0.error.code): \($0.error.message)") },
                    uniquingKeysWith: { a, _ in a }))
        }
    }

    /// Where `self` (ours) and `rust` disagree, in words; empty when they agree.
    func differences(from rust: SchemaOutcome) -> [String] {
        if stage != rust.stage {
            return ["stage: ours \(stage.rawValue), Rust \(rust.stage.rawValue)"]
        }
        var result: [String] = []
        if validationPassed != rust.validationPassed || invalidPolicies != rust.invalidPolicies {
            let verdict = { (passed: Bool?) in passed.map { $0 ? "passed" : "failed" } ?? "-" }
            result.append(
                "validation: ours \(verdict(validationPassed)) \(invalidPolicies.sorted()), "
                    + "Rust \(verdict(rust.validationPassed)) \(rust.invalidPolicies.sorted())")
        }
        for (number, (a, b)) in zip(answers, rust.answers).enumerated() where a != b {
            result.append("request \(number): ours \(a.summary)\n    Rust \(b.summary)")
        }
        if answers.count != rust.answers.count {
            result.append("answer count: ours \(answers.count), Rust \(rust.answers.count)")
        }
        return result
    }
}
