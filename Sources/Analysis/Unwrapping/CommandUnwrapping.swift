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
        let program = command.program
        switch program {
        case "sudo", "sudoedit": return PrivilegeWrappers.derive(sudo: command)
        case "doas": return PrivilegeWrappers.derive(doas: command)
        case "env": return EnvCommand.derive(command)
        case "time": return TimeCommand.derive(command)
        case "flock": return FlockCommand.derive(command)
        case "xargs": return Xargs.derive(command)
        case "parallel": return ParallelCommand.derive(command)
        case "find": return FindCommand.derive(command)
        case "watch": return WatchCommand.derive(command)
        case "script": return ScriptCommand.derive(command)
        case "su", "runuser": return SwitchUser.derive(command)
        case "ssh": return SecureShell.derive(command)
        case "kubectl", "oc": return KubernetesExec.derive(command)
        case "git": return GitInlineConfig.derive(command)
        case "busybox", "toybox": return Busybox.derive(command)
        case "tmux": return TerminalMultiplexers.derive(tmux: command)
        case "screen": return TerminalMultiplexers.derive(screen: command)
        case "sg": return SwitchUser.derive(switchGroup: command)
        case "scp", "sftp", "rsync": return FileTransfers.derive(command)
        case "at", "batch": return DeferredCommands.derive(command)
        case "sed", "gsed": return SedExecution.derive(command)
        case "eval": return ShellCode.derive(eval: command)
        case "trap": return ShellCode.derive(trap: command)
        case "source", ".": return ShellCode.derive(source: command)
        default: break
        }
        if ShellCode.shells.contains(program) { return ShellCode.derive(shell: command) }
        if ContainerCommands.clients.contains(program) { return ContainerCommands.derive(command) }
        if let derivation = EnvironmentRunner.derive(command) { return derivation }
        return PrefixWrapper.byName[program]?.derive(command)
    }
}
