/// Commands that run other commands: sudo, env, xargs, find -exec, sh -c, eval, ssh, kubectl exec, … → the inner
/// commands (argv known) or scripts (shell text), one level deep; the walk follows them further, to its depth bound.
///
/// Never guesses: an option a wrapper is not known to take, code built at run time, a missing command, a script
/// whose text is not here are opaque reasons. Package runners (`npx`, `bunx`, `uvx`, `pipx run`) run packages, not
/// commands, and are not unwrapped.
public enum CommandUnwrapping {
    /// What `command` runs; nil when the command is not a wrapper or shell this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? {
        guard !command.words.isEmpty, command.hasStaticProgram else { return nil }
        let command = caseFolded(command)
        guard let reason = ScriptPath.reason(command) else { return unwrap(command) }
        // A file of the project named like a wrapper may be anything; read it as that wrapper too, to see more.
        var derivation = unwrap(command) ?? Derivation()
        derivation.opaqueReasons.insert(reason, at: 0)
        return derivation
    }

    /// The command with its program name in lower case: on case-insensitive file systems (macOS) `SUDO` runs sudo.
    private static func caseFolded(_ command: CommandInvocation) -> CommandInvocation {
        let program = command.program
        guard program.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return command }
        var folded = command
        let path = command.programPath
        folded.words[0].text = String(path.dropLast(program.count)) + program.lowercased()
        return folded
    }

    private static func unwrap(_ command: CommandInvocation) -> Derivation? {
        guard handlerNames.mayContain(command.program) else { return nil }
        return handlers[command.program]?(command)
    }

    /// Most commands wrap nothing: this turns them away without hashing their name.
    private static let handlerNames = ProgramNameFilter(handlers.keys)

    /// What reads each wrapper, by program name: one lookup per command. In order of precedence, a reader of its
    /// own, a shell, a container client, an environment runner (`uv run`, `poetry run`; when the subcommand is not
    /// one, the prefix wrapper of the same name, if any), a prefix wrapper (`nohup`, `timeout`, …).
    private static let handlers: [String: @Sendable (CommandInvocation) -> Derivation?] = {
        var handlers = readers
        for name in ShellCode.shells where handlers[name] == nil {
            handlers[name] = { ShellCode.derive(shell: $0) }
        }
        for name in ContainerCommands.clients where handlers[name] == nil {
            handlers[name] = { ContainerCommands.derive($0) }
        }
        for name in EnvironmentRunner.byProgram.keys where handlers[name] == nil {
            let prefix = PrefixWrapper.byName[name]
            handlers[name] = { EnvironmentRunner.derive($0) ?? prefix?.derive($0) }
        }
        for (name, wrapper) in PrefixWrapper.byName where handlers[name] == nil {
            handlers[name] = { wrapper.derive($0) }
        }
        return handlers
    }()

    /// The wrappers with readers of their own, by program name (one lookup per command, where a `switch` over
    /// strings compares them one by one).
    private static let readers: [String: @Sendable (CommandInvocation) -> Derivation?] = {
        var readers: [String: @Sendable (CommandInvocation) -> Derivation?] = [
            "doas": { PrivilegeWrappers.derive(doas: $0) },
            "env": { EnvCommand.derive($0) },
            "time": { TimeCommand.derive($0) },
            "flock": { FlockCommand.derive($0) },
            "xargs": { Xargs.derive($0) },
            "parallel": { ParallelCommand.derive($0) },
            "find": { FindCommand.derive($0) },
            "watch": { WatchCommand.derive($0) },
            "script": { ScriptCommand.derive($0) },
            "ssh": { SecureShell.derive($0) },
            "git": { GitInlineConfig.derive($0) },
            "man": { ManualPager.derive($0) },
            "tmux": { TerminalMultiplexers.derive(tmux: $0) },
            "screen": { TerminalMultiplexers.derive(screen: $0) },
            "sg": { SwitchUser.derive(switchGroup: $0) },
            "eval": { ShellCode.derive(eval: $0) },
            "trap": { ShellCode.derive(trap: $0) },
        ]
        for name in ["sudo", "sudoedit"] { readers[name] = { PrivilegeWrappers.derive(sudo: $0) } }
        for name in ["su", "runuser"] { readers[name] = { SwitchUser.derive($0) } }
        for name in ["kubectl", "oc"] { readers[name] = { KubernetesExec.derive($0) } }
        for name in ["busybox", "toybox"] { readers[name] = { Busybox.derive($0) } }
        for name in ["scp", "sftp", "rsync"] { readers[name] = { FileTransfers.derive($0) } }
        for name in ["at", "batch"] { readers[name] = { DeferredCommands.derive($0) } }
        for name in ["sed", "gsed"] { readers[name] = { SedExecution.derive($0) } }
        for name in ["source", "."] { readers[name] = { ShellCode.derive(source: $0) } }
        return readers
    }()
}
