import Testing

@testable import Analysis

/// Commands run elsewhere: ssh, kubectl exec, docker exec and run, git aliases.
@Suite struct UnwrappingRemoteTests {
    @Test func sshRemoteCommandWithShellSyntaxIsShellText() throws {
        let derivation = try #require(unwrap("ssh", "-p", "22", "-i", "k", "host", "rm -rf /tmp/*; reboot"))
        #expect(derivation.scriptTexts == ["rm -rf /tmp/*; reboot"])
        #expect(derivation.scripts.first?.wrapper == "ssh host")
        #expect(unwrap("ssh", "h", "echo", "$HOME", "|", "wc")?.scriptTexts == ["echo $HOME | wc"])
    }

    @Test func sshPlainRemoteWordsAreOneCommand() throws {
        let derivation = try #require(unwrap("ssh", "-p", "22", "-i", "k", "host", "rm -rf /"))
        #expect(derivation.argv == ["rm", "-rf", "/"])
        #expect(derivation.wrapperLabels == [["ssh host"]])
        #expect(unwrap("ssh", "deploy@prod-1", "rm", "-rf", "/srv/app")?.argv == ["rm", "-rf", "/srv/app"])
        #expect(unwrap("ssh", "-tt", "-o", "StrictHostKeyChecking=no", "h", "--", "ls", "-la")?.argv == ["ls", "-la"])
    }

    @Test func sshRemoteShellReadsSshsStandardInput() throws {
        let derivation = try #require(unwrap("ssh", "host", "sudo bash -s", stdin: .text("rm -rf /srv")))
        #expect(derivation.argv == ["sudo", "bash", "-s"])
        #expect(derivation.commands.first?.standardInput == .text("rm -rf /srv"))
    }

    @Test func sshOptionsMayFollowTheDestination() throws {
        #expect(unwrap("ssh", "host", "-p", "2222", "-l", "root", "rm", "x")?.argv == ["rm", "x"])
    }

    @Test func sshWithoutACommandRunsStandardInputOrNothing() {
        #expect(unwrap("ssh", "host", stdin: .text("rm x"))?.scriptTexts == ["rm x"])
        #expect(unwrap("ssh", "host")?.isEmpty == true)
        #expect(unwrap("ssh", "-N", "-L", "8080:localhost:80", "host")?.isEmpty == true)
        #expect(unwrap("ssh", "-n", "host", stdin: .text("rm x"))?.isEmpty == true)
    }

    @Test func sshDynamicRemoteCommandIsOpaque() {
        #expect(unwrap("ssh", "host", "$CMD")?.opaqueKinds == [.dynamicCode])
    }

    @Test func sshUnknownOptionIsOpaque() {
        #expect(unwrap("ssh", "-Z", "host", "rm")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func sshCommandOptionsRunCode() throws {
        let proxy = try #require(unwrap("ssh", "-o", "ProxyCommand=rm -rf /", "host"))
        #expect(proxy.scriptTexts == ["rm -rf /"])
        #expect(proxy.scripts.first?.wrapper == "ssh -o proxycommand")
        #expect(unwrap("ssh", "-oRemoteCommand rm x", "host")?.scriptTexts == ["rm x"])
        #expect(unwrap("ssh", "-o", "ProxyCommand=none", "host")?.isEmpty == true)
    }

