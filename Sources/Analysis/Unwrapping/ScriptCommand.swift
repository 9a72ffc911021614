/// `script [options] [-c TEXT] [FILE]` (util-linux) and `script [-q] FILE [COMMAND…]` (BSD, macOS): a command
/// run under a pseudo-terminal whose session is written to FILE (`typescript` by default).
enum ScriptCommand {
    static let syntax = WrapperOptionSyntax(
        flags: "aefqVhdkpr", valued: "BcEIOomTF", optional: "t",
        long: ["append", "return", "flush", "force", "quiet", "help", "version"],
        longValued: [
            "command", "echo", "log-in", "log-out", "log-io", "log-timing", "logging-format", "output-limit",
        ],
        longOptional: ["timing"], permutes: true)

    static func derive(_ command: CommandInvocation) -> Derivation {
        let scan = syntax.scan(command.words.dropFirst())
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "script", in: command)])
        }
        if scan.has("-h", "--help", "-V", "--version") { return .nothing }
        var derivation: Derivation
        if let code = scan.value("-c", "--command") {
            derivation = ShellCode.shellText(code, label: "script -c")
        } else if scan.operands.count > 1 {
            derivation = .running(command.inner(Array(scan.operands.dropFirst()), label: "script"))
        } else {
            derivation = ShellCode.interactiveShell(command, label: "script")
        }
        if let file = scan.operands.first, file.text != "/dev/null" {
            derivation.actions.append(.fileWrite(FileAccess(path: file.text, isStatic: file.isStatic, via: "script")))
        }
        return derivation
    }
}
