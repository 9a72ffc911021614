import Foundation
import Testing

@testable import Cedar

/// Every `.cedarschema` of Cedar's conformance corpus (all valid) must parse and resolve; the resolved model is
/// spot-checked against declaration counts found by a light scan of the text, and round-tripped through both
/// printers.
@Suite struct SchemaCorpusTests {
    /// The extracted generated corpus and the handwritten tests and sample data beside it (found by `Corpus`, not
    /// by fixed paths: a fresh machine has only the archive).
    static var directories: [String] {
        [Corpus.generatedTests, Corpus.root?.appendingPathComponent("sample-data"), Corpus.handwrittenTests]
            .compactMap { $0?.path }
    }

    static func schemaFiles() -> [String] {
        var files: [String] = []
        for directory in directories {
            guard let walker = FileManager.default.enumerator(atPath: directory) else { continue }
            while let path = walker.nextObject() as? String {
                if path.hasSuffix(".cedarschema") { files.append("\(directory)/\(path)") }
            }
        }
        return files.sorted()
    }

    /// Counts the names declared by lines starting with `keyword` (`entity A, B …` declares two).
    static func declaredNames(_ keyword: String, in text: String) -> Int {
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix(keyword + " ") else { continue }
            var rest = Substring(trimmed.dropFirst(keyword.count))
            while true {
                rest = rest.drop { $0 == " " }
                if rest.first == "\"" {
                    var index = rest.index(after: rest.startIndex)
                    while index < rest.endIndex && rest[index] != "\"" {
                        if rest[index] == "\\" { index = rest.index(after: index) }
                        index = rest.index(after: index)
                    }
                    rest = rest[rest.index(after: index)...]
                } else {
                    rest = rest.drop { $0.isLetter || $0.isNumber || $0 == "_" }
                }
                count += 1
                rest = rest.drop { $0 == " " }
                guard rest.first == "," else { break }
                rest = rest.dropFirst()
            }
        }
        return count
    }

    @Test func everyCorpusSchemaParsesResolvesAndRoundTrips() throws {
        let files = Self.schemaFiles()
        #expect(files.count > 7000)
        var failures: [String] = []
        for (number, path) in files.enumerated() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let schema: Schema
            do {
                schema = try Schema(cedarSchema: text, file: path)
            } catch {
                failures.append(error.rendered(source: text))
                continue
            }
            let entityCount = Self.declaredNames("entity", in: text)
            let actionCount = Self.declaredNames("action", in: text)
            if schema.entityTypes.count != entityCount || schema.actions.count != actionCount {
                failures.append(
                    "\(path): \(schema.entityTypes.count)/\(entityCount) entity types, "
                        + "\(schema.actions.count)/\(actionCount) actions")
                continue
            }
            // Round-trip a fifth of the files: enough variety, a fraction of the time.
            guard number % 5 == 0 else { continue }
            do {
                let printed = try Schema(cedarSchema: schema.cedarSchemaText())
                let fromJSON = try Schema(json: schema.jsonSchema().serialized())
                if printed.entityTypes != schema.entityTypes || printed.actions != schema.actions {
                    failures.append("\(path): the printed text does not parse back to the same schema")
                }
                if fromJSON.entityTypes != schema.entityTypes || fromJSON.actions != schema.actions {
                    failures.append("\(path): the JSON form does not parse back to the same schema")
                }
            } catch {
                failures.append("\(path): round trip failed: \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }
}
