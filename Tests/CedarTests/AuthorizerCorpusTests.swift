import Foundation
import Testing

@testable import Cedar

/// Every request of Cedar's conformance corpus, authorized with the parser, the JSON readers and the
/// authorizer, against the decision, reasons and erroring policies Rust Cedar recorded.
@Suite struct AuthorizerCorpusTests {
    @Test func generatedCorpusDecisions() throws {
        guard let directory = Corpus.generatedTests else { return Corpus.missing("corpus-tests.tar.gz") }
        let tests = Corpus.files(endingWith: ".json", under: directory).filter {
            !$0.lastPathComponent.hasSuffix(".entities.json")
        }
        try check(tests, base: directory.deletingLastPathComponent())
    }

    @Test func handwrittenCorpusDecisions() throws {
        guard let root = Corpus.root, let directory = Corpus.handwrittenTests else { return Corpus.missing("tests") }
        try check(Corpus.files(endingWith: ".json", under: directory), base: root)
    }

    private func check(_ tests: [URL], base: URL) throws {
        var requests = 0
        var mismatches: [String] = []
        for test in tests {
            let spec = try JSONParser.parse(String(contentsOf: test, encoding: .utf8), file: test.path)
            guard let object = spec.object, let policyPath = object["policies"]?.string,
                let entityPath = object["entities"]?.string, let cases = object["requests"]?.array
            else { continue }
            func read(_ path: String) throws -> String {
                try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
            }
            let schema = try? object["schema"]?.string.map { try Schema(cedarSchema: read($0)) }
            let policies: PolicySet
            let entities: Entities
            do {
                policies = try PolicySet(parsing: read(policyPath), file: policyPath)
                entities = try Entities(json: read(entityPath), file: entityPath, schema: schema)
            } catch {
                mismatches.append("\(test.lastPathComponent): cannot load: \(error)")
                continue
            }
            let authorizer = Authorizer(policies)
            for item in cases {
                guard let c = item.object else { continue }
                requests += 1
                let label = "\(test.lastPathComponent) \(c["description"]?.string ?? "")"
                do {
                    let request = try Request(
                        principal: uid(c["principal"]), action: uid(c["action"]), resource: uid(c["resource"]),
                        contextJSON: c["context"], schema: schema)
                    let response = authorizer.isAuthorized(request, entities: entities)
                    let decision = c["decision"]?.string
                    let reasons = Set((c["reason"]?.array ?? []).compactMap(\.string))
                    let errors = Set(
                        (c["errors"]?.array ?? []).compactMap { $0.string ?? $0.object?["policyId"]?.string })
                    if response.decision.rawValue != decision || Set(response.reasons) != reasons
                        || Set(response.errors.map(\.policyID)) != errors
                    {
                        let got = response.errors.map { "\($0.policyID): \($0.error)" }
                        mismatches.append(
                            "\(label): expected \(decision ?? "?") \(reasons.sorted()) errors \(errors.sorted()), got "
                                + "\(response.decision) \(response.reasons) errors \(got)")
                    }
                } catch {
                    mismatches.append("\(label): cannot build request: \(error)")
                }
            }
        }
        print("corpus: \(requests) requests in \(tests.count) tests, \(mismatches.count) mismatches")
        for mismatch in mismatches.prefix(15) { print(mismatch) }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches; first: \(mismatches.first ?? "")")
        #expect(requests > 0)
    }

    private struct BadUID: Error {}

    private func uid(_ json: JSONValue?) throws -> EntityUID {
        guard let object = json?.object, let type = object["type"]?.string, let id = object["id"]?.string else {
            throw BadUID()
        }
        return EntityUID(type: Name(qualified: type), id: id)
    }
}
