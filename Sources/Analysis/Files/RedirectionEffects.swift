/// File actions of a command's redirections: `> out` writes, `>> log` appends (a write), `< in` reads,
/// `<> f` does both. Descriptor copies (`>&2`) and the terminal and standard-stream devices are not files.
enum RedirectionEffects {
    static func actions(_ redirections: [Redirection]) -> [Action] {
        var actions: [Action] = []
        for redirection in redirections {
            let target = redirection.target
            guard !isStreamDevice(target) else { continue }
            let access = FileAccess(target, via: "redirection")
            switch redirection.operation {
            case .read: actions.append(.fileRead(access))
            case .write, .append: actions.append(.fileWrite(access))
            case .readWrite: actions += [.fileRead(access), .fileWrite(access)]
            case .duplicate: continue
            }
        }
        return actions
    }

    private static let streamDevices: Set<String> = [
        "/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/tty",
    ]

    static func isStreamDevice(_ word: ShellWord) -> Bool {
        guard word.isStatic else { return false }
        return streamDevices.contains(word.text) || word.text.hasPrefix("/dev/fd/")
    }
}
