import Cedar
import Foundation
import Testing

/// Reads every entities file and request of Cedar's conformance corpus (extracted by scripts or by hand to
/// `$CEDAR_CORPUS_DIR`, default `/tmp/corpus/corpus-tests`). The corpus holds only valid data (Rust Cedar's
/// runner panics otherwise), so everything must load.
@Suite struct DataJSONCorpusTests {
    static let directory = ProcessInfo.processInfo.environment["CEDAR_CORPUS_DIR"] ?? "/tmp/corpus/corpus-tests"
    static let available = FileManager.default.fileExists(atPath: directory)

    struct Counts: CustomStringConvertible {
        var tests = 0
        var entityFiles = 0
        var entities = 0
        var requests = 0
        var validatedRequests = 0
        var failures: [String] = []
        /// Failures only because the extension functions are not implemented yet.
        var pending = 0
        var description: String {
            "\(tests) tests, \(entityFiles) entities files (\(entities) entities), \(requests) requests "
                + "(\(validatedRequests) validated), \(failures.count) failures, \(pending) pending on extensions"
        }

        mutating func fail(_ what: String, _ error: some Error) {
            let text = "\(error)"
            if !DataJSONTestSupport.extensionsImplemented && text.contains("not implemented yet") {
                pending += 1
            } else {
                failures.append("\(what): \(text)")
            }
        }
    }

    /// The test descriptors: `X.json` next to `X.entities.json`.
    static func descriptors() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".entities.json") }
            .sorted()
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// Paths in descriptors are relative to the corpus root (`corpus-tests/X.entities.json`).
    static func resolve(_ relative: String) -> String {
        (directory as NSString).deletingLastPathComponent + "/" + relative
    }

    @Test(.enabled(if: available)) func everyEntitiesFileAndRequestLoadsAndValidates() throws {
        var plain = Counts()
        var checked = Counts()
        for name in try Self.descriptors() {
            let descriptor = try JSONParser.parse(Self.read(Self.directory + "/" + name), file: name)
            guard let object = descriptor.object, let entitiesPath = object["entities"]?.string else { continue }
            plain.tests += 1
            let entitiesText = try Self.read(Self.resolve(entitiesPath))
            var schema: Schema?
            if let schemaPath = object["schema"]?.string {
                do {
                    schema = try Schema(cedarSchema: Self.read(Self.resolve(schemaPath)), file: schemaPath)
                    checked.tests += 1
                } catch {
                    checked.fail(schemaPath, error)
                }
            }
            load(entitiesText, path: entitiesPath, schema: nil, into: &plain)
            if let schema { load(entitiesText, path: entitiesPath, schema: schema, into: &checked) }
            for request in object["requests"]?.array ?? [] {
                guard let fields = request.object else { continue }
                check(fields, test: name, schema: nil, into: &plain)
                if let schema { check(fields, test: name, schema: schema, into: &checked) }
            }
        }
        print("DataJSON corpus without schema: \(plain)")
        print("DataJSON corpus with schema: \(checked)")
        #expect(plain.tests > 0)
        #expect(checked.tests > 0)
        #expect(plain.failures.count == 0, "first failures:\n\(plain.failures.prefix(10).joined(separator: "\n"))")
        #expect(
            checked.failures.count == 0, "first failures:\n\(checked.failures.prefix(10).joined(separator: "\n"))")
    }

    private func load(_ text: String, path: String, schema: Schema?, into counts: inout Counts) {
        do {
            let entities = try Entities(json: text, file: path, schema: schema)
            counts.entityFiles += 1
            counts.entities += entities.entities.count
        } catch {
            counts.fail(path, error)
        }
    }

    private func check(_ fields: JSONObject, test: String, schema: Schema?, into counts: inout Counts) {
        do {
            let request = try Request(
                principal: ValueJSON.entityUID(from: fields["principal"] ?? .null),
                action: ValueJSON.entityUID(from: fields["action"] ?? .null),
                resource: ValueJSON.entityUID(from: fields["resource"] ?? .null),
                contextJSON: fields["context"], schema: schema)
            counts.requests += 1
            if let schema, fields["validateRequest"] == .bool(true) {
                try request.validate(against: schema)
                counts.validatedRequests += 1
            }
        } catch {
            counts.fail("\(test) request \(fields["description"]?.string ?? "")", error)
        }
    }
}
