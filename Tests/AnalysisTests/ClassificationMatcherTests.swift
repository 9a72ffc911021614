import Testing

@testable import Analysis

/// The building blocks of rule matching: globs, path normalization, reading a command's options.
@Suite struct ClassificationMatcherTests {
    @Test(arguments: [
        ("*.railway.app", "backboard.railway.app", true),
        ("*.railway.app", "a.b.railway.app", true),
        ("*.railway.app", "railway.app", false),
        ("*.railway.app", "railway.app.evil.com", false),
        ("+?*", "+main", true),
        ("+?*", "+", false),
        (":?*", ":feature", true),
        ("query=*mutation*", "query=mutation { x }", true),
        ("a*b*c", "aXXbYYbZZc", true),
        ("a*b*c", "aXXbYYbZZ", false),
        ("é?", "éü", true),
        ("", "", true),
    ])
    func textGlobs(pattern: String, text: String, matches: Bool) {
        #expect(Glob(pattern).matches(text) == matches)
    }

    @Test func textGlobsAreLinearOnLongInput() {
        let long = String(repeating: "a", count: 100_000)
        #expect(!Glob("*a*a*a*a*b").matches(long))
    }

    @Test(arguments: [
        ("//etc/", "/etc"),
        ("/usr/lib/..", "/usr"),
        ("/..", "/"),
        ("/../..", "/"),
        ("./build/./x/", "build/x"),
        ("./", "."),
        ("", "."),
        ("${HOME}/x", "~/x"),
        ("$HOME", "~"),
        ("$HOMEDIR/x", "$HOMEDIR/x"),
        ("${TMPDIR}/x", "$TMPDIR/x"),
        ("~/..", "~/.."),
        ("/tmp/$X/..", "/tmp/$X/.."),
        ("/tmp/*/..", "/tmp/*/.."),
        ("a/../..", ".."),
        ("../x/../..", "../.."),
    ])
    func pathNormalization(path: String, normalized: String) {
        #expect(PathNormalization.normalize(path) == normalized)
    }

    @Test(arguments: [
        ("/", "/", true),
        ("/", "/etc", false),
        ("/*", "/etc", true),
        ("/*", "/", false),
        ("/etc/**", "/etc", false),
        ("/etc/**", "/etc/ssh/sshd_config", true),
        ("/tmp/**", "/tmp/$X/..", false),
        ("/tmp/?*", "/tmp/build", true),
        ("**/.git", ".git", true),
        ("**/.git", "/home/me/repo/.git", true),
        ("**/.git", "vendor/x/.git", true),
        ("**/.git", ".github", false),
        ("/home/*", "/home/alice", true),
        ("/home/*", "/home/alice/project", false),
        ("~", "~", true),
        ("*", ".", false),
        ("*", "..", false),
    ])
    func pathGlobs(pattern: String, path: String, matches: Bool) throws {
        let glob = try #require(PathGlob(pattern))
        #expect(glob.matches(NormalizedPath(path)) == matches)
    }

    @Test func malformedPathGlobsAreRejected() {
        #expect(PathGlob("/etc/**conf") == nil)
        #expect(PathGlob("") == nil)
    }

    @Test func wordsAreDelimitedByNonIdentifierCharacters() {
        #expect(TextTest.containsWord("drop", in: "alter table t drop column x"))
        #expect(TextTest.containsWord("drop", in: "alter table t\ndrop(x)"))
        #expect(!TextTest.containsWord("drop", in: "alter table t add dropped_at date"))
        #expect(!TextTest.containsWord("drop", in: "airdrop"))
    }

    @Test func textTestsPassAnyFormButNoExcludedOne() {
        var test = TextTest(prefixes: [":"], exclusions: [TextTest(equals: [":"])])
        #expect(test.matches(":main"))
        #expect(!test.matches(":"))
        #expect(!test.matches("main"))
        test = TextTest(equals: ["delete"], ignoresCase: true)
        #expect(test.matches("DELETE"))
    }

    static func arguments(_ words: [String], _ syntax: ProgramSyntax) -> CommandArguments {
        CommandArguments(CommandInvocation(words: words.map { ShellWord($0) }), syntax: syntax)
    }

    @Test func shortOptionClustersSplitIntoLetters() {
        let parsed = Self.arguments(["rm", "-rf", "x"], ProgramSyntax())
        #expect(parsed.options.map(\.name) == ["-r", "-f"])
        #expect(parsed.positionals == ["x"])
        #expect(parsed.has(flag: "-f", generous: false))
        #expect(!parsed.has(flag: "-rf", generous: false))
    }

    @Test func aValueOptionInAClusterTakesTheRestOrTheNextWord() {
        let syntax = ProgramSyntax(optionsWithValue: ["-m", "-X"])
        let commit = Self.arguments(["git", "commit", "-am", "push -f", "file"], syntax)
        #expect(commit.options.map(\.name) == ["-a", "-m"])
        #expect(commit.options.last?.value == "push -f")
        #expect(commit.positionals == ["commit", "file"])
        let api = Self.arguments(["gh", "api", "-XDELETE", "/x"], syntax)
        #expect(api.values(of: ["-X"]) == ["DELETE"])
    }

