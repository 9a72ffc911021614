import Foundation
import Testing

/// Cedar's conformance corpus (cedar-integration-tests), located for tests.
///
/// The directory comes from the environment variable `CEDAR_INTEGRATION_TESTS`, else
/// `../shared/cedar-integration-tests` beside the package root. `corpus-tests.tar.gz` is extracted once per
/// test process into a temporary directory. When the corpus is missing, tests skip with a printed reason,
/// except under `CI=true`, where that is a failure.
enum Corpus {
    /// The `cedar-integration-tests` directory, if present.
    static let root: URL? = {
        let environment = ProcessInfo.processInfo.environment
        let candidates: [URL] = [
            environment["CEDAR_INTEGRATION_TESTS"].map { URL(fileURLWithPath: $0) },
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/cedar-integration-tests"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("tests").path) }
    }()

    /// The package root, found from this file's path (`Tests/CedarTests/Support/Corpus.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The handwritten tests (`tests/**`).
    static var handwrittenTests: URL? { root?.appendingPathComponent("tests") }

    /// The extracted `corpus-tests` directory (7,809 generated tests), extracted on first use.
    static let generatedTests: URL? = {
        guard let archive = root?.appendingPathComponent("corpus-tests.tar.gz"),
            FileManager.default.fileExists(atPath: archive.path)
        else { return nil }
        let destination = FileManager.default.temporaryDirectory
            .appendingPathComponent("cedar-corpus-\(ProcessInfo.processInfo.processIdentifier)")
        let extracted = destination.appendingPathComponent("corpus-tests")
        if FileManager.default.fileExists(atPath: extracted.path) { return extracted }
        try? FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "xzf", archive.path, "-C", destination.path]
        do {
            try tar.run()
            tar.waitUntilExit()
        } catch {
            return nil
        }
        return tar.terminationStatus == 0 ? extracted : nil
    }()

    /// All files under `directory` whose names end with `suffix`, sorted by path.
    static func files(endingWith suffix: String, under directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        var result: [URL] = []
        for case let url as URL in enumerator where url.lastPathComponent.hasSuffix(suffix) { result.append(url) }
        return result.sorted { $0.path < $1.path }
    }

    /// Call when the corpus is missing: prints why, and fails the test under `CI=true`.
    static func missing(_ what: String) {
        let message =
            "Cedar corpus not found (\(what)); set CEDAR_INTEGRATION_TESTS to the cedar-integration-tests directory"
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record(Comment(rawValue: message))
        } else {
            print("skipping: \(message)")
        }
    }
}
