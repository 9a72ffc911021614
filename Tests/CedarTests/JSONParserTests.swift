import Testing

@testable import Cedar

@Suite struct JSONParserTests {
    @Test func parsesNestedDocumentsKeepingKeyOrderAndIntegerText() throws {
        let value = try JSONParser.parse(
            #"{"b": [1, -2, 3.5e2], "a": {"x": null, "y": true}, "s": "\u00e9\ud83d\ude00\n"}"#)
        let object = try #require(value.object)
        #expect(object.keys == ["b", "a", "s"])
        #expect(object["b"] == .array([.number("1"), .number("-2"), .number("3.5e2")]))
        #expect(object["s"]?.string == "é😀\n")
        #expect(object["b"]?.array?.first?.int64 == 1)
    }

    @Test func largeIntegersAreNotRounded() throws {
        #expect(try JSONParser.parse("9223372036854775807").int64 == Int64.max)
        #expect(try JSONParser.parse("9223372036854775808").int64 == nil)
    }

    @Test(arguments: [
        ("{\"a\": 1, \"a\": 2}", "duplicate key `a`", 1, 10),
        ("[1, 2", "expected `,` or `]`", 1, 6),
        ("{\n  \"a\": tru }", "expected `true`", 2, 8),
        ("\"abc", "unterminated string", 1, 5),
        ("01", "unexpected text after", 1, 2),
        ("\"\\ud800\"", "lone surrogate", 1, 8),
        ("[] x", "unexpected text after", 1, 4),
        ("", "expected a value", 1, 1),
    ])
    func reportsWhatAndWhere(input: String, message: String, line: Int, column: Int) {
        #expect {
            _ = try JSONParser.parse(input, file: "doc.json")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic, let span = diagnostic.span else { return false }
            return diagnostic.message.contains(message) && span.start.line == line && span.start.column == column
                && span.file == "doc.json"
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: Diagnostic.self) { _ = try JSONParser.parse(deep) }
    }

    @Test func writerRoundTrips() throws {
        let text = #"{"k":["a\"b\\c\u0001",1,{"z":false}],"e":{}}"#
        let value = try JSONParser.parse(text)
        #expect(value.serialized() == text)
        #expect(try JSONParser.parse(value.serialized(pretty: true)) == value)
    }
}

@Suite struct DiagnosticRenderingTests {
    private func span(line: Int, column: Int) -> SourceSpan {
        let position = SourcePosition(line: line, column: column, offset: 0)
        return SourceSpan(file: "p.cedar", start: position, end: position)
    }

    @Test func caretSitsUnderTheColumn() {
        let text = Diagnostic("expected `;`", at: span(line: 2, column: 5)).rendered(source: "a\nbcd efg\n")
        #expect(text == "p.cedar:2:5: error: expected `;`\n    bcd efg\n        ^")
    }

    @Test func tabsBeforeTheColumnAreRepeatedSoTheCaretLinesUp() {
        let text = Diagnostic("x", at: span(line: 1, column: 3)).rendered(source: "\t\tz")
        #expect(text.hasSuffix("\n    \t\tz\n    \t\t^"))
    }

    @Test func longLinesShowAWindowAroundTheColumn() {
        let line = String(repeating: "a", count: 10_000) + "!" + String(repeating: "b", count: 10_000)
        let text = Diagnostic("x", at: span(line: 1, column: 10_001)).rendered(source: line)
        let shown = text.split(separator: "\n")
        #expect(shown[1].count <= Diagnostic.excerptWidth + 6)
        let caretColumn = shown[2].count - 1
        #expect(Array(shown[1])[caretColumn] == "!")
    }
}
