import Foundation
import Testing

@testable import Analysis

/// Warden beside detect-secrets (Yelp) on the labelled sample, through `scripts/compare-secrets.py`.
///
/// Needs Python with `detect-secrets` (`$WARDEN_PYTHON`, else `<package root>/.venv/bin/python`, which
/// `scripts/test` prepares from `scripts/requirements.txt`). Without it the test says why and passes, except
/// under CI (`CI=true`), where it fails.
@Suite struct SecretsComparisonTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Score: Decodable {
        var precision: Double
        var recall: Double
    }

    @Test func wardenIsAtLeastAsPreciseAndCompleteAsDetectSecrets() throws {
        let environment = ProcessInfo.processInfo.environment
        let python =
            environment["WARDEN_PYTHON"].map { URL(fileURLWithPath: $0) }
            ?? Self.packageRoot.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            return unavailable("no Python interpreter at \(python.path) (set WARDEN_PYTHON or run scripts/test)")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "warden-secrets-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let scanner = SecretScanner()
        var verdicts: [String: [String]] = [:]
        for sample in try SecretsSample.load() { verdicts[sample.id] = scanner.scan(sample.text).map(\.rule) }
        let verdictsFile = directory.appendingPathComponent("warden.json")
        let scoresFile = directory.appendingPathComponent("scores.json")
        try JSONEncoder().encode(verdicts).write(to: verdictsFile)

        let process = Process()
        process.executableURL = python
        process.arguments = [
            Self.packageRoot.appendingPathComponent("scripts/compare-secrets.py").path, "--warden", verdictsFile.path,
            "--json", scoresFile.path,
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let table = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 2 { return unavailable(message) }
        try #require(process.terminationStatus == 0, "compare-secrets.py failed: \(message)")
        print(table)

        let scores = try JSONDecoder().decode([String: [String: Score]].self, from: Data(contentsOf: scoresFile))
        let warden = try #require(scores["warden"]?["total"])
        let detectSecrets = try #require(scores.first { $0.key.hasPrefix("detect-secrets") }?.value["total"])
        #expect(warden.precision >= detectSecrets.precision)
        #expect(warden.recall >= detectSecrets.recall)
    }

    private func unavailable(_ reason: String) {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("detect-secrets comparison cannot run under CI: \(reason)")
        } else {
            print("SecretsComparisonTests skipped: \(reason)")
        }
    }
}
