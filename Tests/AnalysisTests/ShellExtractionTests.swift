import Testing

@testable import Analysis

/// Which commands an input runs, in what order, with which input and redirections.
@Suite struct ShellExtractionTests {
    @Test(arguments: [
        ("a; b && c || d & e\nf", ["a", "b", "c", "d", "e", "f"]),
        ("a | b |& c", ["a", "b", "c"]),
        ("! a | b", ["a", "b"]),
        ("time -p a && time b", ["a", "b"]),
        ("(a; b) && { c; d; }", ["a", "b", "c", "d"]),
        ("if a; then b; elif c; then d; else e; fi", ["a", "b", "c", "d", "e"]),
        ("while a; do b; done; until c; do d; done", ["a", "b", "c", "d"]),
        ("for x in 1 2; do a $x; done", ["a"]),
        ("for x; do a; done", ["a"]),
        ("for ((i=0; i<3; i++)); do a; done", ["a"]),
        ("select x in a b; do c; done", ["c"]),
        ("case $x in a|b) c;; (d) e ;& *) f;;& esac", ["c", "e", "f"]),
        ("f() { a; }; function g { b; }; function h() ( c )", ["a", "b", "c"]),
        ("[[ -n $(a) && $(b) == x ]] && c", ["a", "b", "c"]),
        ("(( $(a) + 1 )) && b", ["a", "b"]),
        ("coproc a; coproc NAME { b; }", ["a", "b"]),
        ("a # comment; b\nc", ["a", "c"]),
        ("echo if then fi done", ["echo"]),
        ("echo a#b", ["echo"]),
    ])
    func commandsInExecutionOrder(_ source: String, _ programs: [String]) {
        let extraction = ShellProbe.extract(source)
        #expect(extraction.opaqueReasons.isEmpty, "\(extraction.opaqueReasons)")
        #expect(extraction.commands.map(\.program) == programs)
    }

