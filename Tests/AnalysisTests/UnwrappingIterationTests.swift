import Testing

@testable import Analysis

/// xargs, find and parallel: commands run once per input, the input known only at run time.
@Suite struct UnwrappingIterationTests {
    @Test func xargsAppendsItsInputAsADynamicWord() throws {
        let derivation = try #require(unwrap("xargs", "-0", "rm", "-rf"))
        #expect(derivation.argv == ["rm", "-rf", "{xargs input}"])
        #expect(derivation.commands[0].words[2].isStatic == false)
        #expect(derivation.wrapperLabels == [["xargs"]])
    }

    @Test(arguments: [
        ["-0"], ["-d", "\\n"], ["-d\\n"], ["-n", "1"], ["-n1"], ["-P", "4"], ["-s", "100"], ["-E", "END"], ["-r"],
        ["-t"], ["-p"], ["-L", "2"], ["--null", "--max-args=2", "--max-procs", "8"], ["-x", "--no-run-if-empty"],
        ["-e"], ["-eEND"], ["-l"], ["--verbose", "--"],
    ])
    func xargsOptions(_ options: [String]) {
        #expect(unwrap(arguments: ["xargs"] + options + ["rm", "-f"])?.argv == ["rm", "-f", "{xargs input}"])
    }

    @Test func xargsReplacementStringMakesTheWordsDynamic() throws {
        let derivation = try #require(unwrap("xargs", "-I", "F", "mv", "F", "F.bak", "/tmp"))
        #expect(derivation.argv == ["mv", "F", "F.bak", "/tmp"])
        #expect(derivation.commands[0].words.map(\.isStatic) == [true, false, false, true])
        let braces = try #require(unwrap("xargs", "-i", "rm", "{}"))
        #expect(braces.commands[0].words.map(\.isStatic) == [true, false])
        let replacedProgram = try #require(unwrap("xargs", "-I{}", "{}", "--version"))
        #expect(replacedProgram.commands[0].hasStaticProgram == false)
    }

    @Test func xargsWithoutACommandEchoes() {
        #expect(unwrap("xargs")?.argv == ["echo", "{xargs input}"])
        #expect(unwrap("xargs", "-n1")?.argv == ["echo", "{xargs input}"])
    }

    @Test func xargsCommandsDoNotReadItsStandardInput() throws {
        let derivation = try #require(unwrap("xargs", "sh", stdin: .dynamic(source: "cat list")))
        #expect(derivation.commands[0].standardInput == .text(""))
    }

    @Test func xargsArgumentFileIsRead() throws {
        let derivation = try #require(unwrap("xargs", "-a", "list.txt", "rm"))
        #expect(derivation.actions == [.fileRead(FileAccess(path: "list.txt", via: "xargs -a"))])
    }

    @Test func xargsUnknownOptionIsOpaque() {
        #expect(unwrap("xargs", "-J", "%", "rm")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func findExecRunsTheCommandWithTheFoundPathDynamic() throws {
        let derivation = try #require(unwrap("find", "/", "-name", "x", "-exec", "rm", "-rf", "{}", "+"))
        #expect(derivation.argv == ["rm", "-rf", "{}"])
        #expect(derivation.commands[0].words.map(\.isStatic) == [true, true, false])
        #expect(derivation.wrapperLabels == [["find -exec"]])
    }

    @Test(arguments: ["-exec", "-execdir", "-ok", "-okdir"])
    func findExecForms(_ primary: String) throws {
        let derivation = try #require(unwrap("find", ".", "-type", "f", primary, "rm", "{}", ";"))
        #expect(derivation.argv == ["rm", "{}"])
        #expect(derivation.wrapperLabels == [["find \(primary)"]])
    }

