/// `at [options] TIME` and `batch`: shell code read from standard input (or `-f FILE`) runs later, as a job.
enum DeferredCommands {
    static let syntax = WrapperOptionSyntax(flags: "mMlrdcvVbK", valued: "fqt")

    static func derive(_ command: CommandInvocation) -> Derivation {
        let label = command.program
        let scan = syntax.scan(command.words.dropFirst())
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: label, in: command)])
        }
        if scan.has("-l", "-r", "-d", "-c", "-V") { return .nothing }  // list, remove, show jobs; version
        if let file = scan.value("-f") { return ShellCode.scriptFile(file, runBy: command, label: label) }
        guard case .inherited = command.standardInput else {
            return ShellCode.readingStandardInput(command, label: label)
        }
        return .opaque(.unknownCode, "`\(label)` schedules commands typed on its standard input (`\(command.quoted)`)")
    }
}
