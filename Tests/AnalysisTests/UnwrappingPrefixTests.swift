import Testing

@testable import Analysis

@Suite struct UnwrappingPrefixTests {
    @Test func envRunsTheCommandWithItsAssignments() throws {
        let derivation = try #require(unwrap("env", "-i", "PATH=/bin", "rm", "-rf", "/"))
        #expect(derivation.argv == ["rm", "-rf", "/"])
        let assignments = derivation.commands[0].assignments
        #expect(assignments == [ShellAssignment(name: "PATH", value: ShellWord("/bin"))])
        #expect(derivation.wrapperLabels == [["env"]])
    }

    @Test func envKeepsTheOuterAssignmentsUnlessCleared() throws {
        let outer = invocation(
            ["env", "-u", "HOME", "B=2", "psql"],
            assignments: [
                ShellAssignment(name: "A", value: ShellWord("1")), ShellAssignment(name: "HOME", value: ShellWord("/")),
            ])
        let derivation = try #require(CommandUnwrapping.derive(outer))
        #expect(derivation.commands[0].assignments.map(\.name) == ["A", "B"])
    }

    @Test func envOptions() {
        #expect(unwrap("env", "-0", "-u", "X", "-C", "/tmp", "--", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("env", "--unset=X", "--chdir=/", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("env", "--ignore-environment", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("env")?.isEmpty == true)
        #expect(unwrap("env", "A=1")?.isEmpty == true)
        #expect(unwrap("env", "-Q", "rm")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func envSplitStringIsSplitLikeTheShell() throws {
        let derivation = try #require(unwrap("env", "-S", "bash -c 'rm -rf /' name"))
        #expect(derivation.argv == ["bash", "-c", "rm -rf /", "name"])
        #expect(unwrap("env", "-iS", "A=1 rm x")?.argv == ["rm", "x"])
        #expect(unwrap("env", "--split-string=rm \"a b\"", "c")?.argv == ["rm", "a b", "c"])
        #expect(unwrap("env", "-S", "$ARGS")?.opaqueKinds == [.dynamicProgram])
    }

    @Test func envSplitStringMarksExpansionsDynamic() throws {
        let words = EnvCommand.splitString("rm -rf ${HOME}\\_x 'a b'")
        #expect(words.map(\.text) == ["rm", "-rf", "${HOME}", "x", "a b"])
        #expect(words.map(\.isStatic) == [true, true, false, true, true])
    }

    @Test func commandRunsItsArgumentUnlessAskedToDescribeIt() {
        #expect(unwrap("command", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("command", "-p", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("command", "-v", "git")?.isEmpty == true)
        #expect(unwrap("command", "-V", "rm")?.isEmpty == true)
    }

    @Test func builtinAndExec() {
        #expect(unwrap("builtin", "eval", "x")?.argv == ["eval", "x"])
        #expect(unwrap("exec", "-a", "name", "-cl", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("exec")?.isEmpty == true)
    }

    @Test func nohupAndSetsidAndUnbuffer() {
        #expect(unwrap("nohup", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("setsid", "-f", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("unbuffer", "-p", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("nohup")?.opaqueKinds == [.unknownWrapper])
    }

    @Test(arguments: [["-n", "19"], ["-n19"], ["-5"], ["--10"], ["--adjustment=3"], ["--adj", "3"], []])
    func niceOptions(_ options: [String]) {
        #expect(unwrap(arguments: ["nice"] + options + ["rm", "x"])?.argv == ["rm", "x"])
    }

    @Test func timeOptionsAndItsOutputFile() throws {
        #expect(unwrap("time", "-p", "rm", "x")?.argv == ["rm", "x"])
        let derivation = try #require(unwrap("time", "-f", "%e", "-a", "-o", "t.log", "-v", "rm", "x"))
        #expect(derivation.argv == ["rm", "x"])
        #expect(derivation.actions == [.fileWrite(FileAccess(path: "t.log", via: "time -o"))])
        #expect(unwrap("time")?.isEmpty == true)
    }

    @Test(arguments: [
        ["5"], ["-s", "KILL", "5"], ["-sKILL", "5s"], ["-k", "1", "5"],
        ["--preserve-status", "--foreground", "-v", "1m"],
        ["--signal=TERM", "5"], ["--sig", "TERM", "5"], ["--kill-after", "3", "5"],
    ])
    func timeoutSkipsItsDuration(_ options: [String]) {
        #expect(unwrap(arguments: ["timeout"] + options + ["rm", "-rf", "/"])?.argv == ["rm", "-rf", "/"])
    }

    @Test func timeoutWithoutACommandIsOpaque() {
        #expect(unwrap("timeout", "5")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func stdbufAndIonice() {
        #expect(unwrap("stdbuf", "-oL", "-e", "0", "--input=0", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("ionice", "-c3", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("ionice", "-c", "2", "-n", "7", "-t", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("ionice", "-p", "42")?.isEmpty == true)
    }

