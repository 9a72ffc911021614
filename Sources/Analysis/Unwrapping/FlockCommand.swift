/// `flock [options] FILE COMMAND [ARG…]`, `flock [options] FILE -c TEXT`, `flock [options] FD`.
enum FlockCommand {
    static func derive(_ command: CommandInvocation) -> Derivation {
        guard let wrapper = PrefixWrapper.byName["flock"] else { return .nothing }
        switch wrapper.read(command) {
        case .opaque(let reason):
            let operands = wrapper.syntax.scan(command.words.dropFirst()).operands
            // `flock 9` locks an open file descriptor and runs nothing.
            if operands.count == 1, operands[0].isStatic, operands[0].text.allSatisfy(\.isASCIIDigit) {
                return .nothing
            }
            return Derivation(opaqueReasons: [reason])
        case .runsNothing, .runsShell:
            return .nothing
        case .runs(_, _, let words):
            guard let first = words.first, first.isStatic, first.text == "-c" || first.text == "--command" else {
                return .running(command.inner(words, label: "flock"))
            }
            guard words.count > 1 else {
                return Derivation(opaqueReasons: [UnwrapMessage.missingCommand("flock -c", in: command)])
            }
            return ShellCode.shellText(words[1], label: "flock -c")
        }
    }
}
