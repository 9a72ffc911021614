import Foundation
import Testing

@testable import Cedar

/// The formatter against `cedar format`: each `Fixtures/formatter/NAME.cedar` formats to `NAME.formatted`, which
/// was produced by Rust Cedar 4.12's formatter (through `cedarpy.format_policies`).
@Suite struct FormatterFixtureTests {
    static let directory: URL? = Bundle.module.url(
        forResource: "formatter", withExtension: nil, subdirectory: "Fixtures")

    static let names: [String] = {
        guard let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return []
        }
        return files.filter { $0.hasSuffix(".cedar") }.map { String($0.dropLast(".cedar".count)) }.sorted()
    }()

    static func read(_ name: String, _ ext: String) throws -> String {
        let url = try #require(directory).appendingPathComponent("\(name).\(ext)")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test func fixturesArePresent() {
        #expect(Self.names.count >= 20)
    }

    @Test(arguments: names) func formatsLikeCedar(_ name: String) throws {
        let source = try Self.read(name, "cedar")
        let expected = try Self.read(name, "formatted")
        let formatted = try PolicyFormatter.format(source)
        #expect(formatted == expected, "\(name):\n\(formatted)")
    }

    /// Every comment of the input is somewhere in the output.
    @Test(arguments: names) func keepsEveryComment(_ name: String) throws {
        let source = try Self.read(name, "cedar")
        let formatted = try PolicyFormatter.format(source)
        var remaining = formatted[...]
        for comment in CommentedTokens.commentLines(Array(source.utf8)[...]) {
            let found = try #require(remaining.range(of: comment), "\(name): lost comment \(comment)")
            remaining = remaining[found.upperBound...]
        }
    }
}
