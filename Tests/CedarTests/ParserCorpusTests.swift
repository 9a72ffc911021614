import Foundation
import Testing

@testable import Cedar

/// Parses every `.cedar` file of Cedar's conformance corpus.
@Suite struct ParserCorpusTests {
    /// Policy files in the corpus that Rust Cedar 4.x itself rejects (checked with `cedarpy`).
    static let rejectedByCedar: Set<String> = []

    @Test func everyCorpusPolicyFileParses() throws {
        guard let handwritten = Corpus.handwrittenTests, let generated = Corpus.generatedTests else {
            Corpus.missing("policies")
            return
        }
        let files =
            Corpus.files(endingWith: ".cedar", under: handwritten)
            + Corpus.files(endingWith: ".cedar", under: generated)
        #expect(files.count > 7_000)
        var parsed = 0
        var failures: [String] = []
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            do {
                _ = try PolicySet(parsing: source, file: file.lastPathComponent)
                parsed += 1
            } catch {
                if !Self.rejectedByCedar.contains(file.lastPathComponent) {
                    failures.append("\(file.path): \(error.rendered(source: source))")
                }
            }
        }
        print("parsed \(parsed) of \(files.count) corpus policy files")
        #expect(failures.isEmpty, "\(failures.count) files failed:\n\(failures.prefix(20).joined(separator: "\n"))")
    }
}
