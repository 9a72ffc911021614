/// The wrappers that run the command written after their options, as data. Their option syntaxes follow the
/// manuals of GNU coreutils, util-linux, sudo 1.9, OpenBSD doas and bash; an option not listed makes the command
/// opaque (it could take a value and so move where the command starts).
extension PrefixWrapper {
    static let all: [PrefixWrapper] = [
        PrefixWrapper(
            ["sudo"],
            WrapperOptionSyntax(
                flags: "AbBEeHiKklnPSsVv", valued: "aCcDghpRrTtUu",
                long: [
                    "askpass", "background", "bell", "edit", "help", "login", "remove-timestamp", "reset-timestamp",
                    "list", "non-interactive", "preserve-groups", "stdin", "shell", "version", "validate", "set-home",
                ],
                longValued: [
                    "auth-type", "close-from", "chdir", "group", "host", "login-class", "prompt", "chroot", "role",
                    "type", "command-timeout", "other-user", "user",
                ],
                longOptional: ["preserve-env"]),
            runsNothingWith: [
                "-l", "--list", "-v", "--validate", "-K", "--remove-timestamp", "-V", "--version",
                "--help",
            ],
            withoutCommand: .isError),
        PrefixWrapper(
            ["doas"], WrapperOptionSyntax(flags: "Lns", valued: "aCu"), runsNothingWith: ["-L", "-C"],
            withoutCommand: .isError),
        PrefixWrapper(
            ["env"],
            WrapperOptionSyntax(
                flags: "i0v", valued: "uCS",
                long: ["ignore-environment", "null", "debug", "list-signal-handling", "help", "version"],
                longValued: ["unset", "chdir", "split-string"],
                longOptional: ["block-signal", "default-signal", "ignore-signal"]),
            runsNothingWith: ["--help", "--version", "--list-signal-handling"], withoutCommand: .runsNothing),
        PrefixWrapper(
            ["command"], WrapperOptionSyntax(flags: "pvV"), runsNothingWith: ["-v", "-V"], withoutCommand: .runsNothing),
        PrefixWrapper(["builtin"], WrapperOptionSyntax(), withoutCommand: .runsNothing),
        PrefixWrapper(["exec"], WrapperOptionSyntax(flags: "cl", valued: "a"), withoutCommand: .runsNothing),
        PrefixWrapper(["nohup"], gnu(), runsNothingWith: gnuInformational, withoutCommand: .isError),
        PrefixWrapper(
            ["nice"], gnu(valued: "n", longValued: ["adjustment"], numericOption: true),
            runsNothingWith: gnuInformational, withoutCommand: .runsNothing),
        PrefixWrapper(
            ["time"],
            gnu(
                flags: "pavqV", valued: "fo", long: ["portability", "append", "verbose", "quiet"],
                longValued: ["format", "output"]),
            runsNothingWith: gnuInformational, withoutCommand: .runsNothing),
        PrefixWrapper(
            ["timeout"],
            gnu(
                flags: "v", valued: "sk", long: ["preserve-status", "foreground", "verbose"],
                longValued: ["signal", "kill-after"]),
            ownOperands: 1, runsNothingWith: gnuInformational, withoutCommand: .isError),
        PrefixWrapper(
            ["stdbuf"], gnu(valued: "ioe", longValued: ["input", "output", "error"]),
            runsNothingWith: gnuInformational, withoutCommand: .isError),
        PrefixWrapper(
            ["ionice"],
            gnu(
                flags: "tVh", valued: "cnpPu", long: ["ignore"],
                longValued: ["class", "classdata", "pid", "pgid", "uid"]),
            runsNothingWith: gnuInformational.union(["-p", "--pid", "-P", "--pgid", "-u", "--uid", "-V", "-h"]),
            withoutCommand: .runsNothing),
        PrefixWrapper(
            ["chroot"], gnu(long: ["skip-chdir"], longValued: ["userspec", "groups"]), ownOperands: 1,
            runsNothingWith: gnuInformational, withoutCommand: .runsShell),
        PrefixWrapper(
            ["flock"],
            gnu(
                flags: "sexnouFhV", valued: "wE",
                long: ["shared", "exclusive", "nonblock", "nb", "unlock", "close", "no-fork", "verbose"],
                longValued: ["timeout", "conflict-exit-code"]),
            ownOperands: 1, runsNothingWith: gnuInformational.union(["-h", "-V"]), withoutCommand: .isError),
        PrefixWrapper(["unbuffer"], WrapperOptionSyntax(flags: "p"), withoutCommand: .isError),
        PrefixWrapper(
            ["setsid"], gnu(flags: "cfwhV", long: ["ctty", "fork", "wait"]),
            runsNothingWith: gnuInformational.union(["-h", "-V"]), withoutCommand: .isError),
        PrefixWrapper(
            ["taskset"], gnu(flags: "acphV", long: ["all-tasks", "cpu-list", "pid"]), ownOperands: 1,
            runsNothingWith: gnuInformational.union(["-p", "--pid", "-h", "-V"]), withoutCommand: .isError),
        PrefixWrapper(["caffeinate"], WrapperOptionSyntax(flags: "dimsu", valued: "tw"), withoutCommand: .runsNothing),
        PrefixWrapper(
            ["chrt"],
            gnu(
                flags: "abdefiormRvhV", valued: "TPD",
                long: [
                    "all-tasks", "batch", "deadline", "fifo", "idle", "other", "rr", "reset-on-fork", "verbose",
                    "max", "ext",
                ],
                longValued: ["sched-runtime", "sched-period", "sched-deadline"]),
            ownOperands: 1, runsNothingWith: gnuInformational.union(["-p", "--pid", "-m", "--max", "-h", "-V"]),
            withoutCommand: .isError),
        PrefixWrapper(
            ["pkexec"],
            WrapperOptionSyntax(
                long: ["disable-internal-agent", "keep-cwd", "help", "version"],
                longValued: ["user"]),
            runsNothingWith: ["--help", "--version"], withoutCommand: .runsShell),
        PrefixWrapper(["gosu", "su-exec"], WrapperOptionSyntax(), ownOperands: 1, withoutCommand: .isError),
        PrefixWrapper(
            ["strace"],
            WrapperOptionSyntax(flags: "cCdDfFhikqrtTvVwxyYzZn", valued: "abeEIoOpPsSuUX"),
            runsNothingWith: ["-h", "-V"], withoutCommand: .isError),
        PrefixWrapper(["eatmydata", "nocache"], WrapperOptionSyntax(), withoutCommand: .isError),
        PrefixWrapper(["chronic"], WrapperOptionSyntax(flags: "ev"), withoutCommand: .isError),
        PrefixWrapper(["ifne"], WrapperOptionSyntax(flags: "n"), withoutCommand: .isError),
        PrefixWrapper(
            ["proxychains", "proxychains4"], WrapperOptionSyntax(flags: "q", valued: "f"), withoutCommand: .isError),
        PrefixWrapper(
            ["dbus-run-session"],
            WrapperOptionSyntax(long: ["help", "version"], longValued: ["config-file", "dbus-daemon"]),
            runsNothingWith: ["--help", "--version"], withoutCommand: .isError),
        PrefixWrapper(
            ["fakeroot"],
            WrapperOptionSyntax(
                flags: "uhv", valued: "lsi", long: ["unknown-is-real", "help", "version"],
                longValued: ["lib", "faked"]),
            runsNothingWith: ["-h", "-v", "--help", "--version"], withoutCommand: .runsShell),
        PrefixWrapper(
            ["sshpass"], WrapperOptionSyntax(flags: "evhV", valued: "pfdP"), runsNothingWith: ["-h", "-V"],
            withoutCommand: .isError),
        PrefixWrapper(
            ["xvfb-run"],
            WrapperOptionSyntax(
                flags: "alh", valued: "efnpsw",
                long: ["auto-servernum", "listen-tcp", "help"],
                longValued: ["error-file", "auth-file", "server-num", "xauth-protocol", "server-args", "wait"]),
            runsNothingWith: ["-h", "--help"], withoutCommand: .isError),
        PrefixWrapper(
            ["unshare"],
            gnu(
                flags: "fhVmuinpCTUrc", valued: "RwSG",
                long: ["fork", "map-root-user", "map-current-user", "monotonic", "boottime", "keep-caps"],
                longValued: [
                    "map-user", "map-group", "map-users", "map-groups", "propagation", "setgroups", "root", "wd",
                    "setuid", "setgid",
                ],
                longOptional: [
                    "mount", "uts", "ipc", "net", "pid", "user", "cgroup", "time", "mount-proc", "kill-child",
                    "map-auto",
                ]),
            runsNothingWith: gnuInformational.union(["-h", "-V"]), withoutCommand: .runsShell),
        PrefixWrapper(
            ["nsenter"],
            gnu(
                flags: "ahVFZe", valued: "tSGN", optional: "muinpCUTrwW",
                long: ["all", "preserve-credentials", "no-fork", "follow-context", "env", "user-parent", "keep-caps"],
                longValued: ["target", "setuid", "setgid", "wdns", "join-cgroup"],
                longOptional: ["mount", "uts", "ipc", "net", "pid", "cgroup", "user", "time", "root", "wd"]),
            runsNothingWith: gnuInformational.union(["-h", "-V"]), withoutCommand: .runsShell),
        PrefixWrapper(
            ["systemd-run"],
            WrapperOptionSyntax(
                flags: "dGhPqrSt", valued: "EHMpu",
                long: [
                    "user", "system", "scope", "wait", "pipe", "pty", "quiet", "collect", "no-block", "shell",
                    "same-dir", "remain-after-exit", "send-sighup", "no-ask-password", "help", "version",
                    "expand-environment",
                ],
                longValued: [
                    "unit", "property", "description", "slice", "nice", "working-directory", "setenv", "uid", "gid",
                    "on-active", "on-boot", "on-startup", "on-unit-active", "on-unit-inactive", "on-calendar",
                    "timer-property", "path-property", "socket-property", "service-type", "host", "machine",
                ]),
            runsNothingWith: ["-h", "--help", "--version"], withoutCommand: .isError),
    ]

    /// The wrappers by program name.
    static let byName: [String: PrefixWrapper] = {
        var table: [String: PrefixWrapper] = [:]
        for wrapper in all {
            for name in wrapper.names { table[name] = wrapper }
        }
        return table
    }()

    /// `--help` and `--version`, which every GNU program takes and which make it run nothing.
    static let gnuInformational: Set<String> = ["--help", "--version"]

    private static func gnu(
        flags: String = "", valued: String = "", optional: String = "", long: [String] = [],
        longValued: [String] = [], longOptional: [String] = [], numericOption: Bool = false
    ) -> WrapperOptionSyntax {
        WrapperOptionSyntax(
            flags: flags, valued: valued, optional: optional, long: long + ["help", "version"], longValued: longValued,
            longOptional: longOptional, numericOption: numericOption)
    }
}
