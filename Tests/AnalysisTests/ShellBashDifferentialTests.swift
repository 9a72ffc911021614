import Foundation
import Testing

@testable import Analysis

/// Quote removal and brace expansion compared with real bash on generated words: bash prints each word of each
/// case NUL-terminated (`printf '%s\0' WORDS`), cases separated by a record separator, all in one `bash -c`.
@Suite struct ShellBashDifferentialTests {
    static let bash = ["/bin/bash", "/usr/bin/bash", "/usr/local/bin/bash", "/opt/homebrew/bin/bash"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The cases: each a list of words as written.
    static func cases(count: Int, seed: UInt64) -> [[String]] {
        var rng = ShellSeededGenerator(state: seed)
        return (0..<count).map { _ in (0..<Int.random(in: 1...3, using: &rng)).map { _ in ShellWordGen.word(&rng) } }
    }

    /// What bash makes of each case, in order.
    static func bashWords(_ cases: [[String]], bash: String) throws -> [[String]] {
        // `set -f`: no globbing, so unquoted `*` stays itself as in the analysis.
        var script = "set -f\n"
        for words in cases { script += "printf '%s\\0' @ \(words.joined(separator: " "))\nprintf '\\036'\n" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bash)
        process.arguments = ["--norc", "--noprofile", "-c", script]
        process.environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var results: [[String]] = []
        for record in data.split(separator: 0x1E, omittingEmptySubsequences: false).dropLast() {
            var words = record.split(separator: 0, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            words.removeLast()  // after the last NUL
            words.removeFirst()  // `@`, so that printf never runs without arguments
            results.append(words)
        }
        return results
    }

    @Test func quoteRemovalAgreesWithBash() throws {
        guard let bash = Self.bash else {
            if Self.isCI { Issue.record("bash is required under CI=true") }
            return
        }
        for seed: UInt64 in [1, 2, 3] {
            let cases = Self.cases(count: 200, seed: seed)
            let expected = try Self.bashWords(cases, bash: bash)
            try #require(expected.count == cases.count)
            for (words, bashWords) in zip(cases, expected) {
                let source = "printf '%s\\0' @ " + words.joined(separator: " ")
                let extraction = ShellAnalysis.extract(source)
                let ours = extraction.commands.first.map { $0.words.dropFirst(3).map(\.text) }
                #expect(ours == bashWords, "\(source.debugDescription): \(extraction.opaqueReasons)")
            }
        }
    }
}
