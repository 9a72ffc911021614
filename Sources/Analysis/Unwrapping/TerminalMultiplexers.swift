/// tmux and screen start shell commands in new windows and type keys into running shells: both run code.
enum TerminalMultiplexers {
    /// A tmux command whose operands are a shell command, with its option syntax.
    private static let tmuxShellCommands: [String: WrapperOptionSyntax] = {
        let newSession = WrapperOptionSyntax(flags: "AdDEPX", valued: "cefFnstxy")
        let newWindow = WrapperOptionSyntax(flags: "abdkPS", valued: "cefFnt")
        let splitWindow = WrapperOptionSyntax(flags: "bdfhIvPZ", valued: "celFpt")
        let respawn = WrapperOptionSyntax(flags: "k", valued: "cet")
        let runShell = WrapperOptionSyntax(flags: "bC", valued: "cdt")
        let popup = WrapperOptionSyntax(flags: "BCEk", valued: "bcdehsStTxyw")
        let pipePane = WrapperOptionSyntax(flags: "IOo", valued: "t")
        return [
            "new-session": newSession, "new": newSession, "new-window": newWindow, "neww": newWindow,
            "split-window": splitWindow, "splitw": splitWindow, "respawn-pane": respawn, "respawnp": respawn,
            "respawn-window": respawn, "respawnw": respawn, "run-shell": runShell, "run": runShell,
            "display-popup": popup, "popup": popup, "pipe-pane": pipePane, "pipep": pipePane,
        ]
    }()
    private static let sendKeys = WrapperOptionSyntax(flags: "FHKlMRX", valued: "Nt")
    private static let ifShell = WrapperOptionSyntax(flags: "bF", valued: "t")
    private static let tmuxGlobal = WrapperOptionSyntax(flags: "2CDlNuVv", valued: "cfLST")

    /// `tmux [options] [command [flags] [args]] [; command …]`.
    static func derive(tmux command: CommandInvocation) -> Derivation {
        let global = tmuxGlobal.scan(command.words.dropFirst())
        if let unknown = global.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "tmux", in: command)])
        }
        var derivation = Derivation()
        if let code = global.value("-c") { derivation.merge(ShellCode.shellText(code, label: "tmux -c")) }
        var rest = global.operands[...]
        while let name = rest.first {
            let end = rest.firstIndex { $0.isStatic && $0.text == ";" } ?? rest.endIndex
            let arguments = rest[rest.index(after: rest.startIndex)..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : []
            guard name.isStatic else {
                derivation.opaqueReasons.append(
                    OpaqueReason(.dynamicProgram, "the tmux command `\(name.text)` is only known at run time"))
                continue
            }
            derivation.merge(tmuxCommand(name.text, arguments, of: command))
        }
        return derivation
    }

    private static func tmuxCommand(
        _ name: String, _ arguments: ArraySlice<ShellWord>, of command: CommandInvocation
    ) -> Derivation {
        let syntax: WrapperOptionSyntax
        if let shellCommand = tmuxShellCommands[name] {
            syntax = shellCommand
        } else if name == "send-keys" || name == "send" || name == "if-shell" || name == "if" {
            syntax = name.hasPrefix("if") ? ifShell : sendKeys
        } else {
            return .nothing
        }
        let scan = syntax.scan(arguments)
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "tmux \(name)", in: command)])
        }
        let label = "tmux \(name)"
        switch name {
        case "send-keys", "send":
            guard !scan.has("-X"), !scan.operands.isEmpty else { return .nothing }
            return ShellCode.shellText(typedText(scan.operands, literal: scan.has("-l")), label: label)
        case "if-shell", "if":
            guard let condition = scan.operands.first, !scan.has("-F") else { return .nothing }
            return ShellCode.shellText(condition, label: label)
        default:
            guard !scan.operands.isEmpty else { return .nothing }  // the default shell, interactive
            if scan.operands.count == 1 { return ShellCode.shellText(scan.operands[0], label: label) }
            return .running(command.inner(scan.operands, label: label))
        }
    }

    /// The text `tmux send-keys` types: key names become the characters they stand for.
    private static func typedText(_ keys: [ShellWord], literal: Bool) -> ShellWord {
        var text = ""
        for key in keys {
            guard !literal else {
                text += key.text
                continue
            }
            switch key.text.lowercased() {
            case "enter", "c-m", "kpenter", "c-j", "c-c", "c-d": text += "\n"
            case "space": text += " "
            case "tab", "c-i": text += "\t"
            default: text += key.text
            }
        }
        return ShellWord(text, isStatic: keys.allStatic)
    }

    /// `screen [options] [COMMAND [ARG…]]`, `screen -X stuff TEXT`, `screen -X exec COMMAND…`.
    static func derive(screen command: CommandInvocation) -> Derivation {
        let valued: Set<Character> = ["c", "e", "h", "p", "S", "s", "t", "T"]
        var letters = Set<Character>()
        var rest = command.words.dropFirst()
        while let word = rest.first, word.isStatic, word.text.hasPrefix("-"), word.text.count > 1 {
            rest = rest.dropFirst()
            let text = word.text
            if ["-ls", "-list", "-wipe", "-v", "-version", "--help", "--version"].contains(text) { return .nothing }
            if text == "-Logfile" {
                rest = rest.dropFirst()
                continue
            }
            if text == "-X" {
                return screenCommand(Array(rest), of: command)
            }
            for (offset, letter) in text.dropFirst().enumerated() {
                letters.insert(letter)
                if valued.contains(letter) {
                    if offset == text.count - 2 { rest = rest.dropFirst() }
                    break
                }
            }
        }
        if letters.contains("X") { return screenCommand(Array(rest), of: command) }
        if !letters.isDisjoint(with: ["r", "x", "R", "D"]) || (letters.contains("d") && !letters.contains("m")) {
            return .nothing  // attaching to or detaching a session: the operand names it
        }
        guard !rest.isEmpty else { return .nothing }
        return .running(command.inner(Array(rest), label: "screen"))
    }

    private static func screenCommand(_ words: [ShellWord], of command: CommandInvocation) -> Derivation {
        guard let name = words.first else { return .nothing }
        switch name.text {
        case "stuff":
            guard words.count > 1 else { return .nothing }
            let text = words[1].text.replacing("^M", with: "\n").replacing("\\n", with: "\n").replacing(
                "\\r", with: "\n")
            return ShellCode.shellText(ShellWord(text, isStatic: words[1].isStatic), label: "screen stuff")
        case "exec", "screen":
            let argv = Array(words.dropFirst())
            guard !argv.isEmpty else { return .nothing }
            return .running(command.inner(argv, label: "screen \(name.text)"))
        default:
            return .nothing
        }
    }
}
