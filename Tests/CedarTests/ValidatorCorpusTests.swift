import Foundation
import Testing

@testable import Cedar

/// Validates the policies of every conformance test against its schema and compares the outcome with the
/// test's `shouldValidate` (computed by Rust Cedar's strict validator).
@Suite struct ValidatorCorpusTests {
    @Test func validationOutcomeMatchesEveryCorpusTest() throws {
        guard let root = Corpus.root, let handwritten = Corpus.handwrittenTests, let generated = Corpus.generatedTests
        else {
            Corpus.missing("validation tests")
            return
        }
        let tests =
            Corpus.files(endingWith: ".json", under: handwritten)
            + Corpus.files(endingWith: ".json", under: generated).filter {
                !$0.lastPathComponent.hasSuffix(".entities.json")
            }
        #expect(tests.count > 7_800)
        var matched = 0
        var mismatches: [String] = []
        for test in tests {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: test)) as? [String: Any] ?? [:]
            guard let expected = json["shouldValidate"] as? Bool, let policyPath = json["policies"] as? String,
                let schemaPath = json["schema"] as? String
            else {
                mismatches.append("\(test.lastPathComponent): malformed test")
                continue
            }
            func resolve(_ path: String) -> URL {
                path.hasPrefix("corpus-tests/")
                    ? generated.deletingLastPathComponent().appendingPathComponent(path)
                    : root.appendingPathComponent(path)
            }
            let policyText = try String(contentsOf: resolve(policyPath), encoding: .utf8)
            let schemaText = try String(contentsOf: resolve(schemaPath), encoding: .utf8)
            do {
                let schema = try Schema(cedarSchema: schemaText, file: schemaPath)
                let policies = try PolicySet(parsing: policyText, file: policyPath)
                let result = Validator(schema: schema).validate(policies)
                if result.isValid == expected {
                    matched += 1
                } else {
                    let errors = result.errors.map { $0.diagnostic.rendered(source: policyText) }
                    mismatches.append(
                        "\(test.lastPathComponent): expected valid=\(expected)\n\(errors.joined(separator: "\n"))")
                }
            } catch {
                mismatches.append("\(test.lastPathComponent): could not load: \(error)")
            }
        }
        print("validation matched \(matched) of \(tests.count) corpus tests")
        #expect(
            mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(10).joined(separator: "\n"))")
    }
}
