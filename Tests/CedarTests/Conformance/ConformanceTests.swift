import Cedar
import Foundation
import Testing

/// Cedar's official integration corpus, run exactly as the reference runner (cedar-testing) does:
/// parse the schema; parse the entities with the schema; for each request parse the context with the schema
/// and validate the request when asked; validate the policies in strict mode and compare with `shouldValidate`;
/// authorize and compare the decision, the set of reasons and the set of erroring policies.
@Suite(.serialized) struct ConformanceTests {
    @Test func handwrittenTests() throws {
        guard let root = Corpus.root, let tests = Corpus.handwrittenTests else {
            return Corpus.missing("handwritten tests")
        }
        let report = ConformanceRunner(root: root).run(Corpus.files(endingWith: ".json", under: tests))
        report.print(title: "handwritten")
        #expect(report.requests == 74, "expected the 74 handwritten requests, ran \(report.requests)")
        #expect(report.failures.isEmpty, "\(report.summary)")
    }

    @Test func generatedCorpus() throws {
        guard let tests = Corpus.generatedTests else { return Corpus.missing("corpus-tests.tar.gz") }
        let descriptors = Corpus.files(endingWith: ".json", under: tests)
            .filter { !$0.lastPathComponent.hasSuffix(".entities.json") }
        let report = ConformanceRunner(root: tests.deletingLastPathComponent()).run(descriptors)
        report.print(title: "corpus")
        #expect(report.tests == 7_809, "expected 7,809 corpus tests, ran \(report.tests)")
        #expect(report.requests == 62_472, "expected 62,472 corpus requests, ran \(report.requests)")
        #expect(report.failures.isEmpty, "\(report.summary)")
    }
}