    @Test func findWithSeveralExecs() throws {
        let derivation = try #require(
            unwrap("find", ".", "-exec", "chmod", "0", "{}", ";", "-exec", "sh", "-c", "rm \"$1\"", "_", "{}", "+"))
        #expect(derivation.argvs == [["chmod", "0", "{}"], ["sh", "-c", "rm \"$1\"", "_", "{}"]])
    }

    @Test func findPlusOnlyEndsAfterBraces() throws {
        let derivation = try #require(unwrap("find", ".", "-exec", "echo", "+", "{}", "+"))
        #expect(derivation.argv == ["echo", "+", "{}"])
    }

    @Test func findExecWithoutATerminatorIsOpaque() {
        #expect(unwrap("find", ".", "-exec", "rm", "{}")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func findNameValuesAreNotActions() throws {
        let derivation = try #require(unwrap("find", ".", "-name", "-exec", "-print"))
        #expect(derivation.isEmpty)
    }

    @Test func findDeleteRemovesEachRootRecursively() throws {
        let derivation = try #require(unwrap("find", "/var/log", "/tmp", "-type", "f", "-delete"))
        #expect(
            derivation.actions == [
                .fileDelete(FileAccess(path: "/var/log", isRecursive: true, via: "find -delete")),
                .fileDelete(FileAccess(path: "/tmp", isRecursive: true, via: "find -delete")),
            ])
        let everything = try #require(unwrap("find", "/", "-name", "*", "-delete"))
        #expect(everything.actions == [.fileDelete(FileAccess(path: "/", isRecursive: true, via: "find -delete"))])
        for pattern in ["*.*", ".*", "?*", "[a-z]*"] {
            let broad = try #require(unwrap("find", "~", "-name", pattern, "-delete"))
            #expect(broad.actions == [.fileDelete(FileAccess(path: "~", isRecursive: true, via: "find -delete"))])
        }
        let underRoot = try #require(unwrap("find", "/", "-name", "*.conf", "-delete"))
        #expect(underRoot.actions == [.fileDelete(FileAccess(path: "/", isRecursive: true, via: "find -delete"))])
        let negated = try #require(unwrap("find", ".", "!", "-name", "*.pyc", "-delete"))
        #expect(negated.actions == [.fileDelete(FileAccess(path: ".", isRecursive: true, via: "find -delete"))])
        let alternative = try #require(unwrap("find", ".", "-name", "*.pyc", "-o", "-delete"))
        #expect(alternative.actions == [.fileDelete(FileAccess(path: ".", isRecursive: true, via: "find -delete"))])
        let here = try #require(unwrap("find", "-delete"))
        #expect(here.actions == [.fileDelete(FileAccess(path: ".", isRecursive: true, via: "find -delete"))])
        let dynamic = try #require(unwrap("find", "-L", "$DIR", "-delete"))
        #expect(
            dynamic.actions == [
                .fileDelete(FileAccess(path: "$DIR", isStatic: false, isRecursive: true, via: "find -delete"))
            ])
    }

    @Test func findDeleteWithANameFilterRemovesOnlyMatchingFiles() throws {
        let derivation = try #require(unwrap("find", "/var/log", "./", "-name", "*.log", "-delete"))
        #expect(
            derivation.actions == [
                .fileDelete(FileAccess(path: "/var/log/**/*.log", isStatic: false, via: "find -delete")),
                .fileDelete(FileAccess(path: "./**/*.log", isStatic: false, via: "find -delete")),
            ])
        let path = try #require(unwrap("find", ".", "-type", "d", "-path", "*/node_modules/.cache", "-delete"))
        #expect(
            path.actions == [
                .fileDelete(FileAccess(path: "*/node_modules/.cache", isStatic: false, via: "find -delete"))
            ])
    }

    @Test func findWithoutActionsRunsNothing() {
        #expect(unwrap("find", ".", "-name", "*.swift", "-print")?.isEmpty == true)
    }

    @Test func parallelSubstitutesStaticArguments() throws {
        let derivation = try #require(unwrap("parallel", "rm", "-rf", "{}", ":::", "/a", "b c"))
        #expect(derivation.scriptTexts == ["rm -rf '/a'", "rm -rf 'b c'"])
        #expect(derivation.scripts.first?.wrapper == "parallel")
    }

    @Test func parallelAppendsTheArgumentWithoutAReplacementString() throws {
        #expect(unwrap("parallel", "-j4", "gzip", ":::", "x")?.scriptTexts == ["gzip 'x'"])
    }

    @Test func parallelArgumentsFromStandardInputAreDynamic() throws {
        let derivation = try #require(unwrap("parallel", "-k", "rm", "{.}"))
        #expect(derivation.scriptTexts == ["rm \"${parallel_argument}\""])
    }

    @Test func parallelWithoutATemplateRunsTheArguments() throws {
        #expect(unwrap("parallel", ":::", "rm -rf /", "ls")?.scriptTexts == ["rm -rf /", "ls"])
        #expect(unwrap("parallel", ":::", "$X")?.opaqueKinds == [.dynamicCode])
        #expect(unwrap("parallel", stdin: .text("rm x"))?.scriptTexts == ["rm x"])
    }

    @Test func parallelDryRunRunsNothing() {
        #expect(unwrap("parallel", "--dry-run", "rm", "{}", ":::", "x")?.isEmpty == true)
    }
}

