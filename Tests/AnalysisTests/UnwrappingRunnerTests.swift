import Testing

@testable import Analysis

/// Tools that run a command in a prepared environment, terminal multiplexers, and less common prefix wrappers.
@Suite struct UnwrappingRunnerTests {
    @Test func secretInjectingRunners() throws {
        let op = try #require(unwrap("op", "run", "--env-file", ".env", "--", "railway", "volume", "delete"))
        #expect(op.argv == ["railway", "volume", "delete"])
        #expect(op.wrapperLabels == [["op run"]])
        #expect(unwrap("doppler", "run", "-p", "app", "-c", "prd", "--", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("doppler", "run", "--command", "rm -rf /")?.scriptTexts == ["rm -rf /"])
        #expect(unwrap("infisical", "run", "--env=prod", "--", "psql")?.argv == ["psql"])
        #expect(
            unwrap("aws-vault", "exec", "prod", "--", "aws", "s3", "rb", "s3://b")?.argv == [
                "aws", "s3", "rb", "s3://b",
            ])
        #expect(unwrap("aws-vault", "exec", "prod", "aws", "s3", "ls")?.argv == ["aws", "s3", "ls"])
    }

    @Test func anUnknownOptionBeforeDoubleDashStillFindsTheCommand() {
        #expect(unwrap("op", "run", "--new-flag", "v", "--", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("op", "run", "--new-flag", "v", "rm", "x")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func doubleDashInsideTheCommandBelongsToIt() {
        #expect(unwrap("uv", "run", "pytest", "--", "-k", "x")?.argv == ["pytest", "--", "-k", "x"])
    }

    @Test func projectRunners() {
        #expect(unwrap("uv", "run", "--with", "rich", "python", "-c", "x")?.argv == ["python", "-c", "x"])
        #expect(unwrap("poetry", "run", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("bundle", "exec", "rake", "db:drop")?.argv == ["rake", "db:drop"])
        #expect(unwrap("direnv", "exec", ".", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("conda", "run", "-n", "base", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("dotenv", "-e", ".env.prod", "--", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("uv", "pip", "install", "x") == nil)
    }

    @Test func toolsBeforeTheCommandAreNotTheCommand() {
        #expect(unwrap("mise", "exec", "node@20", "--", "node", "x.js")?.argv == ["node", "x.js"])
        #expect(unwrap("mise", "x", "python@3")?.isEmpty == true)
        #expect(unwrap("nix-shell", "-p", "jq", "curl", "--run", "rm x")?.scriptTexts == ["rm x"])
        #expect(unwrap("nix-shell", "-p", "jq")?.isEmpty == true)
    }

    @Test func moreRunnerWrappers() {
        #expect(unwrap("sshpass", "-p", "pw", "ssh", "h", "rm x")?.argv == ["ssh", "h", "rm x"])
        #expect(unwrap("systemd-run", "--user", "-u", "job", "--wait", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("unshare", "-rm", "--fork", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("nsenter", "-t", "1", "-m", "-u", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("nsenter", "-t", "1", "-a", stdin: .text("rm x"))?.scriptTexts == ["rm x"])
        #expect(unwrap("xvfb-run", "-a", "-s", "-screen 0", "rm", "x")?.argv == ["rm", "x"])
    }

    @Test func envLoneDashClearsTheEnvironment() {
        let derivation = CommandUnwrapping.derive(
            invocation(["env", "-", "rm", "x"], assignments: [ShellAssignment(name: "A", value: ShellWord("1"))]))
        #expect(derivation?.argv == ["rm", "x"])
        #expect(derivation?.commands.first?.assignments.isEmpty == true)
    }

    @Test func shellVersionRunsNothing() {
        #expect(unwrap("bash", "--version", stdin: .text("rm x"))?.isEmpty == true)
    }

    @Test func tmuxNewSessionRunsShellText() throws {
        let derivation = try #require(unwrap("tmux", "new-session", "-d", "-s", "job", "rm -rf /"))
        #expect(derivation.scriptTexts == ["rm -rf /"])
        #expect(derivation.scripts.first?.wrapper == "tmux new-session")
        #expect(unwrap("tmux", "new", "-d", "rm", "-rf", "/")?.argv == ["rm", "-rf", "/"])
        #expect(unwrap("tmux", "new", "-A", "-s", "main")?.isEmpty == true)
    }

    @Test func tmuxSendKeysTypesCode() throws {
        #expect(unwrap("tmux", "send-keys", "-t", "job", "rm -rf /", "Enter")?.scriptTexts == ["rm -rf /\n"])
        #expect(unwrap("tmux", "send", "-t", "0", "rm", "Space", "x", "C-m")?.scriptTexts == ["rm x\n"])
    }

    @Test func tmuxCommandSequences() {
        let derivation = unwrap("tmux", "-L", "s", "new", "-d", "ls", ";", "split-window", "rm x", ";", "run", "id")
        #expect(derivation?.scriptTexts == ["ls", "rm x", "id"])
        #expect(unwrap("tmux", "-c", "rm x")?.scriptTexts == ["rm x"])
        #expect(unwrap("tmux", "kill-server")?.isEmpty == true)
        #expect(unwrap("tmux", "new", "-Q", "x")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func screenRunsItsCommandOrStuffedText() {
        #expect(unwrap("screen", "-dmS", "job", "rm", "-rf", "/")?.argv == ["rm", "-rf", "/"])
        #expect(unwrap("screen", "-S", "job", "-X", "stuff", "rm -rf /^M")?.scriptTexts == ["rm -rf /\n"])
        #expect(unwrap("screen", "-r", "job")?.isEmpty == true)
        #expect(unwrap("screen", "-ls")?.isEmpty == true)
    }

    @Test func sgRunsItsCommandText() {
        #expect(unwrap("sg", "docker", "-c", "docker rm -f x")?.scriptTexts == ["docker rm -f x"])
        #expect(unwrap("sg", "docker", "rm", "x")?.scriptTexts == ["rm x"])
    }
}
