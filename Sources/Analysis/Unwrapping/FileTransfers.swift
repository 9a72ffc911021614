/// scp, sftp and rsync run local programs chosen on their command line: `-o ProxyCommand=…` (shell text),
/// `scp -S PROGRAM`, `rsync -e 'COMMAND'` (the remote shell, split into words), and `rsync --rsync-path=TEXT`
/// (shell text run on the remote host).
enum FileTransfers {
    /// rsync's short options that take a value (the rest of a cluster or the next word).
    private static let rsyncValued: Set<Character> = ["e", "f", "B", "T", "M", "@"]

    static func derive(_ command: CommandInvocation) -> Derivation? {
        var derivation = Derivation()
        var rest = command.words.dropFirst()
        let isRsync = command.program == "rsync"
        while let word = rest.first {
            rest = rest.dropFirst()
            guard word.isStatic else { continue }
            let text = word.text
            if text == "--" { break }
            if isRsync {
                if let value = longValue(text, "--rsh", &rest) {
                    derivation.merge(remoteShell(value, of: command))
                } else if let value = longValue(text, "--rsync-path", &rest) {
                    derivation.merge(ShellCode.shellText(value, label: "rsync --rsync-path"))
                } else if text.hasPrefix("-"), !text.hasPrefix("--"), let value = shortValue(text, &rest) {
                    derivation.merge(remoteShell(value, of: command))
                }
                continue
            }
            if text == "-o" || (text.hasPrefix("-o") && text.count > 2) {
                let value = text == "-o" ? rest.first : ShellWord(String(text.dropFirst(2)), isStatic: word.isStatic)
                if text == "-o" { rest = rest.dropFirst() }
                if let value { derivation.merge(proxyCommand(value)) }
            } else if text == "-S", let program = rest.first {
                rest = rest.dropFirst()
                derivation.commands.append(command.inner([program], label: "\(command.program) -S"))
            }
        }
        return derivation.isEmpty ? nil : derivation
    }

    /// `--name=VALUE` or `--name VALUE`.
    private static func longValue(_ text: String, _ name: String, _ rest: inout ArraySlice<ShellWord>) -> ShellWord? {
        if text == name, let next = rest.first {
            rest = rest.dropFirst()
            return next
        }
        guard text.hasPrefix(name + "=") else { return nil }
        return ShellWord(String(text.dropFirst(name.count + 1)))
    }

    /// The value of `-e` in a short-option cluster (`-avze ssh`, `-e'ssh -p 2'`); values of other options skipped.
    private static func shortValue(_ text: String, _ rest: inout ArraySlice<ShellWord>) -> ShellWord? {
        let cluster = text.dropFirst()
        guard let index = cluster.firstIndex(where: { rsyncValued.contains($0) }) else { return nil }
        let attached = cluster[cluster.index(after: index)...]
        var value: ShellWord?
        if !attached.isEmpty {
            value = ShellWord(String(attached))
        } else if let next = rest.first {
            rest = rest.dropFirst()
            value = next
        }
        return cluster[index] == "e" ? value : nil
    }

    /// rsync splits its remote shell into words and runs it directly.
    private static func remoteShell(_ value: ShellWord, of command: CommandInvocation) -> Derivation {
        guard value.isStatic else {
            return .opaque(.dynamicProgram, "`rsync -e` runs a program known only at run time: `\(value.text)`")
        }
        let words = EnvCommand.splitString(value.text)
        guard !words.isEmpty else { return .nothing }
        return .running(command.inner(words, label: "rsync -e"))
    }

    private static func proxyCommand(_ option: ShellWord) -> Derivation {
        let (key, code) = SecureShell.splitOption(option.text)
        guard SecureShell.localCodeKeys.contains(key), !code.isEmpty, code.lowercased() != "none" else {
            return .nothing
        }
        return ShellCode.shellText(ShellWord(code, isStatic: option.isStatic), label: "ssh -o \(key)")
    }
}
