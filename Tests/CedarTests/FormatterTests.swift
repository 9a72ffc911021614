import Foundation
import Testing

@testable import Cedar

/// The formatter's layout and comment handling, and printing policies back to Cedar text.
@Suite struct FormatterTests {
    /// Everything but the id and the source position.
    static func sameMeaning(_ a: Policy, _ b: Policy) -> Bool {
        a.effect == b.effect && a.annotations == b.annotations && a.principal == b.principal && a.action == b.action
            && a.resource == b.resource && a.conditions == b.conditions
    }

    @Test func canonicalLayout() throws {
        let source = """
            // leading comment
            @id("a") @advice("x")
            permit(principal == User::"alice", action in [Action::"read", Action::"write"], resource is Doc in Folder::"f")
            when { principal.level >= 3 && resource.owner == principal && context.ip.isInRange(ip("10.0.0.0/8")) && (1 + 2) * 3 > -4 }
            unless { resource has secret.a.b && resource.secret like "*top*" || !(principal in Group::"x") }; // eol
            forbid(principal, action, resource) when { if principal.a then [1,2,{a:1, "b c": [true]}] else principal["x y"] };
            permit(principal, action, resource);
            """
        let expected = """
            // leading comment
            @id("a")
            @advice("x")
            permit (
              principal == User::"alice",
              action in [Action::"read", Action::"write"],
              resource is Doc in Folder::"f"
            )
            when
            {
              principal.level >= 3 &&
              resource.owner == principal &&
              context.ip.isInRange(ip("10.0.0.0/8")) &&
              (1 + 2) * 3 > -4
            }
            unless
            {
              resource has secret.a.b &&
              resource.secret like "*top*" ||
              !(principal in Group::"x")
            }; // eol

            forbid (principal, action, resource)
            when
            { if principal.a then [1, 2, { a: 1, "b c": [true] }] else principal["x y"] };

            permit (principal, action, resource);

            """
        #expect(try PolicyFormatter.format(source) == expected)
    }

    @Test func formattingIsIdempotent() throws {
        let source = "permit(principal,action,resource)when{principal.a&&principal.b};//x\n//tail"
        let once = try PolicyFormatter.format(source)
        #expect(try PolicyFormatter.format(once) == once)
        #expect(once.hasSuffix("}; //x\n//tail\n"))
    }

    @Test func keepsCommentsInsidePolicies() throws {
        let source = "permit(principal, // who\n action, resource) when { true // always\n };"
        let expected = """
            permit (principal, // who
              action, resource)
            when
            {
              true // always
            };

            """
        #expect(try PolicyFormatter.format(source) == expected)
    }

    @Test func keepsParenthesesAndLiteralsAsWritten() throws {
        let source = #"permit(principal, action, resource) when { ((1)) + 007 == 8 && "\u{41}" == "A" };"#
        let expected = #"""
            permit (principal, action, resource)
            when { ((1)) + 7 == 8 && "\u{41}" == "A" };

            """#
        #expect(try PolicyFormatter.format(source) == expected)
    }

    @Test func reportsParseErrors() {
        #expect(throws: Diagnostics.self) { try PolicyFormatter.format("permit(principal, action, resource)") }
    }

    @Test func printingKeepsTheMeaning() throws {
        let bodies = [
            "-(5)", "--5", "-(-5)", "!(!true)", "!!!!true", "-9223372036854775808", "(1 + 2) * 3", "1 - (2 - 3)",
            "(1 < 2) == true", "(if true then 1 else 2) + 3", "[if true then 1 else 2]", "(true || false) && true",
            "true || (false && true)", "principal has a.b.c", #"principal has "a b""#, #"principal["if"]"#,
            #"principal is User in Group::"g""#, #"{ "if": 1, a: { b: [] } }"#, "(-5).foo", "[1].contains(2).foo",
            #""a*\\*" like "a*\*""#, #"decimal("1.0").lessThan(decimal("2.0"))"#, "[].isEmpty()",
            "(principal has a) has b",
            "principal.a.b.c == context[\"x y\"]", #"principal is User && principal in Group::"g""#,
        ]
        for body in bodies {
            let source = "permit(principal, action, resource) when { \(body) };"
            let original = try PolicyParser.parsePolicies(source)[0]
            let printed = original.description
            let reparsed = try PolicyParser.parsePolicies(printed)
            #expect(reparsed.count == 1 && Self.sameMeaning(original, reparsed[0]), "\(body) printed as \(printed)")
        }
    }

    /// Printing then parsing every policy of the conformance corpus gives back the same policy.
    @Test func corpusRoundTrip() throws {
        guard let handwritten = Corpus.handwrittenTests, let generated = Corpus.generatedTests else {
            Corpus.missing("round trip")
            return
        }
        let files =
            Corpus.files(endingWith: ".cedar", under: handwritten)
            + Corpus.files(endingWith: ".cedar", under: generated)
        var checked = 0
        var failures: [String] = []
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            let policies = try PolicyParser.parsePolicies(source)
            for policy in policies {
                checked += 1
                let printed = policy.description
                do {
                    let reparsed = try PolicyParser.parsePolicies(printed)
                    if reparsed.count != 1 || !Self.sameMeaning(policy, reparsed[0]) {
                        failures.append("\(file.lastPathComponent): \(printed)")
                    }
                } catch {
                    failures.append("\(file.lastPathComponent): \(printed)\n\(error)")
                }
            }
            let formatted = try PolicyFormatter.format(source)
            if try PolicyFormatter.format(formatted) != formatted { failures.append("not idempotent: \(file.path)") }
        }
        print("round-tripped \(checked) corpus policies")
        #expect(checked > 7_000)
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }
}
