import Testing

@testable import Analysis

/// Inputs that once went wrong (found by the differential tests, the fuzzer or review), pinned down.
@Suite struct ShellRegressionTests {
    /// Brace expansion removes the words it leaves empty (bash differential).
    @Test func emptyBraceAlternativeIsNoWord() {
        #expect(ShellProbe.argv("printf %s {,c}") == [["printf", "%s", "c"]])
        #expect(ShellProbe.argv("printf %s ''{,c}") == [["printf", "%s", "", "c"]])
    }

    /// `printf` formats: `\c` is literal in a format, `\'` is a quote, a trailing `%` ends the output.
    @Test func printfFormatEscapes() throws {
        let command = try #require(ShellProbe.extract(#"printf "\c\'x%""#).commands.first)
        #expect(ShellStaticOutput.of(command) == .text("\\c'x"))
    }

    /// `declare m=(…)` is an array argument, not a syntax error (bash `-n` agreement).
    @Test func declareArray() {
        #expect(ShellProbe.extract("declare -a m=(1 2)").opaqueReasons.isEmpty)
        #expect(ShellProbe.extract("echo m=(1 2)").opaqueReasons.map(\.kind) == [.parseError])
    }

    /// A heredoc opened inside a declaration argument is registered once.
    @Test func heredocInDeclarationValue() {
        let commands = ShellProbe.extract("declare a=$(cat <<EOF\nx\nEOF\n)\necho after").commands
        #expect(commands.map(\.program) == ["cat", "declare", "echo"])
        #expect(commands.first?.standardInput == .text("x\n"))
    }

    /// A lone `[` (the test command) is not a glob.
    @Test func testBracketIsNotAGlob() throws {
        let command = try #require(ShellProbe.command("[ -f x ]"))
        #expect(command.words.map(\.hasGlob) == [false, false, false, false])
    }

    /// `\"` inside backquotes inside double quotes is a plain quote for the inner command.
    @Test func escapedQuoteInBackquotesInDoubleQuotes() {
        #expect(
            ShellProbe.argv(#"echo "`printf %s \"a b\"`""#) == [
                ["printf", "%s", "a b"], ["echo", "`printf %s \\\"a b\\\"`"],
            ])
    }

    /// A trailing backslash at the end of input is a literal backslash, as in bash.
    @Test func trailingBackslash() {
        #expect(ShellProbe.argv("echo a\\") == [["echo", "a\\"]])
    }

    /// In an unquoted heredoc a line continuation joins lines before the delimiter is looked for (as bash does);
    /// quoted, it does not.
    @Test func heredocLineContinuation() {
        let unquoted = ShellProbe.extract("cat <<EOF\nfoo\\\nEOF\necho inbody\nEOF\necho after").commands
        #expect(unquoted.map(\.program) == ["cat", "echo"])
        #expect(unquoted.first?.standardInput == .text("fooEOF\necho inbody\n"))
        let quoted = ShellProbe.extract("cat <<'EOF'\nfoo\\\nEOF\necho after").commands
        #expect(quoted.map(\.program) == ["cat", "echo"])
        #expect(quoted.first?.standardInput == .text("foo\\\n"))
    }
}
