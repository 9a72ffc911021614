/// `su [options] [-] [USER [ARG…]]` and `runuser`: `-c TEXT` is shell code; without it the shell runs with the
/// remaining arguments, or reads standard input. `runuser -u USER COMMAND…` runs the command directly.
enum SwitchUser {
    static let syntax = WrapperOptionSyntax(
        flags: "flmpPhV", valued: "cCgGswu",
        long: ["login", "preserve-environment", "pty", "fast", "help", "version"],
        longValued: ["command", "session-command", "group", "supp-group", "shell", "whitelist-environment", "user"],
        permutes: true)

    static func derive(_ command: CommandInvocation) -> Derivation {
        let program = command.program
        let scan = syntax.scan(command.words.dropFirst())
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: program, in: command)])
        }
        if scan.has("-h", "--help", "-V", "--version") { return .nothing }
        var operands = scan.operands[...]
        if let first = operands.first, first.isStatic, first.text == "-" { operands = operands.dropFirst() }
        if program == "runuser", scan.has("-u", "--user") {
            guard !operands.isEmpty else { return ShellCode.interactiveShell(command, label: "runuser") }
            return .running(command.inner(Array(operands), label: "runuser"))
        }
        if let code = scan.value("-c", "--command", "-C", "--session-command") {
            return ShellCode.shellText(code, label: "\(program) -c")
        }
        let arguments = operands.dropFirst()  // after the user name
        guard !arguments.isEmpty else { return ShellCode.interactiveShell(command, label: program) }
        // The arguments go to the user's shell: `su root script.sh`, `su root -- -c TEXT`.
        let shell = scan.value("-s", "--shell") ?? ShellWord("sh")
        let invocation = CommandInvocation(
            words: [shell] + arguments, standardInput: command.standardInput, wrappers: command.wrappers,
            source: command.source)
        var derivation = ShellCode.derive(shell: invocation)
        derivation.scripts = derivation.scripts.map { EmbeddedScript($0.text, wrapper: "\(program) \($0.wrapper)") }
        return derivation
    }

    /// `sg [-] GROUP [-c] COMMAND`: the command text runs in `/bin/sh -c`.
    static func derive(switchGroup command: CommandInvocation) -> Derivation {
        var rest = command.words.dropFirst()
        if let first = rest.first, first.isStatic, first.text == "-" { rest = rest.dropFirst() }
        rest = rest.dropFirst()  // the group
        if let flag = rest.first, flag.isStatic, flag.text == "-c" { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return ShellCode.interactiveShell(command, label: "sg") }
        return ShellCode.shellText(Array(rest), label: "sg")
    }
}
