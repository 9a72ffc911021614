import Foundation
import Testing

@testable import Cedar

/// Schema-directed differential testing against Rust Cedar (through `cedarpy`): random schemas (sometimes
/// malformed) with policies, entities and requests written for them must get the same schema acceptance,
/// strict validation verdict (and set of invalid policies), entity acceptance under the schema, request
/// acceptance (context parsing and request validation) and authorization answers.
///
/// Environment: `CEDAR_SCHEMA_DIFF_COUNT` (cases, default 400), `CEDAR_SCHEMA_DIFF_SEED` (default 20240707),
/// `CEDAR_SCHEMA_DIFF_CASE` (run only that case index, to reproduce), `WARDEN_PYTHON` (interpreter with
/// cedarpy). Without the interpreter or cedarpy the test is skipped, except under `CI=true` where that fails.
@Suite struct SchemaDifferentialTests {
    @Test func ourSchemaHandlingAgreesWithRustCedar() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["CEDAR_SCHEMA_DIFF_SEED"].flatMap { UInt64($0) } ?? 20_240_707
        let count = environment["CEDAR_SCHEMA_DIFF_COUNT"].flatMap { Int($0) } ?? 400
        let indices = environment["CEDAR_SCHEMA_DIFF_CASE"].flatMap { Int($0) }.map { [$0] } ?? Array(0..<count)
        let cases = indices.map { Self.generate(seed: seed, index: $0) }

        let expected: SchemaOracleOutput
        do {
            expected = try CedarOracle.locate().get().run(cases)
        } catch let unavailable as OracleUnavailable {
            if environment["CI"] == "true" {
                Issue.record("schema differential test prerequisite missing under CI: \(unavailable)")
                return
            }
            print("SchemaDifferentialTests skipped: \(unavailable)")
            try Test.cancel("schema differential test skipped: \(unavailable)")
        }
        let rust = expected.results.map(SchemaOutcome.init(rust:))
        print(Self.statistics(seed: seed, rust, cedarpy: expected.cedarpy))
        if environment["CEDAR_SCHEMA_DIFF_VERBOSE"] != nil {
            for outcome in rust where outcome.stage != .evaluated {
                print("  \(outcome.stage): \(outcome.message ?? "")")
            }
            for message in rust.flatMap(\.validationMessages) { print("  validation: \(message)") }
            for answer in rust.flatMap(\.answers) where answer.decision == "error" {
                print("  request: \(answer.messages["request"] ?? "")")
            }
        }
        if indices.count >= 100 {  // a generator that stopped exercising a stage makes the comparison vacuous
            let stages = Set(rust.map(\.stage))
            #expect(stages.contains(.schemaRejected) && stages.contains(.entitiesRejected))
            #expect(rust.contains { $0.validationPassed == true } && rust.contains { $0.validationPassed == false })
            let answers = rust.flatMap(\.answers)
            #expect(Set(answers.map(\.decision)) == ["allow", "deny", "error"])
        }

        var mismatches: [(SchemaCase, SchemaOutcome, [String])] = []
        for (testCase, theirs) in zip(cases, rust) {
            let ours = SchemaOutcome(ours: testCase)
            let differences = ours.differences(from: theirs)
            if !differences.isEmpty { mismatches.append((testCase, ours, differences)) }
        }
        let shown = 12
        for (testCase, _, differences) in mismatches.prefix(shown) {
            let theirs = rust[indices.firstIndex(of: testCase.index)!]
            Issue.record(Comment(rawValue: Self.report(testCase, differences, rust: theirs, seed: seed)))
        }
        if mismatches.count > shown {
            Issue.record("… and \(mismatches.count - shown) more schema mismatches (seed \(seed))")
        }
    }

    /// Case `index` of the batch seeded `seed`; each case has its own generator so it reproduces alone.
    static func generate(seed: UInt64, index: Int) -> SchemaCase {
        var mixer = SeededRandom(seed: seed ^ (UInt64(index) &* 0x9E6C_63D0_676A_9A99))
        var generator = SchemaCaseGenerator(seed: mixer.next())
        return generator.makeCase(index: index)
    }

    static func report(_ testCase: SchemaCase, _ differences: [String], rust: SchemaOutcome, seed: UInt64) -> String {
        var text = "Cedar schema differential mismatch: seed \(seed), case \(testCase.index)"
        text += " (reproduce: CEDAR_SCHEMA_DIFF_SEED=\(seed) CEDAR_SCHEMA_DIFF_CASE=\(testCase.index))\n"
        text += differences.joined(separator: "\n") + "\n"
        let ours = SchemaOutcome(ours: testCase)
        if let message = ours.message { text += "Ours said: \(message)\n" }
        if let message = rust.message { text += "Rust said: \(message)\n" }
        if ours.invalidPolicies != rust.invalidPolicies || ours.validationPassed != rust.validationPassed {
            text += "Our validation errors:\n  " + ours.validationMessages.joined(separator: "\n  ") + "\n"
            text += "Rust validation errors:\n  " + rust.validationMessages.joined(separator: "\n  ") + "\n"
        }
        if let malformation = testCase.malformation { text += "Schema malformed on purpose: \(malformation)\n" }
        text += "Schema:\n\(testCase.schema)\nPolicies:\n\(testCase.policyText)\n"
        if ours.stage != .schemaRejected && rust.stage != .schemaRejected {
            text += "Entities:\n\(testCase.entitiesJSON)\n"
            for (number, request) in testCase.requests.enumerated() {
                text += "Request \(number): \(request.principal), \(request.action), \(request.resource), "
                text += "context \(request.contextJSON)\n"
            }
        }
        return text
    }

    /// The mix of outcomes Rust produced, so a weak generator shows up.
    static func statistics(seed: UInt64, _ rust: [SchemaOutcome], cedarpy: String?) -> String {
        let stages = Dictionary(grouping: rust, by: \.stage).mapValues(\.count)
        let answers = rust.flatMap(\.answers)
        let decisions = Dictionary(grouping: answers, by: \.decision).mapValues(\.count)
        var text = "Cedar schema differential: seed \(seed), \(rust.count) cases (cedarpy \(cedarpy ?? "?"))\n"
        text += "  schema rejected \(stages[.schemaRejected] ?? 0), policies rejected \(stages[.parseRejected] ?? 0)"
        text += ", entities rejected \(stages[.entitiesRejected] ?? 0), evaluated \(stages[.evaluated] ?? 0)\n"
        let validated = rust.compactMap(\.validationPassed)
        text += "  validation passed \(validated.filter { $0 }.count) of \(validated.count)\n"
        text += "  requests \(answers.count): allow \(decisions["allow"] ?? 0), deny \(decisions["deny"] ?? 0)"
        text +=
            ", rejected \(decisions["error"] ?? 0), with policy errors \(answers.filter { !$0.erroring.isEmpty }.count)"
        return text
    }
}
