import Foundation
import Testing

@testable import Cedar

/// Error messages, their positions, recovery, and robustness against hostile input.
@Suite struct ParserErrorTests {
    func errors(_ source: String, file: String? = nil) -> [Diagnostic] {
        do {
            _ = try PolicyParser.parsePolicies(source, file: file)
            return []
        } catch {
            return error.items
        }
    }

    @Test func missingSemicolonSaysWhatWasExpected() {
        let found = errors("permit(principal, action, resource)\npermit(principal, action, resource);", file: "a.cedar")
        #expect(found.first?.message == "expected `;` after the policy, found `permit`")
        #expect(found.first?.span?.description == "a.cedar:2:1")
    }

    @Test func unexpectedTokenPositionCountsUnicodeScalars() {
        let found = errors("permit(principal, action, resource) when { \"é\" + };")
        #expect(found.first?.span?.start.line == 1)
        #expect(found.first?.span?.start.column == 50)
        #expect(found.first?.message.hasPrefix("expected an expression, found `}`") == true)
    }

    @Test func semanticErrorsNameTheProblem() {
        let cases: [(String, String)] = [
            ("foo(1)", "`foo` is not a valid function"),
            ("principal.foo()", "`foo` is not a valid method"),
            ("principal.isIpv4", ""),
            ("ip(\"1\").isIpv4(1, 2)", ""),
            ("isIpv4(ip(\"1\"))", "`isIpv4` is a method, not a function"),
            ("principal.ip(\"1\")", "`ip` is a function, not a method"),
            ("[].contains(1, 2)", "call to `contains` requires exactly 1 argument, but got 2 arguments"),
            ("alice", "invalid variable: alice"),
            (
                "1 < 2 < 3",
                "multiple relational operators (>, ==, in, etc.) must be used with parentheses to make ordering explicit"
            ),
            ("9223372036854775808", "integer literal `9223372036854775808` is too large"),
            ("{a: 1, a: 2}", "duplicate key `a` in record literal"),
            ("context.if", "this identifier is reserved and cannot be used: if"),
            (#""\q""#, "the input `\\q` is not a valid escape: unknown escape"),
        ]
        for (body, message) in cases {
            let found = errors("permit(principal, action, resource) when { \(body) };")
            if message.isEmpty {
                #expect(found.isEmpty, "\(body): \(found)")
            } else {
                #expect(found.map(\.message).contains(message), "\(body): \(found)")
            }
        }
    }

    @Test func duplicateAnnotationIsReportedAtTheSecondOne() {
        let found = errors("@a(\"1\")\n@a(\"2\") permit(principal, action, resource);")
        #expect(found.count == 1)
        #expect(found[0].message == "duplicate annotation: @a")
        #expect(found[0].span?.start.line == 2)
    }

    @Test func recoveryReportsSeveralPolicies() {
        let source = """
            permit(principal, action, resource) when { 1 + };
            permit(principal, action, resource);
            permit(principal, action, resource) when { foo };
            forbid(principal == , action, resource);
            """
        let found = errors(source)
        #expect(found.map { $0.span?.start.line } == [1, 3, 4])
    }

    @Test func missingScopeVariableIsReported() {
        let found = errors("permit(principal, action);")
        #expect(found.map(\.message) == ["this policy is missing the `resource` variable in the scope"])
    }

    @Test func renderedDiagnosticShowsTheLine() {
        let source = "permit(principal, action, resource)\n  when { principal.age > };"
        let found = errors(source, file: "p.cedar")
        let rendered = Diagnostics(found).rendered(source: source)
        #expect(rendered.hasPrefix("p.cedar:2:26: error: expected an expression, found `}`"))
        #expect(rendered.contains("\n      when { principal.age > };\n"))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        for (open, close) in [
            ("(", ")"), ("[", "]"), ("{a: ", "}"), ("if true then ", " else 1"), ("!(", ")"), ("f(", ")"),
        ] {
            let body = String(repeating: open, count: 5_000) + "1" + String(repeating: close, count: 5_000)
            let found = errors("permit(principal, action, resource) when { \(body) };")
            #expect(found.contains { $0.message.hasPrefix("nesting too deep") }, "\(open)")
        }
        let fine = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
        #expect(errors("permit(principal, action, resource) when { \(fine) };").isEmpty)
    }

    @Test func longOperatorChainsParse() throws {
        // Up to `Parser.maxHeight` (500) levels; longer chains are errors (PropertyRegressionTests).
        let chain = Array(repeating: "1", count: 490).joined(separator: " + ")
        #expect(errors("permit(principal, action, resource) when { \(chain) > 0 };").isEmpty)
    }

    @Test func hostileInputNeverCrashes() {
        let inputs = [
            "", "\"", "\"abc", "//", "@", "@(", "permit(", "permit(principal", "permit(principal ==", "?", "?principal",
            "\u{0}", "permit(principal, action, resource) when { \"\\", "é∂ƒ©", "🙂",
            "permit(principal, action, resource) when",
            "permit(principal, action, resource) when {", "}}}}", ";;;",
            "permit(principal, action, resource) when { A:: };",
            "permit(principal, action, resource) when { A::{ };", "permit(principal, action, resource) when { [1,,] };",
            "\r\r\n\u{2028}", "permit\u{00A0}(principal, action, resource);",
        ]
        for input in inputs {
            _ = errors(input)
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(
            "permit forbid when unless principal action resource context if then else has like is in "
                + "()[]{}<>=!&|+-*/%.,;:@?\"\\ abc 123 ::\n")
        for _ in 0..<300 {
            let length = Int.random(in: 0..<80, using: &generator)
            let input = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            _ = errors(input)
            _ = try? Expr(parsing: input)
        }
    }
}
