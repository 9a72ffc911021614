import Foundation
import Testing

@testable import Analysis

/// The labelled sample (`Fixtures/secrets/sample.jsonl`, written by `scripts/generate-secrets-sample.py`): one
/// snippet per line, with whether it holds a credential.
struct SecretsSample: Decodable, Sendable {
    var id: String
    var category: String
    var secret: Bool
    var ext: String
    var text: String

    /// The snippets of `Fixtures/secrets/<name>.jsonl`: `sample` (the main sample) or `holdout` (written after tuning).
    static func load(_ name: String = "sample") throws -> [SecretsSample] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/secrets/\(name)", withExtension: "jsonl"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return try lines.map { try JSONDecoder().decode(SecretsSample.self, from: Data($0.utf8)) }
    }
}

/// Precision and recall of a detector's verdicts on the sample.
struct SecretsScore {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var trueNegatives = 0

    mutating func add(expected: Bool, found: Bool) {
        switch (expected, found) {
        case (true, true): truePositives += 1
        case (false, true): falsePositives += 1
        case (true, false): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    var summary: String {
        "precision \(Self.format(precision)) recall \(Self.format(recall)) "
            + "(tp \(truePositives), fp \(falsePositives), fn \(falseNegatives), tn \(trueNegatives))"
    }

    static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return
            "\(thousandths / 1000).\(String(repeating: "0", count: 3 - String(thousandths % 1000).count))\(thousandths % 1000)"
    }
}

@Suite struct SecretsSampleTests {
    @Test func theSampleIsLargeAndBalanced() throws {
        let samples = try SecretsSample.load()
        #expect(samples.filter(\.secret).count >= 200)
        #expect(samples.filter { !$0.secret }.count >= 200)
        #expect(Set(samples.map(\.id)).count == samples.count)
    }

    @Test func precisionAndRecallOnTheLabelledSample() throws {
        let total = try Self.measure("sample")
        #expect(total.recall >= 0.95)
        #expect(total.precision >= 0.95)
    }

    /// The hold-out set was written after tuning; its bound is looser, its numbers are the honest ones.
    @Test func precisionAndRecallOnTheHoldOutSet() throws {
        let total = try Self.measure("holdout")
        #expect(total.recall >= 0.9)
        #expect(total.precision >= 0.95)
    }

    /// Scans every snippet of the named set, prints the score per category and each wrong verdict.
    static func measure(_ name: String) throws -> SecretsScore {
        let samples = try SecretsSample.load(name)
        let scanner = SecretScanner()
        var total = SecretsScore()
        var byCategory: [String: SecretsScore] = [:]
        var mistakes: [String] = []
        for sample in samples {
            let matches = scanner.scan(sample.text)
            let found = !matches.isEmpty
            total.add(expected: sample.secret, found: found)
            byCategory[sample.category, default: SecretsScore()].add(expected: sample.secret, found: found)
            if found != sample.secret {
                mistakes.append("\(sample.id) \(found ? "false positive \(matches.map(\.rule))" : "missed")")
            }
        }
        for (category, score) in byCategory.sorted(by: { $0.key < $1.key }) {
            print("warden secrets \(name) \(category): \(score.summary)")
        }
        print("warden secrets \(name) total: \(total.summary)")
        for mistake in mistakes { print("warden secrets \(name) mistake: \(mistake)") }
        return total
    }
}
