import Cedar
import Foundation

/// Runs corpus test descriptors and collects every difference from the expected results.
struct ConformanceRunner {
    /// The folder test descriptors' relative paths start from.
    var root: URL

    struct Failure: CustomStringConvertible {
        var test: String
        var kind: String
        var detail: String
        var description: String { "\(test): \(kind): \(detail)" }
    }

    struct Report {
        var tests = 0
        var requests = 0
        var failures: [Failure] = []

        var summary: String {
            let byKind = Dictionary(grouping: failures, by: \.kind).map { "\($0.key): \($0.value.count)" }.sorted()
            let sample = failures.prefix(25).map(\.description).joined(separator: "\n")
            return
                "\(failures.count) failures over \(tests) tests / \(requests) requests [\(byKind.joined(separator: ", "))]\n\(sample)"
        }

        func print(title: String) {
            Swift.print("conformance (\(title)): \(tests) tests, \(requests) requests, \(failures.count) failures")
        }
    }

    func run(_ descriptors: [URL]) -> Report {
        var report = Report()
        for descriptor in descriptors {
            report.tests += 1
            runTest(descriptor, into: &report)
        }
        return report
    }

    private func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    private func runTest(_ descriptor: URL, into report: inout Report) {
        let name = descriptor.lastPathComponent
        func fail(_ kind: String, _ detail: String) {
            report.failures.append(Failure(test: name, kind: kind, detail: detail))
        }
        let test: JSONObject
        do {
            guard let object = try JSONParser.parse(try String(contentsOf: descriptor, encoding: .utf8)).object else {
                return fail("descriptor", "not a JSON object")
            }
            test = object
        } catch {
            return fail("descriptor", "\(error)")
        }
        guard let policiesPath = test["policies"]?.string, let entitiesPath = test["entities"]?.string,
            let schemaPath = test["schema"]?.string, case .bool(let shouldValidate)? = test["shouldValidate"],
            let requests = test["requests"]?.array
        else { return fail("descriptor", "missing policies, entities, schema, shouldValidate or requests") }
        report.requests += requests.count

        let schema: Schema
        let policies: PolicySet
        let entities: Entities
        do {
            schema = try Schema(cedarSchema: try text(schemaPath), file: schemaPath)
        } catch { return fail("schema parse", "\(error)") }
        do {
            policies = try PolicySet(parsing: try text(policiesPath), file: policiesPath)
        } catch { return fail("policy parse", "\(error)") }
        do {
            entities = try Entities(json: try text(entitiesPath), file: entitiesPath, schema: schema)
        } catch { return fail("entities parse", "\(error)") }

        let validation = Validator(schema: schema).validate(policies)
        if validation.isValid != shouldValidate {
            let errors = validation.errors.prefix(3).map { "\($0)" }.joined(separator: "; ")
            fail("validation", "expected shouldValidate=\(shouldValidate), got \(validation.isValid) \(errors)")
        }

        let authorizer = Authorizer(policies)
        for (index, item) in requests.enumerated() {
            guard let request = item.object else { fail("request", "#\(index) is not an object"); continue }
            let parsed: Request
            do {
                parsed = try RequestLoading.request(fromJSON: item, schema: schema)
                if case .bool(true)? = request["validateRequest"] { try parsed.validate(against: schema) }
            } catch {
                fail("request parse", "#\(index): \(error)")
                continue
            }
            let response = authorizer.isAuthorized(parsed, entities: entities)
            let expectedDecision = request["decision"]?.string
            let expectedReasons = Set(request["reason"]?.array?.compactMap(\.string) ?? [])
            let expectedErrors = Set(request["errors"]?.array?.compactMap(\.string) ?? [])
            if response.decision.rawValue != expectedDecision {
                fail("decision", "#\(index): expected \(expectedDecision ?? "?"), got \(response.decision.rawValue)")
            }
            if Set(response.reasons) != expectedReasons {
                fail("reasons", "#\(index): expected \(expectedReasons.sorted()), got \(response.reasons.sorted())")
            }
            let errors = Set(response.errors.map(\.policyID))
            if errors != expectedErrors {
                fail(
                    "errors",
                    "#\(index): expected \(expectedErrors.sorted()), got \(errors.sorted()) \(response.errors.map(\.error.message))"
                )
            }
        }
    }
}
