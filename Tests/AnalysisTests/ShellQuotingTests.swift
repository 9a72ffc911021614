import Testing

@testable import Analysis

/// Quote removal: what each quoting form gives the program.
@Suite struct ShellQuotingTests {
    @Test(arguments: [
        ("echo 'a b'", ["echo", "a b"]),
        (#"echo "a b""#, ["echo", "a b"]),
        (#"echo a\ b"#, ["echo", "a b"]),
        (#"echo $'a\tb\x41\101\u00e9'"#, ["echo", "a\tbAAé"]),
        (#"echo $"hi there""#, ["echo", "hi there"]),
        (#"echo "a\"b\\c\$d\e""#, ["echo", #"a"b\c$d\e"#]),
        (#"echo 'it'\''s'"#, ["echo", "it's"]),
        ("echo a\\\nb", ["echo", "ab"]),
        (#"echo "x"'y'z"#, ["echo", "xyz"]),
        ("echo ''", ["echo", ""]),
        (#"echo "$'x'""#, ["echo", "$'x'"]),
    ])
    func quoteRemoval(_ source: String, _ expected: [String]) {
        #expect(ShellProbe.argv(source) == [expected])
    }

    @Test(arguments: [
        "r''m -rf /", #"\rm -rf /"#, #""r"m -rf /"#, #"$'\x72m' -rf /"#, "r\\\nm -rf /", "'rm' -rf /",
        #"$'\162m' -rf /"#, #"r\m -rf /"#, "{rm,-rf,/}",
    ])
    func bypassesStillNameTheProgram(_ source: String) throws {
        let command = try #require(ShellProbe.command(source))
        #expect(command.program == "rm")
        #expect(command.hasStaticProgram)
        #expect(command.arguments == ["-rf", "/"])
    }

    @Test func absolutePathsResolveToTheProgramName() throws {
        let command = try #require(ShellProbe.command("/bin/rm -rf /"))
        #expect(command.programPath == "/bin/rm")
        #expect(command.program == "rm")
    }

    @Test func expansionsMakeWordsDynamicAndKeepTheirSource() throws {
        let commands = ShellProbe.extract(#"rm -rf "$DIR/x" ${HOME:-/} $(pwd)"#).commands
        #expect(commands.map(\.program) == ["pwd", "rm"])
        let command = try #require(commands.last)
        #expect(command.words.map(\.text) == ["rm", "-rf", "$DIR/x", "${HOME:-/}", "$(pwd)"])
        #expect(command.words.map(\.isStatic) == [true, true, false, false, false])
    }

    @Test func aVariableAsProgramIsDynamic() throws {
        // The assignment alone runs nothing and is not listed.
        let command = try #require(ShellProbe.command("a=rm; $a -rf /"))
        #expect(command.hasStaticProgram == false)
        #expect(command.programPath == "$a")
    }

    @Test func globsAreMarkedOnlyWhenUnquoted() throws {
        let command = try #require(ShellProbe.command(#"rm *.log "*.txt" \?x [ab]"#))
        #expect(command.words.map(\.hasGlob) == [false, true, false, false, true])
    }

    @Test(arguments: ["/bin/r? -rf /", "/usr/bin/[r]m -rf /", "/bin/r* -rf /"])
    func aGlobAsProgramIsDynamic(_ source: String) throws {
        let command = try #require(ShellProbe.command(source))
        #expect(command.hasStaticProgram == false)
    }
}
