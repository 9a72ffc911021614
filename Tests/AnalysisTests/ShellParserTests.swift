import Testing

@testable import Analysis

/// The syntax tree, parse errors with positions, and the bounds on depth, size and time.
@Suite struct ShellParserTests {
    @Test func buildsTheTree() throws {
        let script = try ShellParser.parse("a 'b' \"c$d\" | e && ! f &")
        let item = try #require(script.body.items.first)
        #expect(item.isBackground)
        #expect(item.andOr.operators == [.and])
        #expect(item.andOr.pipelines[1].isNegated)
        guard case .simple(let simple) = item.andOr.pipelines[0].commands[0].kind else {
            Issue.record("not a simple command")
            return
        }
        #expect(simple.words.map(\.source) == ["a", "'b'", "\"c$d\""])
        #expect(
            simple.words[2].parts == [
                .doubleQuoted([.literal("c"), .parameter(ShellSyntax.ParameterExpansion(name: "d", source: "$d"))])
            ])
    }

    @Test func parameterExpansionKeepsItsOperand() throws {
        let script = try ShellParser.parse("echo ${#x} ${!p} ${a[@]:1} ${x:-{y}}")
        guard case .simple(let simple) = script.body.items[0].andOr.pipelines[0].commands[0].kind else {
            Issue.record("not a simple command")
            return
        }
        let names = simple.words.dropFirst().compactMap { word -> String? in
            guard case .parameter(let p) = word.parts.first else { return nil }
            return p.name
        }
        #expect(names == ["x", "p", "a", "x"])
        #expect(simple.words.last?.source == "${x:-{y}}")
    }

    @Test(arguments: [
        ("echo 'abc", "unterminated single quote starting at 1:6"),
        ("echo \"abc", "unterminated double quote starting at 1:6"),
        ("echo ok\necho $(ls", "unterminated command substitution starting at 2:6"),
        ("echo `ls", "unterminated backquote starting at 1:6"),
        ("echo ${x", "unterminated parameter expansion `${` starting at 1:6"),
        ("echo $'x", "unterminated ANSI-C quote `$'` starting at 1:6"),
        ("if true; then echo", "unterminated `if` (missing `fi`) starting at 1:1"),
        ("while true; do x; end", "unterminated `while` (missing `done`) starting at 1:1"),
        ("{ echo", "unterminated `{` (missing `}`) starting at 1:1"),
        ("(echo", "unterminated subshell starting at 1:1"),
        ("case x in a) b", "unterminated `case` (missing `esac`) starting at 1:1"),
        ("echo a |", "unexpected end of input, expected a command at 1:9"),
        ("echo a && || b", "unexpected `||` at 1:11"),
        ("; a", "unexpected `;` at 1:1"),
        ("echo )", "unexpected `)` at 1:6"),
        ("echo > ", "expected a word after `>` but found end of input at 1:8"),
        ("if then fi", "expected a command before `then` at 1:4"),
        ("fi", "unexpected `fi` at 1:1"),
        ("[[ -n x", "unterminated `[[` (missing `]]`) starting at 1:1"),
        ("echo $((1 + 2)", "unterminated command substitution starting at 1:6"),
        ("f() echo x", "expected a compound command as the body of function `f` at 1:5"),
    ])
    func parseErrorsSayWhatAndWhere(_ source: String, _ message: String) {
        let extraction = ShellProbe.extract(source)
        #expect(extraction.commands.isEmpty)
        #expect(extraction.opaqueReasons == [OpaqueReason(.parseError, message)])
    }

    @Test func inputOverTheSizeLimitIsOpaque() {
        let limits = AnalysisLimits(maximumInputBytes: 10)
        let reasons = ShellProbe.extract("echo 0123456789", limits: limits).opaqueReasons
        #expect(reasons.map(\.kind) == [.limitExceeded])
    }

    @Test(arguments: [
        String(repeating: "(", count: 100_000),
        String(repeating: "$(", count: 100_000),
        String(repeating: "((", count: 50_000),
        String(repeating: "$((", count: 50_000),
        String(repeating: "${x:-", count: 100_000),
        String(repeating: "{ ", count: 100_000),
        String(repeating: "if ", count: 100_000),
        String(repeating: "echo \"$(", count: 50_000),
        String(repeating: "`", count: 100_001),
        String(repeating: "f() ", count: 100_000),
        String(repeating: "<(", count: 100_000),
        "echo " + String(repeating: "{a,", count: 100_000),
    ])
    func deepNestingIsALimitNotACrash(_ source: String) {
        let extraction = ShellProbe.extract(source)
        #expect(extraction.commands.isEmpty || extraction.opaqueReasons.isEmpty)
        #expect(extraction.opaqueReasons.count <= 1)
    }

    @Test func nestingAtTheLimitParses() {
        let depth = AnalysisLimits.default.maximumNestingDepth
        let nested = String(repeating: "$(", count: depth - 1) + "rm x" + String(repeating: ")", count: depth - 1)
        #expect(ShellProbe.extract("echo " + nested).commands.first?.program == "rm")
        let deeper = String(repeating: "$(", count: depth + 1) + "rm x" + String(repeating: ")", count: depth + 1)
        #expect(ShellProbe.extract("echo " + deeper).opaqueReasons.map(\.kind) == [.limitExceeded])
    }

    /// Generous bounds: debug builds run tests in parallel; they catch quadratic behaviour, not slowness.
    @Test func bigInputsAreLinear() {
        let words = String(repeating: "word 'quoted' \"$x\" ", count: 5_000)  // ~100 KB
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = ShellProbe.extract("echo " + words) }
        #expect(elapsed < .seconds(2), "\(elapsed)")
        let commands = String(repeating: "a && b | c; ", count: 8_000)
        let elapsedCommands = clock.measure { _ = ShellProbe.extract(commands) }
        #expect(elapsedCommands < .seconds(3), "\(elapsedCommands)")
    }

    /// Adversarial 100 KB inputs (lookahead for `$((`, brace expansion, heredocs, backquotes) stay linear: each
    /// well under a second even in a debug build, where a quadratic one takes minutes.
    @Test(arguments: [
        String(repeating: "$(( ' ", count: 20000), String(repeating: "(( ' ; ", count: 20000),
        String(repeating: "cat <<A <<B ", count: 5000) + "\n" + String(repeating: "x\n", count: 20000),
        "echo " + String(repeating: "{a,", count: 30000) + String(repeating: "}", count: 30000),
        "echo " + String(repeating: "{", count: 30000) + "a,b" + String(repeating: "}", count: 30000),
        "echo " + String(repeating: "{a,b}", count: 20000), "echo " + String(repeating: "{1..2}", count: 20000),
        "echo " + String(repeating: "${a:-${b}}", count: 10000), "echo " + String(repeating: "`a` ", count: 20000),
        "case x in " + String(repeating: "a|b) c;; ", count: 8000) + "esac",
        String(repeating: "a[x]=1 ", count: 15000) + "cmd", "echo " + String(repeating: "a[", count: 40000),
        "cmd " + String(repeating: "2>&1 ", count: 20000), "cmd " + String(repeating: "1", count: 100000) + ">x",
    ])
    func adversarialInputsAreLinear(_ source: String) {
        let elapsed = ContinuousClock().measure { _ = ShellProbe.extract(source) }
        #expect(elapsed < .seconds(3), "\(elapsed)")
    }
}
