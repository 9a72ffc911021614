/// `watch [options] COMMAND…`: without `-x` the words are joined with spaces and run by `sh -c`.
enum WatchCommand {
    static let syntax = WrapperOptionSyntax(
        flags: "bcCeghprtwxv", valued: "nq", optional: "d",
        long: [
            "beep", "color", "no-color", "errexit", "chgexit", "precise", "no-rerun", "no-title", "no-wrap", "exec",
            "help", "version",
        ],
        longValued: ["interval", "equexit"], longOptional: ["differences"])

    static func derive(_ command: CommandInvocation) -> Derivation {
        let scan = syntax.scan(command.words.dropFirst())
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "watch", in: command)])
        }
        if scan.has("-h", "--help", "-v", "--version") { return .nothing }
        guard !scan.operands.isEmpty else {
            return Derivation(opaqueReasons: [UnwrapMessage.missingCommand("watch", in: command)])
        }
        if scan.has("-x", "--exec") { return .running(command.inner(scan.operands, label: "watch")) }
        return ShellCode.shellText(scan.operands, label: "watch")
    }
}
