import Foundation
import Testing

@testable import Cedar

/// Data nested as deep as the JSON parser accepts, read, written, compared and evaluated on a 512 KB thread
/// stack: request contexts and entity attributes come from agents, and must never crash Warden.
@Suite struct DeepDataTests {
    static func nested(_ kind: String, depth: Int) -> String {
        switch kind {
        case "array": String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        default: String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        }
    }

    /// The deepest value that fits in a context: the context object itself is one level.
    static func deepestContext(_ kind: String) -> String {
        let inner = nested(kind, depth: JSONParser.maximumDepth - 1)
        return "{\"a\": \(inner), \"b\": \(inner)}"
    }

    @Test(arguments: ["array", "record"]) func parsingTheDeepestDocumentFits(kind: String) {
        let text = Self.deepestContext(kind)
        let parsed = onSmallStack { (try? JSONParser.parse(text)) != nil }
        #expect(parsed)
    }

    @Test func deeperDocumentsAreRejected() {
        let text = Self.nested("array", depth: JSONParser.maximumDepth + 1)
        #expect(throws: Diagnostic.self) { try JSONParser.parse(text) }
        #expect((try? JSONParser.parse(Self.nested("array", depth: JSONParser.maximumDepth))) != nil)
    }
}
