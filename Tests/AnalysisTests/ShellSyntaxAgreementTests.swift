import Foundation
import Testing

@testable import Analysis

/// The parser accepts exactly what bash accepts on a fixture of agent-style snippets and syntax errors
/// (`Fixtures/shell/syntax.txt`), with `bash -n` (parse only, nothing runs) as the oracle.
@Suite struct ShellSyntaxAgreementTests {
    static func snippets() throws -> [String] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/shell/syntax", withExtension: "txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.components(separatedBy: "\n%%\n").dropFirst().map {
            $0.hasSuffix("\n") ? String($0.dropLast()) : $0
        }
    }

    static func bashParses(_ snippet: String, bash: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bash)
        process.arguments = ["--norc", "--noprofile", "-n", "-c", snippet]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func acceptsWhatBashAccepts() throws {
        guard let bash = ShellBashDifferentialTests.bash else {
            if ShellBashDifferentialTests.isCI { Issue.record("bash is required under CI=true") }
            return
        }
        let snippets = try Self.snippets()
        #expect(snippets.count > 80)
        for snippet in snippets {
            let bashAccepts = try Self.bashParses(snippet, bash: bash)
            let extraction = ShellAnalysis.extract(snippet)
            #expect(
                extraction.opaqueReasons.isEmpty == bashAccepts,
                "\(snippet.debugDescription): \(extraction.opaqueReasons)")
        }
    }
}
