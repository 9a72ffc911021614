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

    /// The extracted `corpus-tests` directory (7,809 generated tests). The archive is extracted once into a
    /// temporary folder named after its size and date, and reused by later runs instead of piling up copies;
    /// extraction goes to a private folder first and is renamed into place, so concurrent runs never see half.
    static let generatedTests: URL? = {
        guard let archive = root?.appendingPathComponent("corpus-tests.tar.gz"),
            let attributes = try? FileManager.default.attributesOfItem(atPath: archive.path),
            let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date
        else { return nil }
        let temporary = FileManager.default.temporaryDirectory
        let destination = temporary.appendingPathComponent("cedar-corpus-\(size)-\(Int(date.timeIntervalSince1970))")
        let extracted = destination.appendingPathComponent("corpus-tests")
        if FileManager.default.fileExists(atPath: extracted.path) { return extracted }
        let staging = temporary.appendingPathComponent("cedar-corpus-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        try? FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "xzf", archive.path, "-C", staging.path]
        do {
            try tar.run()
            tar.waitUntilExit()
        } catch {
            return nil
        }
        guard tar.terminationStatus == 0 else { return nil }
        // Losing a race to another process is fine: its copy is complete.
        try? FileManager.default.moveItem(at: staging, to: destination)
        return FileManager.default.fileExists(atPath: extracted.path) ? extracted : nil
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
