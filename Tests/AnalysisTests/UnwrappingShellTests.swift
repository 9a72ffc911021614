import Testing

@testable import Analysis

@Suite struct UnwrappingShellTests {
    @Test(arguments: ["sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "/bin/bash", "/usr/bin/env"])
    func shellDashCIsShellText(_ shell: String) throws {
        guard shell != "/usr/bin/env" else {
            // `/usr/bin/env bash -c …` is env running bash: one level at a time.
            #expect(unwrap(shell, "bash", "-c", "rm -rf /")?.argv == ["bash", "-c", "rm -rf /"])
            return
        }
        let derivation = try #require(unwrap(shell, "-c", "rm -rf /"))
        #expect(derivation.scriptTexts == ["rm -rf /"])
        #expect(derivation.scripts.first?.wrapper.hasSuffix(" -c") == true)
        #expect(derivation.opaqueReasons.isEmpty)
    }

    @Test(arguments: [
        ["-lc"], ["-ec"], ["-xec"], ["-e", "-c"], ["-o", "pipefail", "-c"], ["-l", "-o", "errexit", "-c"],
        ["--login", "-c"], ["--norc", "--rcfile", "x", "-c"], ["+x", "-c"], ["-c", "-e"],
    ])
    func optionsBeforeTheCodeAreSkipped(_ options: [String]) throws {
        let derivation = try #require(unwrap(arguments: ["bash"] + options + ["rm -rf /", "name", "arg"]))
        #expect(derivation.scriptTexts == ["rm -rf /"])
    }

    @Test func dynamicCodeIsOpaqueAndTheKnownTextStillAnalyzed() throws {
        let derivation = try #require(unwrap("sh", "-c", "$CMD"))
        #expect(derivation.opaqueKinds == [.dynamicCode])
        #expect(derivation.opaqueReasons[0].message.contains("$CMD"))
        #expect(derivation.scripts.isEmpty)  // a lone expansion: nothing known to analyze
        let partial = try #require(unwrap("bash", "-c", "rm -rf $DIR"))
        #expect(partial.scriptTexts == ["rm -rf $DIR"])
        #expect(partial.opaqueKinds == [.dynamicCode])
    }

    @Test(arguments: ["$X", "${X}", "$(curl x)", "$( a $(b) )", "`curl x`", "${X:-$(y)}"])
    func loneExpansions(_ text: String) {
        #expect(ShellCode.isSingleExpansion(text))
    }

    @Test(arguments: ["$X y", "$(a) $(b)", "$(a)b", "x$Y", "$", "$X-y", "`a` `b`"])
    func notLoneExpansions(_ text: String) {
        #expect(!ShellCode.isSingleExpansion(text))
    }

    @Test func dashCWithoutCodeIsOpaque() {
        #expect(unwrap("bash", "-c")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func aScriptFileIsOpaque() throws {
        let derivation = try #require(unwrap("bash", "deploy.sh", "prod"))
        #expect(derivation.opaqueKinds == [.scriptFile])
        #expect(derivation.opaqueReasons[0].message.contains("deploy.sh"))
        #expect(unwrap("sh", "-x", "./install.sh")?.opaqueKinds == [.scriptFile])
    }

    @Test func processSubstitutionAsScriptIsUnknownCode() {
        let derivation = CommandUnwrapping.derive(
            CommandInvocation(words: [ShellWord("bash"), ShellWord("<(curl -s https://x.sh)", isStatic: false)]))
        #expect(derivation?.opaqueKinds == [.unknownCode])
    }

    @Test func noexecRunsNothing() {
        #expect(unwrap("bash", "-n", "deploy.sh")?.isEmpty == true)
    }

    @Test func shellReadingLiteralStandardInputRunsIt() throws {
        #expect(unwrap("sh", stdin: .text("rm -rf /"))?.scriptTexts == ["rm -rf /"])
        #expect(unwrap("bash", "-s", "--", "arg", stdin: .text("rm x"))?.scriptTexts == ["rm x"])
        #expect(unwrap("bash", "/dev/stdin", stdin: .text("rm x"))?.scriptTexts == ["rm x"])
    }

    @Test func shellReadingOtherStandardInput() throws {
        let template = try #require(unwrap("bash", stdin: .template("rm -rf $DIR")))
        #expect(template.opaqueKinds == [.dynamicCode])
        #expect(unwrap("sh", stdin: .dynamic(source: "curl -s https://x.sh"))?.opaqueKinds == [.unknownCode])
        #expect(unwrap("sh", stdin: .file(ShellWord("setup.sh")))?.opaqueKinds == [.scriptFile])
        #expect(unwrap("bash", stdin: .inherited)?.isEmpty == true)
    }

    @Test func evalJoinsItsArguments() throws {
        let derivation = try #require(unwrap("eval", "rm", "-rf", "/tmp/x"))
        #expect(derivation.scriptTexts == ["rm -rf /tmp/x"])
        #expect(derivation.scripts.first?.wrapper == "eval")
        #expect(unwrap("eval")?.isEmpty == true)
    }

    @Test func evalOfASubstitutionIsDynamicCode() throws {
        let derivation = try #require(unwrap("eval", "$(curl -s https://example.com/x)"))
        #expect(derivation.opaqueKinds == [.dynamicCode])
        #expect(derivation.opaqueReasons[0].message.contains("curl"))
        #expect(derivation.scripts.isEmpty)
    }

    @Test func trapActionsAreShellText() {
        #expect(unwrap("trap", "rm -rf /tmp/x", "EXIT")?.scriptTexts == ["rm -rf /tmp/x"])
        #expect(unwrap("trap", "--", "rm x", "INT", "TERM")?.scripts.first?.wrapper == "trap")
        #expect(unwrap("trap", "-", "EXIT")?.isEmpty == true)
        #expect(unwrap("trap", "", "INT")?.isEmpty == true)
        #expect(unwrap("trap", "-p")?.isEmpty == true)
        #expect(unwrap("trap", "$CLEANUP", "EXIT")?.opaqueKinds == [.dynamicCode])
    }

    @Test func sourcingAFileIsOpaque() {
        #expect(unwrap("source", "env.sh")?.opaqueKinds == [.scriptFile])
        #expect(unwrap(".", "./env.sh")?.opaqueKinds == [.scriptFile])
        #expect(unwrap(".")?.opaqueKinds == [.unknownWrapper])
    }

    @Test(arguments: ["./deploy.sh", "scripts/x", "~/bin/y", "/home/me/run", "/usr/bin/../../tmp/x", "/usr/bin/sub/x"])
    func runningAScriptByPathIsOpaque(_ path: String) throws {
        let derivation = try #require(unwrap(path, "--prod"))
        #expect(derivation.opaqueKinds == [.scriptFile])
        #expect(derivation.opaqueReasons[0].message.contains(path))
    }

    @Test(arguments: ["/bin/rm", "/usr/bin/git", "/usr/local/bin/x", "/opt/homebrew/bin/y", "/usr/sbin/z", "rm"])
    func installedProgramsAreNotScripts(_ path: String) {
        #expect(unwrap(path, "x") == nil)
    }

    @Test func aLocalFileNamedLikeAWrapperIsAScriptAndReadAsThatWrapperToo() throws {
        let derivation = try #require(unwrap("./sudo", "rm", "-rf", "/"))
        #expect(derivation.opaqueKinds == [.scriptFile])
        #expect(derivation.argv == ["rm", "-rf", "/"])
        let shell = try #require(unwrap(".venv/bin/bash", "-c", "rm x"))
        #expect(shell.opaqueKinds == [.scriptFile])
        #expect(shell.scriptTexts == ["rm x"])
    }
}
