/// File actions of a command's redirections: `> out` writes, `>> log` appends (a write), `< in` reads,
/// `<> f` does both. Descriptor copies (`>&2`) and the terminal and standard-stream devices are not files.
enum RedirectionEffects {
    static func derive(_ redirections: [Redirection]) -> Derivation {
        var derivation = Derivation()
        for redirection in redirections {
            let target = redirection.target
            guard !isStreamDevice(target) else { continue }
            if redirection.operation != .duplicate, target.text.utf8.first == UInt8(ascii: "/"),
                target.text.hasPrefix("/dev/tcp/") || target.text.hasPrefix("/dev/udp/")
            {
                // bash opens a network connection: what goes over it is not an HTTP request Warden can read.
                derivation.opaqueReasons.append(
                    OpaqueReason(.indirectDestination, "the redirection to `\(target.text)` opens a network connection")
                )
                continue
            }
            let access = FileAccess(target, via: "redirection")
            switch redirection.operation {
            case .read: derivation.actions.append(.fileRead(access))
            case .write, .append: derivation.actions.append(.fileWrite(access))
            case .readWrite: derivation.actions += [.fileRead(access), .fileWrite(access)]
            case .duplicate: continue
            }
        }
        return derivation
    }

    private static let streamDevices: Set<String> = [
        "/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/tty",
    ]

    static func isStreamDevice(_ word: ShellWord) -> Bool {
        // Every device path starts with the character `/`, so with the byte.
        guard word.isStatic, word.text.utf8.first == UInt8(ascii: "/") else { return false }
        return streamDevices.contains(word.text) || word.text.hasPrefix("/dev/fd/")
    }
}
