/// `docker exec [opts] CONTAINER COMMAND…`, `docker run [opts] IMAGE [COMMAND…]` (with `--entrypoint`),
/// `docker compose exec|run`, and the same for podman and nerdctl: the command runs inside a container.
enum ContainerCommands {
    static let clients: Set<String> = ["docker", "podman", "nerdctl", "docker-compose", "podman-compose"]

    /// Global flags of the clients that take a value as the next word.
    private static let globalValued: Set<String> = [
        "-H", "--host", "--context", "-c", "--config", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey",
        "--connection", "--url", "--identity", "--root", "--runroot", "--storage-driver", "--cgroup-manager",
        "--namespace", "-n", "--address", "-a", "--module",
    ]
    /// Global flags of `docker compose` that take a value.
    private static let composeValued: Set<String> = [
        "-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory", "--ansi",
        "--progress", "--parallel",
    ]

    static let execSyntax = WrapperOptionSyntax(
        flags: "dilt", valued: "euw",
        long: ["detach", "interactive", "tty", "privileged", "latest", "no-trunc"],
        longValued: ["detach-keys", "env", "env-file", "user", "workdir", "preserve-fds", "cidfile"])

    static let composeExecSyntax = WrapperOptionSyntax(
        flags: "dTit", valued: "uew",
        long: ["detach", "privileged", "no-TTY", "interactive", "tty", "dry-run"],
        longValued: ["user", "env", "workdir", "index"])

    static let runSyntax = WrapperOptionSyntax(
        flags: "diPqtT",
        valued: "acehlmpuvw",
        long: [
            "detach", "interactive", "tty", "rm", "init", "privileged", "publish-all", "read-only", "no-healthcheck",
            "oom-kill-disable", "sig-proxy", "quiet", "disable-content-trust", "help", "replace", "no-hosts",
            "service-ports", "use-aliases", "no-deps", "build", "quiet-pull", "remove-orphans", "no-TTY", "rootfs",
            "env-host", "http-proxy", "passwd", "read-only-tmpfs", "tls-verify",
        ],
        longValued: [
            "attach", "add-host", "annotation", "blkio-weight", "blkio-weight-device", "cap-add", "cap-drop",
            "cgroup-parent", "cgroupns", "cidfile", "cpu-period", "cpu-quota", "cpu-rt-period", "cpu-rt-runtime",
            "cpu-shares", "cpus", "cpuset-cpus", "cpuset-mems", "device", "device-cgroup-rule", "device-read-bps",
            "device-read-iops", "device-write-bps", "device-write-iops", "dns", "dns-option", "dns-search",
            "domainname", "entrypoint", "env", "env-file", "expose", "gpus", "group-add", "health-cmd",
            "health-interval", "health-retries", "health-start-period", "health-start-interval", "health-timeout",
            "hostname", "ip", "ip6", "ipc", "isolation", "kernel-memory", "label", "label-file", "link",
            "link-local-ip", "log-driver", "log-opt", "mac-address", "memory", "memory-reservation", "memory-swap",
            "memory-swappiness", "mount", "name", "network", "net", "network-alias", "net-alias", "oom-score-adj",
            "pid", "pids-limit", "platform", "publish", "pull", "restart", "runtime", "security-opt", "shm-size",
            "stop-signal", "stop-timeout", "storage-opt", "sysctl", "tmpfs", "ulimit", "user", "userns", "uts",
            "volume", "volume-driver", "volumes-from", "workdir", "env-from-file", "arch", "os", "pod", "secret",
            "systemd", "tz", "uidmap", "gidmap", "subuidname", "subgidname", "sdnotify", "authfile", "cert-dir",
            "creds",
            "variant", "image-volume", "personality", "preserve-fds", "cgroup-conf", "cgroups", "chrootdirs",
            "conmon-pidfile", "decryption-key", "env-merge", "group-entry", "hostuser", "init-path", "passwd-entry",
            "requires", "seccomp-policy", "timeout", "umask", "unsetenv",
        ])

    static func derive(_ command: CommandInvocation) -> Derivation? {
        var rest = skipFlags(command.words.dropFirst(), valued: globalValued)
        var tool = command.program
        let isCompose: Bool
        if tool.hasSuffix("-compose") {
            isCompose = true
        } else {
            if let word = rest.first, word.text == "container" {
                rest = rest.dropFirst()
            }
            isCompose = rest.first?.text == "compose"
            if isCompose {
                rest = skipFlags(rest.dropFirst(), valued: composeValued)
                tool += " compose"
            }
        }
        if isCompose, command.words.contains(where: { $0.isStatic && $0.text == "--dry-run" }) { return .nothing }
        guard let subcommand = rest.first, subcommand.isStatic, ["exec", "run"].contains(subcommand.text) else {
            return nil
        }
        tool += " \(subcommand.text)"
        let syntax = subcommand.text == "run" ? runSyntax : isCompose ? composeExecSyntax : execSyntax
        let scan = syntax.scan(rest.dropFirst())
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: tool, in: command)])
        }
        guard let target = scan.operands.first else { return .nothing }
        let label = "\(tool) \(target.text)"
        var words = Array(scan.operands.dropFirst())
        var derivation = Derivation()
        if let entrypoint = scan.value("--entrypoint") {
            if !entrypoint.text.isEmpty || !entrypoint.isStatic { words.insert(entrypoint, at: 0) }
        }
        if let check = scan.value("--health-cmd") {
            derivation.merge(ShellCode.shellText(check, label: "\(label) --health-cmd"))
        }
        if !words.isEmpty {
            derivation.commands.append(command.inner(words, label: label))
        } else if subcommand.text == "exec" {
            derivation.opaqueReasons.append(UnwrapMessage.missingCommand(tool, in: command))
        }
        return derivation
    }

    /// Skips leading flags (and the values of those in `valued`) up to the subcommand.
    private static func skipFlags(
        _ words: ArraySlice<ShellWord>, valued: Set<String>
    ) -> ArraySlice<ShellWord> {
        var rest = words
        while let word = rest.first, word.isStatic, word.text.hasPrefix("-"), word.text != "--" {
            rest = rest.dropFirst(valued.contains(word.text) ? 2 : 1)
        }
        return rest
    }
}
