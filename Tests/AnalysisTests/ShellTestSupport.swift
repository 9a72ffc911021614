import Testing

@testable import Analysis

/// Helpers for the shell tests: the commands of an input as plain argv arrays.
enum ShellProbe {
    static func extract(_ source: String, limits: AnalysisLimits = .default) -> ShellExtraction {
        ShellAnalysis.extract(source, limits: limits)
    }

    /// Each command's words after quote removal.
    static func argv(_ source: String) -> [[String]] {
        extract(source).commands.map { $0.words.map(\.text) }
    }

    /// The only command of `source` (fails the test when there is not exactly one).
    static func command(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> CommandInvocation? {
        let extraction = extract(source)
        #expect(extraction.opaqueReasons.isEmpty, "\(extraction.opaqueReasons)", sourceLocation: sourceLocation)
        #expect(extraction.commands.count == 1, "\(extraction.commands.map(\.source))", sourceLocation: sourceLocation)
        return extraction.commands.first
    }

    /// The parse error message of `source`, if it fails to parse.
    static func error(_ source: String, limits: AnalysisLimits = .default) -> String? {
        let reasons = extract(source, limits: limits).opaqueReasons
        return reasons.first?.message
    }
}