    @Test func attachedShortValuesAreFoundEvenWhenNotDeclared() {
        let api = Self.arguments(["gh", "api", "-XDELETE", "/x"], ProgramSyntax())
        #expect(api.values(of: ["-X"]).contains("DELETE"))
    }

    @Test func globalOptionValuesAreNotSubcommands() {
        let syntax = ProgramSyntax(optionsWithValue: ["-C", "-c"])
        let parsed = Self.arguments(["git", "-C", "push", "-c", "a=b", "push", "--force=yes"], syntax)
        #expect(parsed.positionals == ["push"])
        #expect(parsed.options.map(\.name) == ["-C", "-c", "--force"])
        #expect(parsed.options.last?.value == "yes")
    }

    @Test func doubleDashEndsOptions() {
        let parsed = Self.arguments(["git", "checkout", "--", "-f"], ProgramSyntax())
        #expect(parsed.positionals == ["checkout", "-f"])
        #expect(parsed.has(flag: "--", generous: false))
        #expect(!parsed.has(flag: "-f", generous: false))
    }

    @Test func singleDashLongOptionsWithoutClusters() {
        let parsed = Self.arguments(
            ["terraform", "-chdir=infra", "apply", "-destroy"], ProgramSyntax(clustersShortOptions: false))
        #expect(parsed.options.map(\.name) == ["-chdir", "-destroy"])
        #expect(parsed.positionals == ["apply"])
        #expect(!parsed.has(flag: "-d", generous: true))
    }

    @Test func abbreviationsMatchGenerouslyButNeverExcuse() {
        let parsed = Self.arguments(["git", "push", "--forc"], ProgramSyntax(abbreviatesLongOptions: true))
        #expect(parsed.has(flag: "--force", generous: true))
        #expect(!parsed.has(flag: "--force", generous: false))
        let lease = Self.arguments(["git", "push", "--force"], ProgramSyntax(abbreviatesLongOptions: true))
        #expect(!lease.has(flag: "--force-with-lease", generous: false))
    }

    @Test func findingsComeInRuleOrderWithTheActionIndex() {
        let action = Action.exec(
            CommandInvocation(words: ["git", "push", "--force", "--mirror"].map { ShellWord($0) }))
        let findings = Classifier().findings(for: action, at: 7)
        #expect(findings.map(\.rule) == ["git.push.force", "git.push.mirror"])
        #expect(findings.allSatisfy { $0.actionIndex == 7 && $0.category == "git" })
    }

    @Test func programsAreMatchedByBasename() {
        let action = Action.exec(
            CommandInvocation(words: ["/usr/local/bin/git", "reset", "--hard"].map { ShellWord($0) }))
        #expect(Classifier().findings(for: action, at: 0).map(\.rule) == ["git.reset.hard"])
    }

    @Test func programNamesIgnoreCaseAndAWindowsSuffix() {
        for program in ["GIT", "Git.exe", "C:/Program Files/Git/bin/git.EXE"] {
            let action = Action.exec(CommandInvocation(words: [program, "push", "-f"].map { ShellWord($0) }))
            #expect(Classifier().findings(for: action, at: 0).map(\.rule) == ["git.push.force"], "\(program)")
        }
    }

    @Test func unknownProgramsAndOtherKindsMatchNothing() {
        let unknown = Action.exec(CommandInvocation(words: ["frobnicate", "--force"].map { ShellWord($0) }))
        #expect(Classifier().findings(for: unknown, at: 0).isEmpty)
        let read = Action.fileRead(FileAccess(path: "/", via: "ls"))
        #expect(Classifier().findings(for: read, at: 0).isEmpty)
    }

    @Test func anEmptyClassifierMatchesNothing() {
        let action = Action.exec(CommandInvocation(words: ["git", "push", "-f"].map { ShellWord($0) }))
        #expect(Classifier(packs: []).findings(for: action, at: 0).isEmpty)
        #expect(Classifier(packs: []).ruleCount == 0)
        #expect(Classifier().ruleCount == RulePack.builtIn.flatMap(\.rules).count)
    }

    @Test func theAnalyzerReportsFindingsAndTheirFlags() {
        let analysis = ActionAnalyzer().analyze(actions: [
            .exec(CommandInvocation(words: ["git", "status"].map { ShellWord($0) })),
            .fileDelete(FileAccess(path: "/", isRecursive: true, via: "rm")),
        ])
        #expect(analysis.findings.map(\.rule) == ["fs.delete.root"])
        #expect(analysis.findings.first?.actionIndex == 1)
        #expect(analysis.flags == [.destructive, .irreversible])
    }
}