    @Test func kubectlExecAfterDoubleDash() throws {
        let derivation = try #require(
            unwrap("kubectl", "exec", "-it", "web-1", "-c", "app", "--", "rm", "-rf", "/data"))
        #expect(derivation.argv == ["rm", "-rf", "/data"])
        #expect(derivation.wrapperLabels == [["kubectl exec web-1"]])
    }

    @Test func kubectlExecShellText() throws {
        let derivation = try #require(unwrap("kubectl", "-n", "prod", "exec", "-it", "pod", "--", "sh", "-c", "rm x"))
        #expect(derivation.argv == ["sh", "-c", "rm x"])
    }

    @Test func kubectlExecWithoutDoubleDash() throws {
        #expect(unwrap("kubectl", "exec", "pod", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("oc", "exec", "-c", "app", "pod", "rm", "x")?.argv == ["rm", "x"])
    }

    @Test func kubectlOtherSubcommandsAreNotWrappers() {
        #expect(unwrap("kubectl", "delete", "pod", "x") == nil)
        #expect(unwrap("kubectl", "--context", "exec", "get", "pods") == nil)
    }

    @Test func kubectlRunAndDebugCommands() {
        #expect(unwrap("kubectl", "run", "t", "--image=busybox", "--", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("kubectl", "debug", "pod", "-it", "--image=busybox")?.isEmpty == true)
    }

    @Test func dockerExec() throws {
        let derivation = try #require(
            unwrap("docker", "exec", "-it", "-u", "root", "-w", "/", "-e", "A=1", "db", "rm", "x"))
        #expect(derivation.argv == ["rm", "x"])
        #expect(derivation.wrapperLabels == [["docker exec db"]])
        #expect(unwrap("docker", "container", "exec", "db", "psql")?.argv == ["psql"])
        #expect(unwrap("podman", "exec", "db", "sh", "-c", "rm x")?.argv == ["sh", "-c", "rm x"])
        #expect(unwrap("docker", "exec", "db")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func dockerRun() throws {
        let derivation = try #require(
            unwrap(
                "docker", "run", "--rm", "-v", "/:/host", "--name", "x", "-p", "80:80", "--network", "host",
                "alpine", "rm", "-rf", "/host"))
        #expect(derivation.argv == ["rm", "-rf", "/host"])
        #expect(derivation.wrapperLabels == [["docker run alpine"]])
        #expect(unwrap("docker", "run", "-d", "nginx")?.isEmpty == true)
    }

    @Test func dockerRunEntrypointBecomesTheProgram() throws {
        #expect(unwrap("docker", "run", "--entrypoint", "sh", "alpine", "-c", "rm x")?.argv == ["sh", "-c", "rm x"])
        #expect(unwrap("docker", "run", "--entrypoint=rm", "alpine")?.argv == ["rm"])
    }

    @Test func booleanFlagsMayBeSpelledWithAValue() {
        #expect(unwrap("docker", "run", "--rm=true", "--sig-proxy=false", "alpine", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("docker", "run", "--rm=maybe", "alpine", "rm")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func dockerRunUnknownOptionIsOpaque() {
        #expect(unwrap("docker", "run", "--frobnicate", "x", "alpine", "rm")?.opaqueKinds == [.unknownWrapper])
    }

    @Test func dockerGlobalOptionsBeforeTheSubcommand() {
        #expect(unwrap("docker", "-H", "tcp://h:2375", "--context", "prod", "exec", "c", "rm")?.argv == ["rm"])
    }

    @Test func dockerComposeExecAndRun() throws {
        #expect(unwrap("docker", "compose", "-f", "x.yml", "exec", "-T", "db", "psql")?.argv == ["psql"])
        #expect(unwrap("docker-compose", "exec", "web", "rm", "x")?.wrapperLabels == [["docker-compose exec web"]])
        #expect(unwrap("docker", "compose", "run", "--rm", "web", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("docker", "compose", "--dry-run", "exec", "web", "rm")?.isEmpty == true)
    }

    @Test func dockerOtherSubcommandsAreNotWrappers() {
        #expect(unwrap("docker", "rm", "-f", "x") == nil)
        #expect(unwrap("docker", "compose", "down", "-v") == nil)
    }

    @Test func gitShellAliasIsShellText() throws {
        let derivation = try #require(unwrap("git", "-c", "alias.x=!rm -rf /", "x"))
        #expect(derivation.scriptTexts == ["rm -rf /"])
        #expect(derivation.scripts.first?.wrapper == "git alias x")
    }

    @Test func gitAliasOfAGitCommand() throws {
        let derivation = try #require(unwrap("git", "-c", "alias.p=push --force", "p", "origin", "main"))
        #expect(derivation.argv == ["git", "push", "--force", "origin", "main"])
    }

    @Test func gitAliasesNotUsedAreIgnored() {
        #expect(unwrap("git", "-c", "alias.x=!rm -rf /", "status") == nil)
        #expect(unwrap("git", "-c", "user.name=x", "commit") == nil)
    }

    @Test func gitConfigFromEnvironmentIsDynamic() {
        #expect(unwrap("git", "--config-env=alias.x=CODE", "x")?.opaqueKinds == [.dynamicCode])
    }

    @Test func gitCommandSettingsRunShellText() throws {
        #expect(unwrap("git", "-c", "core.sshCommand=rm -rf /", "fetch")?.scriptTexts == ["rm -rf /"])
        #expect(unwrap("git", "-c", "core.pager=less", "log")?.scriptTexts == ["less"])
        #expect(unwrap("git", "-c", "core.hooksPath=/tmp/h", "commit")?.opaqueKinds == [.scriptFile])
        let environment = CommandInvocation(
            words: [ShellWord("git"), ShellWord("fetch")],
            assignments: [ShellAssignment(name: "GIT_SSH_COMMAND", value: ShellWord("rm -rf /"))])
        #expect(CodeValues.derive(environment)?.scriptTexts == ["rm -rf /"])
    }
}