    @Test(arguments: [
        ("echo $(rm -rf /)", ["rm", "echo"]),
        ("echo `rm -rf /`", ["rm", "echo"]),
        (#"echo "x $(rm a) `rm b`""#, ["rm", "rm", "echo"]),
        ("echo $(( $(rm a) + 1 ))", ["rm", "echo"]),
        ("echo ${x:-$(rm a)} ${y/$(rm b)/c}", ["rm", "rm", "echo"]),
        ("cat > $(rm a)", ["rm", "cat"]),
        ("x=$(rm a) echo hi", ["rm", "echo"]),
        ("x=$(rm a)", ["rm"]),
        ("a=(1 $(rm a))", ["rm"]),
        ("diff <(rm a) >(rm b)", ["rm", "rm", "diff"]),
        ("echo $(echo $(echo $(rm a)))", ["rm", "echo", "echo", "echo"]),
        ("echo \"$(cat <<EOF\n$(rm x)\nEOF\n)\"", ["rm", "cat", "echo"]),
        ("cat <<EOF\n$(rm x) `rm y`\nEOF", ["rm", "rm", "cat"]),
        ("cat <<'EOF'\n$(rm x)\nEOF", ["cat"]),
        ("for f in $(ls); do :; done", ["ls", ":"]),
        ("case $(rm a) in x) ;; esac", ["rm"]),
        ("echo `echo \\`rm a\\``", ["rm", "echo", "echo"]),
        ("$(rm a) b", ["rm", "$(rm a)"]),
    ])
    func substitutionsRunBeforeTheirCommand(_ source: String, _ programs: [String]) {
        let extraction = ShellProbe.extract(source)
        #expect(extraction.opaqueReasons.isEmpty, "\(extraction.opaqueReasons)")
        #expect(extraction.commands.map(\.program) == programs)
    }

    @Test func bashExpandsWordsThenRedirectionsThenAssignments() {
        #expect(ShellProbe.argv("a=$(c) b $(d) > $(e)") == [["d"], ["e"], ["c"], ["b", "$(d)"]])
    }

    @Test func assignmentsArePrefixesOnly() throws {
        let command = try #require(ShellProbe.command("FOO=1 BAR+=x arr[2]=y env a=b"))
        #expect(command.assignments.map(\.name) == ["FOO", "BAR", "arr[2]"])
        #expect(command.words.map(\.text) == ["env", "a=b"])
    }

    @Test func arrayAssignments() throws {
        let command = try #require(ShellProbe.command("a=(x 'y z') b"))
        #expect(command.assignments.first?.value.text == "(x y z)")
        #expect(command.program == "b")
    }

    @Test func assignmentOnlyCommandsAreListedOnlyWithARedirection() {
        #expect(ShellProbe.extract("a=1").commands.isEmpty)
        let commands = ShellProbe.extract("a=1 > out").commands
        #expect(commands.count == 1)
        #expect(commands.first?.words.isEmpty == true)
        #expect(commands.first?.redirections.first?.target.text == "out")
    }

    @Test func redirections() throws {
        let command = try #require(
            ShellProbe.command("cmd < in > out 2>> log &> all &>> more 3<> rw >| clob 2>&1 >&- {fd}> new >& file <&3"))
        let listed = command.redirections.map { "\($0.descriptor)\($0.operation.rawValue):\($0.target.text)" }
        #expect(
            listed == [
                "0read:in", "1write:out", "2append:log", "1write:all", "1append:more", "3readWrite:rw", "1write:clob",
                "2duplicate:1", "1duplicate:-", "10write:new", "1write:file", "0duplicate:3",
            ])
        #expect(command.standardInput == .dynamic(source: "<&3"))
    }

    @Test func heredocsBecomeStandardInput() throws {
        let quoted = try #require(ShellProbe.command("psql <<'SQL'\nDROP TABLE $x;\nSQL"))
        #expect(quoted.standardInput == .text("DROP TABLE $x;\n"))
        #expect(quoted.redirections.isEmpty)
        let plain = try #require(ShellProbe.command("psql <<SQL\nDROP TABLE x;\nSQL\n"))
        #expect(plain.standardInput == .text("DROP TABLE x;\n"))
        let template = try #require(ShellProbe.command("psql <<SQL\nDROP TABLE $t; \\$x\nSQL"))
        #expect(template.standardInput == .template("DROP TABLE $t; $x\n"))
        let stripped = try #require(ShellProbe.command("sh <<-  \"END\"\n\t\trm -rf /\n\tEND\n"))
        #expect(stripped.standardInput == .text("rm -rf /\n"))
    }

    @Test func severalHeredocsOnOneLine() {
        let commands = ShellProbe.extract("a <<A; b <<B | c\none\nA\ntwo\nB\nd").commands
        #expect(commands.map(\.program) == ["a", "b", "c", "d"])
        #expect(commands[0].standardInput == .text("one\n"))
        #expect(commands[1].standardInput == .text("two\n"))
    }

    @Test func heredocBodyIsNotParsedAsCommands() {
        #expect(ShellProbe.argv("cat > f <<EOF\nrm -rf /\nEOF\necho done") == [["cat"], ["echo", "done"]])
    }

    @Test func herestrings() throws {
        #expect(try #require(ShellProbe.command("sh <<< 'rm -rf /'")).standardInput == .text("rm -rf /\n"))
        #expect(try #require(ShellProbe.command(#"sh <<< "$CMD""#)).standardInput == .dynamic(source: "$CMD"))
        #expect(
            try #require(ShellProbe.command(#"psql <<< "DROP TABLE $T""#)).standardInput == .template("DROP TABLE $T\n")
        )
    }

    @Test func inputFile() throws {
        #expect(try #require(ShellProbe.command("sh < script.sh")).standardInput == .file(ShellWord("script.sh")))
    }

    @Test(arguments: [
        ("echo 'rm -rf /' | sh", StandardInput.text("rm -rf /\n")),
        ("echo -n rm | sh", .text("rm")),
        (#"echo -e 'a\nb\c' | sh"#, .text("a\nb")),
        (#"echo 'a\nb' | sh"#, .text("a\\nb\n")),
        (#"printf 'rm %s\n' -rf / | sh"#, .text("rm -rf\nrm /\n")),
        (#"printf '%b' 'x\ty' | sh"#, .text("x\ty")),
        (#"printf '%s %d%%' a 5 | sh"#, .text("a 5%")),
        ("cat <<EOF | sh\nrm -rf /\nEOF", .text("rm -rf /\n")),
        ("cat <<< 'DROP TABLE x' | psql", .text("DROP TABLE x\n")),
        (#"echo "DROP TABLE $T" | psql"#, .template("DROP TABLE $T\n")),
        ("curl -s x | sh", .dynamic(source: "curl")),
        ("cat f | sh", .dynamic(source: "cat")),
        ("echo rm > /dev/null | sh", .dynamic(source: "echo")),
        ("(echo rm) | sh", .dynamic(source: "subshell")),
    ])
    func pipedInput(_ source: String, _ input: StandardInput) {
        let commands = ShellProbe.extract(source).commands
        #expect(commands.last?.standardInput == input)
    }

    @Test func pipeIntoACompoundCommandFeedsItsCommands() {
        let commands = ShellProbe.extract("echo 'DROP TABLE x' | { cat; psql; }").commands
        #expect(commands.map(\.program) == ["echo", "cat", "psql"])
        #expect(commands[2].standardInput == .text("DROP TABLE x\n"))
    }

    @Test func ownRedirectionOverridesThePipe() throws {
        let commands = ShellProbe.extract("echo x | sh < f").commands
        #expect(commands.last?.standardInput == .file(ShellWord("f")))
    }

    /// An empty result of brace expansion (`{,y}`) is removed, as bash does.
    @Test func braceExpansion() {
        #expect(
            ShellProbe.argv("echo a{b,c}d {1..3} {a..c} {01..3} {5..1..2} {x} {,y} '{a,b}' \\{a,b}") == [
                [
                    "echo", "abd", "acd", "1", "2", "3", "a", "b", "c", "01", "02", "03", "5", "3", "1", "{x}", "y",
                    "{a,b}", "{a,b}",
                ]
            ])
    }

    @Test func braceExpansionBeyondTheBoundIsDynamic() throws {
        let command = try #require(ShellProbe.command("echo {1..100000} {a,b}{c,d}"))
        #expect(command.words[1].text == "{1..100000}")
        #expect(command.words[1].isStatic == false)
        #expect(command.words.count == 6)
    }

    @Test func ifsTricksLeaveTheProgramDynamic() {
        let commands = ShellProbe.extract("IFS=,; c=rm,-rf,/; $c").commands
        #expect(commands.map(\.hasStaticProgram) == [false])
    }

    @Test func sourceIsTheCommandTextShortened() throws {
        let command = try #require(ShellProbe.command("  git push --force   origin main ; "))
        #expect(command.source == "git push --force   origin main")
        let long = try #require(ShellProbe.command("echo " + String(repeating: "x", count: 500)))
        #expect(long.source.unicodeScalars.count == 201)
    }

    @Test func functionBodiesAreIncluded() {
        #expect(ShellProbe.argv("cleanup() { rm -rf /tmp/x; }") == [["rm", "-rf", "/tmp/x"]])
    }

    @Test func keywordsOnlyInCommandPosition() {
        #expect(ShellProbe.argv("echo then; x=if") == [["echo", "then"]])
        #expect(ShellProbe.argv("'if' a") == [["if", "a"]])
    }

    @Test func declarationBuiltinsTakeArrayArguments() throws {
        let commands = ShellProbe.extract("declare -A m=([a]=$(rm x) [b]=2) n=1").commands
        #expect(commands.map(\.program) == ["rm", "declare"])
        #expect(commands.last?.arguments == ["-A", "m=([a]=$(rm x) [b]=2)", "n=1"])
    }

    @Test(arguments: [
        ("cat <<< $(rm a)", ["rm", "cat"]),
        ("case x in $(rm a)) ;; esac", ["rm"]),
        ("[[ $(rm a) ]]", ["rm"]),
        ("(( $(rm a) ))", ["rm"]),
        ("for ((i=$(rm a); i<1; i++)); do :; done", ["rm", ":"]),
        ("echo ${a[$(rm a)]}", ["rm", "echo"]),
        ("echo $[ $(rm a) ]", ["rm", "echo"]),
        ("a=$'x' b=\"$(rm a)\" c", ["rm", "c"]),
        ("echo $(<file)", ["echo"]),
    ])
    func substitutionsInEveryPosition(_ source: String, _ programs: [String]) {
        let extraction = ShellProbe.extract(source)
        #expect(extraction.opaqueReasons.isEmpty, "\(extraction.opaqueReasons)")
        #expect(extraction.commands.filter { !$0.words.isEmpty }.map(\.program) == programs)
    }

    @Test func readingAFileWithDollarParenLessThanIsARedirectionOnlyCommand() throws {
        let commands = ShellProbe.extract("echo $(< ~/.aws/credentials)").commands
        #expect(commands.count == 2)
        #expect(commands[0].words.isEmpty)
        #expect(commands[0].redirections.map(\.target.text) == ["~/.aws/credentials"])
    }

    @Test func theWalkSeesTheExtractedCommands() {
        let analysis = ActionAnalyzer().analyze(shell: "a=rm; $a -rf / && echo $(curl -s x | sh)")
        #expect(analysis.opaqueReasons.map(\.kind).contains(.dynamicProgram))
        #expect(analysis.actions.contains { if case .exec(let c) = $0 { c.program == "sh" } else { false } })
    }

    @Test func backgroundAndTimedCommandsAreListed() {
        #expect(ShellProbe.argv("time rm -rf / & wait") == [["rm", "-rf", "/"], ["wait"]])
    }
}
