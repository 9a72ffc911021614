import Foundation
import Testing

@testable import Cedar

/// Differential testing against the Rust reference implementation (through `cedarpy`): random policy sets,
/// entities and requests must get the same parse acceptance, decisions, reasons and erroring policies.
///
/// Environment: `CEDAR_DIFF_COUNT` (cases, default 300), `CEDAR_DIFF_SEED` (default 20240601),
/// `CEDAR_DIFF_CASE` (run only that case index, to reproduce), `WARDEN_PYTHON` (interpreter with cedarpy).
/// Without the interpreter or cedarpy the test is skipped, except under `CI=true` where that is a failure.
@Suite struct DifferentialTests {
    @Test func ourCedarAgreesWithRustCedar() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["CEDAR_DIFF_SEED"].flatMap { UInt64($0) } ?? 20_240_601
        let count = environment["CEDAR_DIFF_COUNT"].flatMap { Int($0) } ?? 300
        let indices = environment["CEDAR_DIFF_CASE"].flatMap { Int($0) }.map { [$0] } ?? Array(0..<count)
        let cases = indices.map { DifferentialRun.generate(seed: seed, index: $0) }

        let expected: OracleOutput
        do {
            expected = try CedarOracle.locate().get().run(cases)
        } catch let unavailable as OracleUnavailable {
            if environment["CI"] == "true" {
                Issue.record("differential test prerequisite missing under CI: \(unavailable)")
                return
            }
            print("DifferentialTests skipped: \(unavailable)")
            try Test.cancel("differential test skipped: \(unavailable)")
        }

        let run = DifferentialRun(seed: seed, cases: cases, rust: expected.results.map(Outcome.init(rust:)))
        print(run.statistics(cedarpy: expected.cedarpy))
        if indices.count >= 100 {  // a vacuous comparison (nothing evaluated, one decision only) is a failure too
            let answers = run.rust.flatMap(\.answers)
            #expect(answers.contains { $0.decision == "allow" } && answers.contains { $0.decision == "deny" })
            #expect(answers.contains { !$0.erroring.isEmpty })
            #expect(run.rust.contains { $0.stage == .parseRejected })
        }
        let mismatches = run.mismatches()
        guard !mismatches.isEmpty else { return }
        let culprits = try run.isolate(mismatches, oracle: CedarOracle.locate().get())
        let shown = 15
        for (mismatch, culprit) in zip(mismatches, culprits).prefix(shown) {
            Issue.record(Comment(rawValue: run.report(mismatch, culprit: culprit)))
        }
        if mismatches.count > shown {
            Issue.record("… and \(mismatches.count - shown) more mismatches (seed \(seed))")
        }
    }
}