    @Test func chrootRunsTheCommandOrAShell() throws {
        #expect(unwrap("chroot", "--userspec=1:1", "/srv/root", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("chroot", "/srv/root", stdin: .text("rm x"))?.scriptTexts == ["rm x"])
        #expect(unwrap("chroot", "/srv/root")?.isEmpty == true)
        #expect(unwrap("chroot")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func flockRunsACommandOrText() throws {
        #expect(unwrap("flock", "-x", "-w", "10", "/tmp/lock", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("flock", "-n", "/tmp/lock", "-c", "rm -rf /")?.scriptTexts == ["rm -rf /"])
        #expect(unwrap("flock", "/tmp/lock", "--command", "rm x")?.scripts.first?.wrapper == "flock -c")
        #expect(unwrap("flock", "9")?.isEmpty == true)
        #expect(unwrap("flock", "/tmp/lock")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func tasksetSkipsTheMask() {
        #expect(unwrap("taskset", "0x3", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("taskset", "-c", "0-2", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("taskset", "-p", "0x3", "42")?.isEmpty == true)
    }

    @Test func otherWrappers() {
        #expect(unwrap("caffeinate", "-i", "-t", "60", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("pkexec", "--user", "root", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("gosu", "app", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("strace", "-f", "-o", "log", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("chrt", "-f", "10", "rm", "x")?.argv == ["rm", "x"])
    }

    @Test func watchJoinsItsArgumentsForTheShell() throws {
        let derivation = try #require(unwrap("watch", "-n1", "rm", "x"))
        #expect(derivation.scriptTexts == ["rm x"])
        #expect(derivation.scripts.first?.wrapper == "watch")
        #expect(unwrap("watch", "-d", "-t", "-n", "5", "ls; rm x")?.scriptTexts == ["ls; rm x"])
        #expect(unwrap("watch", "--interval=2", "--differences=permanent", "ls")?.scriptTexts == ["ls"])
    }

    @Test func watchExecRunsTheArgv() {
        #expect(unwrap("watch", "-x", "rm", "a b")?.argv == ["rm", "a b"])
        #expect(unwrap("watch")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func scriptRunsItsCommandText() throws {
        let derivation = try #require(unwrap("script", "-qc", "rm x", "/dev/null"))
        #expect(derivation.scriptTexts == ["rm x"])
        #expect(derivation.actions.isEmpty)
        let logged = try #require(unwrap("script", "session.log", "-c", "rm x"))
        #expect(logged.scriptTexts == ["rm x"])
        #expect(logged.actions == [.fileWrite(FileAccess(path: "session.log", via: "script"))])
        #expect(unwrap("script", "--command=rm y", "-q")?.scriptTexts == ["rm y"])
    }

    @Test func bsdScriptRunsTheCommandAfterTheFile() {
        #expect(unwrap("script", "-q", "/dev/null", "rm", "x")?.argv == ["rm", "x"])
    }

    @Test func busyboxRunsTheApplet() throws {
        let derivation = try #require(unwrap("busybox", "sh", "-c", "rm x"))
        #expect(derivation.argv == ["sh", "-c", "rm x"])
        #expect(derivation.wrapperLabels == [["busybox"]])
        #expect(unwrap("busybox", "--list")?.isEmpty == true)
    }

    @Test(arguments: ["npx", "bunx", "uvx", "pipx", "ls", "git", "rm"])
    func packageRunnersAndPlainProgramsAreNotWrappers(_ program: String) {
        #expect(unwrap(program, "rm", "-rf", "/") == nil)
    }

    @Test func innerCommandsInheritStandardInputNotRedirections() throws {
        let outer = CommandInvocation(
            words: ["sudo", "psql"].map { ShellWord($0) },
            redirections: [Redirection(descriptor: 1, operation: .write, target: ShellWord("out"))],
            standardInput: .text("DROP TABLE x"), wrappers: ["ssh h"], source: "sudo psql > out")
        let inner = try #require(CommandUnwrapping.derive(outer)?.commands.first)
        #expect(inner.standardInput == .text("DROP TABLE x"))
        #expect(inner.redirections.isEmpty)
        #expect(inner.wrappers == ["ssh h", "sudo"])
        #expect(inner.source == "sudo psql > out")
    }
}

@Suite struct UnwrappingEnvAssignmentTests {
    @Test func anAssignmentWithARunTimeValueIsStillAnAssignment() throws {
        let derivation = try #require(unwrap("env", "FOO=$(cat secret)", "bash", "-c", "echo $FOO"))
        #expect(derivation.argv == ["bash", "-c", "echo $FOO"])
        let assignment = try #require(derivation.commands.first?.assignments.first)
        #expect(assignment.name == "FOO")
        #expect(assignment.value == ShellWord("$(cat secret)", isStatic: false))
    }

    @Test func aRunTimeWordWithoutALiteralNameIsTheCommand() {
        #expect(unwrap("env", "$X=1", "rm")?.argv == ["$X=1", "rm"])
    }
}
