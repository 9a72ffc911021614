/// `sudo`, `sudoedit`, `doas`: a command run as another user, a login shell, or files edited as root.
enum PrivilegeWrappers {
    static func derive(sudo command: CommandInvocation) -> Derivation {
        guard let wrapper = PrefixWrapper.byName["sudo"] else { return .nothing }
        let scan = wrapper.syntax.scan(command.words.dropFirst())
        if command.program == "sudoedit" || (scan.unknownOption == nil && scan.has("-e", "--edit")) {
            return editedFiles(command, scan: scan)
        }
        guard scan.unknownOption == nil,
            !scan.options.contains(where: { wrapper.runsNothingWith.contains($0.name) })
        else { return wrapper.derive(command) }
        // `sudo NAME=VALUE… COMMAND`: sudo sets the variables for the command.
        let (operands, assignments) = EnvCommand.leadingAssignments(scan.operands[...])
        let isShell = scan.has("-i", "--login", "-s", "--shell")
        let label = !isShell ? "sudo" : scan.has("-i", "--login") ? "sudo -i" : "sudo -s"
        guard !operands.isEmpty else {
            guard isShell else { return Derivation(opaqueReasons: [UnwrapMessage.missingCommand("sudo", in: command)]) }
            return ShellCode.interactiveShell(command, label: label)
        }
        var words = Array(operands)
        if isShell {
            // sudo escapes every argument for the shell's `-c` except `$`: variables still expand.
            words = words.map { ShellWord($0.text, isStatic: $0.isStatic && !$0.text.containsBytes("$")) }
        }
        return .running(command.inner(words, label: label, assignments: command.assignments + assignments))
    }

    /// `sudo -e FILE…` / `sudoedit FILE…` runs the user's editor on copies of the files and writes them back.
    private static func editedFiles(_ command: CommandInvocation, scan: OptionScan) -> Derivation {
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: command.program, in: command)])
        }
        let actions = scan.operands.map { file in
            Action.fileWrite(FileAccess(path: file.text, isStatic: file.isStatic && !file.hasGlob, via: "sudoedit"))
        }
        return Derivation(actions: actions)
    }

    static func derive(doas command: CommandInvocation) -> Derivation {
        guard let wrapper = PrefixWrapper.byName["doas"] else { return .nothing }
        let scan = wrapper.syntax.scan(command.words.dropFirst())
        if scan.unknownOption == nil, scan.has("-s"), !scan.has("-L", "-C") {
            return ShellCode.interactiveShell(command, label: "doas -s")
        }
        return wrapper.derive(command)
    }
}
