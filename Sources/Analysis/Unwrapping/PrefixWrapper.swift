/// A program that runs the command written after its own options and operands (`sudo -u root CMD`,
/// `timeout -s KILL 5 CMD`), described as data: its option syntax, how many operands it takes for itself, the
/// options after which it runs nothing, and what it does when no command is given.
struct PrefixWrapper: Sendable {
    /// What the wrapper does when the command line names no command.
    enum WithoutCommand: Sendable {
        /// Nothing runs (`env`, `nice`, `command`): it prints something or does nothing.
        case runsNothing
        /// A usage error; reported as opaque rather than assumed harmless.
        case isError
        /// An interactive shell starts and reads standard input (`chroot DIR`, `sudo -s`, `pkexec`).
        case runsShell
    }

    var names: [String]
    var syntax: WrapperOptionSyntax
    /// Operands the wrapper takes for itself before the command: `timeout`'s DURATION, `chroot`'s NEWROOT.
    var ownOperands = 0
    /// Options after which the wrapper runs no command: `command -v`, `sudo -l`, `--help`.
    var runsNothingWith: Set<String> = []
    var withoutCommand: WithoutCommand

    init(
        _ names: [String], _ syntax: WrapperOptionSyntax, ownOperands: Int = 0, runsNothingWith: Set<String> = [],
        withoutCommand: WithoutCommand
    ) {
        self.names = names
        self.syntax = syntax
        self.ownOperands = ownOperands
        self.runsNothingWith = runsNothingWith
        self.withoutCommand = withoutCommand
    }

    /// How a wrapper's command line reads.
    enum Reading {
        case opaque(OpaqueReason)
        case runsNothing
        /// No command: an interactive shell reads standard input.
        case runsShell(OptionScan)
        /// The wrapper's options, its own operands, and the argv of the command it runs.
        case runs(OptionScan, own: [ShellWord], command: [ShellWord])
    }

    /// Reads `command` (whose program is one of `names`) as this wrapper.
    func read(_ command: CommandInvocation) -> Reading {
        let program = command.program
        let scan = syntax.scan(command.words.dropFirst())
        if let unknown = scan.unknownOption {
            return .opaque(UnwrapMessage.unknownOption(unknown, of: program, in: command))
        }
        if scan.options.contains(where: { runsNothingWith.contains($0.name) }) { return .runsNothing }
        guard scan.operands.count > ownOperands else {
            switch withoutCommand {
            case .runsNothing: return .runsNothing
            case .runsShell where scan.operands.count == ownOperands: return .runsShell(scan)
            case .runsShell, .isError: return .opaque(UnwrapMessage.missingCommand(program, in: command))
            }
        }
        return .runs(
            scan, own: Array(scan.operands.prefix(ownOperands)), command: Array(scan.operands.dropFirst(ownOperands)))
    }

    /// The usual unwrapping: the command after the options, or what runs without one.
    func derive(_ command: CommandInvocation) -> Derivation {
        switch read(command) {
        case .opaque(let reason): Derivation(opaqueReasons: [reason])
        case .runsNothing: .nothing
        case .runsShell: ShellCode.interactiveShell(command, label: command.program)
        case .runs(_, _, let words): .running(command.inner(words, label: command.program))
        }
    }
}
