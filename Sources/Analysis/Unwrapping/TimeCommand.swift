/// `time [-p] [-f FORMAT] [-o FILE] [-a] [-v] COMMAND…` (the bash keyword and GNU time): the command, and the
/// file the timing is written to.
enum TimeCommand {
    static func derive(_ command: CommandInvocation) -> Derivation {
        guard let wrapper = PrefixWrapper.byName["time"] else { return .nothing }
        var derivation = wrapper.derive(command)
        let scan = wrapper.syntax.scan(command.words.dropFirst())
        guard scan.unknownOption == nil else { return derivation }
        for file in scan.values("-o", "--output") {
            derivation.actions.append(.fileWrite(FileAccess(path: file.text, isStatic: file.isStatic, via: "time -o")))
        }
        return derivation
    }
}
