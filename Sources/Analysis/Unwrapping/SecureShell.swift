/// `ssh [options] [USER@]HOST [COMMAND…]`: the remote command is the arguments joined with spaces and run by the
/// remote user's shell. Options may also follow the destination. `-o ProxyCommand=…` and `-o LocalCommand=…` run
/// shell code locally; `-o RemoteCommand=…` remotely.
enum SecureShell {
    static let syntax = WrapperOptionSyntax(flags: "46AaCfGgKkMNnqsTtVvXxYy", valued: "BbcDEeFIiJLlmOopQRSWw")

    /// `-o` keys whose value is shell code run on this machine.
    static let localCodeKeys: Set<String> = ["proxycommand", "localcommand", "knownhostscommand"]

    static func derive(_ command: CommandInvocation) -> Derivation {
        let first = syntax.scan(command.words.dropFirst())
        if let unknown = first.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "ssh", in: command)])
        }
        var options = first.options
        var remote: [ShellWord] = []
        let host = first.operands.first
        if host != nil {
            let second =
                first.endedByDoubleDash
                ? OptionScan(operands: Array(first.operands.dropFirst()))
                : syntax.scan(first.operands.dropFirst())
            if let unknown = second.unknownOption {
                return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "ssh", in: command)])
            }
            options += second.options
            remote = second.operands
        }
        var derivation = Derivation()
        let label = "ssh \(host?.text ?? "")"
        for option in options where option.name == "-o" {
            guard let value = option.value else { continue }
            let (key, code) = splitOption(value.text)
            guard !code.isEmpty, code.lowercased() != "none" else { continue }
            if localCodeKeys.contains(key) {
                derivation.merge(ShellCode.shellText(ShellWord(code, isStatic: value.isStatic), label: "ssh -o \(key)"))
            } else if key == "remotecommand", host != nil {
                derivation.merge(ShellCode.shellText(ShellWord(code, isStatic: value.isStatic), label: label))
            }
        }
        let names = Set(options.map(\.name))
        guard host != nil, names.isDisjoint(with: ["-G", "-V", "-N", "-W", "-O"]) else { return derivation }
        if names.contains("-s") {
            let subsystem = remote.first?.text ?? ""
            derivation.opaqueReasons.append(
                OpaqueReason(.unknownCode, "`\(label)` starts the remote subsystem `\(subsystem)`"))
            return derivation
        }
        if let words = plainWords(remote) {
            // No shell syntax: the remote shell runs these words as one command, with ssh's standard input
            // (`ssh host bash -s < setup.sh`).
            derivation.commands.append(command.inner(words, label: label))
        } else if !remote.isEmpty {
            derivation.merge(ShellCode.shellText(remote, label: label))
        } else if !names.contains("-n") {
            derivation.merge(ShellCode.readingStandardInput(command, label: label))
        }
        return derivation
    }

    /// The remote command's words when its text is plain words without shell syntax (nil otherwise).
    private static func plainWords(_ remote: [ShellWord]) -> [ShellWord]? {
        guard !remote.isEmpty, remote.allStatic else { return nil }
        let special = Set("\\'\"`$;&|<>()*?[]{}~#=!\n\t%^".unicodeScalars)
        var words: [ShellWord] = []
        for word in remote {
            for piece in word.text.split(separator: " ", omittingEmptySubsequences: true) {
                guard !piece.unicodeScalars.contains(where: { special.contains($0) }) else { return nil }
                words.append(ShellWord(String(piece)))
            }
        }
        return words.isEmpty ? nil : words
    }

    /// `ProxyCommand=nc %h %p` or `ProxyCommand nc %h %p` → (`proxycommand`, `nc %h %p`).
    static func splitOption(_ text: String) -> (key: String, value: String) {
        guard let separator = text.firstIndex(where: { $0 == "=" || $0 == " " || $0 == "\t" }) else {
            return (text.lowercased(), "")
        }
        let key = text[..<separator].lowercased()
        let value = text[text.index(after: separator)...].drop { $0 == " " || $0 == "\t" || $0 == "=" }
        return (key, String(value))
    }
}

extension Derivation {
    mutating func merge(_ other: Derivation) {
        actions += other.actions
        commands += other.commands
        scripts += other.scripts
        opaqueReasons += other.opaqueReasons
    }
}