/// xargs given known text on standard input runs commands with known arguments.
@Suite struct UnwrappingXargsInputTests {
    @Test func knownInputBecomesTheArguments() throws {
        let derivation = try #require(unwrap("xargs", "rm", "-rf", stdin: .text("/ /home\n")))
        #expect(derivation.argvs == [["rm", "-rf", "/", "/home"]])
        #expect(derivation.commands[0].words.allSatisfy { $0.isStatic })
    }

    @Test func quotesAndBackslashesAreHonoured() {
        #expect(unwrap("xargs", "rm", stdin: .text("'a b' c\\ d \"e\"\n"))?.argvs == [["rm", "a b", "c d", "e"]])
    }

    @Test func maxArgsGroupsTheItems() {
        #expect(unwrap("xargs", "-n", "2", "rm", stdin: .text("a b c"))?.argvs == [["rm", "a", "b"], ["rm", "c"]])
        #expect(unwrap("xargs", "-L1", "rm", stdin: .text("a b\nc\n"))?.argvs == [["rm", "a", "b"], ["rm", "c"]])
    }

    @Test func nullAndDelimiterSeparatedInput() {
        #expect(unwrap("xargs", "-0", "rm", stdin: .text("a b\0c"))?.argvs == [["rm", "a b", "c"]])
        #expect(unwrap("xargs", "-d", "\\n", "rm", stdin: .text("a b\nc"))?.argvs == [["rm", "a b", "c"]])
        #expect(unwrap("xargs", "-d,", "rm", stdin: .text("a,b"))?.argvs == [["rm", "a", "b"]])
    }

    @Test func replacementRunsOncePerLine() {
        let derivation = unwrap("xargs", "-I", "{}", "mv", "{}", "{}.bak", stdin: .text("a\n  b c\n"))
        #expect(derivation?.argvs == [["mv", "a", "a.bak"], ["mv", "b c", "b c.bak"]])
    }

    @Test func emptyInputRunsTheCommandOnceUnlessToldNotTo() {
        #expect(unwrap("xargs", "rm", stdin: .text(""))?.argvs == [["rm"]])
        #expect(unwrap("xargs", "-r", "rm", stdin: .text("\n"))?.argvs == [])
    }

    @Test func endOfInputString() {
        #expect(unwrap("xargs", "-E", "STOP", "rm", stdin: .text("a STOP b"))?.argvs == [["rm", "a"]])
    }

    @Test func unbalancedQuotesFallBackToUnknownInput() {
        #expect(unwrap("xargs", "rm", stdin: .text("'a b"))?.argv == ["rm", "{xargs input}"])
    }

    @Test func tooManyCommandsFallBackToUnknownInput() {
        let text = (0..<100).map { "f\($0)" }.joined(separator: "\n")
        #expect(unwrap("xargs", "-n1", "rm", stdin: .text(text))?.argv == ["rm", "{xargs input}"])
    }

    @Test func anArgumentFileReplacesStandardInput() {
        #expect(unwrap("xargs", "-a", "list", "rm", stdin: .text("/"))?.argv == ["rm", "{xargs input}"])
    }
}
