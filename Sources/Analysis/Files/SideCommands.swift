/// Commands that file-handling programs run on the side, a well-known way around command guards
/// (`tar --checkpoint-action=exec=…`, `zip -TT …`, `rsync -e …`, `vim -c ':!…'`): each becomes an embedded
/// script when its text is known, an opaque reason when it is not. awk and sed programs are read by
/// `AwkFileEffects` and `SedScript`.
enum SideCommands {
    /// The programs that run commands on the side, each read its own way.
    enum Kind: Sendable {
        case tar, zip, rsync, vim
    }

    /// Which reader `program` (a resolved name) needs; nil for the programs that run no side commands.
    static func kind(of program: String) -> Kind? {
        switch program {
        case "tar": .tar
        case "zip": .zip
        case "rsync": .rsync
        case "vim", "vi", "nvim", "gvim", "vimdiff", "view": .vim
        default: nil
        }
    }

    static func derive(_ program: String, _ arguments: ArraySlice<ShellWord>) -> Derivation {
        guard let kind = kind(of: program) else { return Derivation() }
        return derive(kind, arguments)
    }

    static func derive(_ kind: Kind, _ arguments: ArraySlice<ShellWord>) -> Derivation {
        switch kind {
        case .tar: return tar(arguments)
        case .zip:
            return commands(
                ScannedArguments(arguments, syntax: ArchiveEffects.zipSyntax), ["-TT", "--unzip-command"],
                label: "zip -TT")
        case .rsync:
            let scanned = ScannedArguments(arguments, syntax: RsyncEffects.syntax)
            var derivation = commands(scanned, ["-e", "--rsh"], label: "rsync -e")
            let remote = commands(scanned, ["--rsync-path"], label: "rsync --rsync-path")
            derivation.scripts += remote.scripts
            derivation.opaqueReasons += remote.opaqueReasons
            return derivation
        case .vim: return vim(arguments)
        }
    }

    private static func tar(_ arguments: ArraySlice<ShellWord>) -> Derivation {
        let scanned = ArchiveEffects.scannedTar(arguments)
        var derivation = commands(
            scanned,
            [
                "--to-command", "-I", "--use-compress-program", "--info-script", "--new-volume-script", "-F",
                "--rsh-command",
            ],
            label: "tar")
        for action in scanned.values(of: ["--checkpoint-action"]) where action.text.hasPrefix("exec=") {
            let command = ShellWord(String(action.text.dropFirst(5)), isStatic: action.isStatic)
            add(command, label: "tar --checkpoint-action", to: &derivation)
        }
        return derivation
    }

    private static func commands(_ scanned: ScannedArguments, _ options: Set<String>, label: String) -> Derivation {
        var derivation = Derivation()
        for value in scanned.values(of: options) { add(value, label: label, to: &derivation) }
        return derivation
    }

    private static func add(_ command: ShellWord, label: String, to derivation: inout Derivation) {
        if command.isStatic {
            derivation.scripts.append(EmbeddedScript(command.text, wrapper: label))
        } else {
            derivation.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(label) runs the command `\(command.text)`, only known at run time"))
        }
    }

    private static let vimSyntax = ProgramOptionSyntax(
        valued: ["-c", "-S", "-u", "-U", "-i", "-t", "-q", "-T", "-w", "-W", "-s", "--cmd", "--servername"],
        plusIsOption: true)

    /// vim's `-c CMD`, `+CMD` and `--cmd CMD` run Ex commands: `:!cmd` runs a shell command; `system()`,
    /// `:terminal` and the language interfaces can too. `-S file` and `-s file` run a script file.
    private static func vim(_ arguments: ArraySlice<ShellWord>) -> Derivation {
        let scanned = ScannedArguments(arguments, syntax: vimSyntax)
        var derivation = Derivation()
        for option in scanned.options {
            let command: ShellWord
            if option.name.hasPrefix("+") {
                command = ShellWord(String(option.name.dropFirst()))
            } else if ["-c", "--cmd"].contains(option.name), let value = option.value {
                command = value
            } else if ["-S", "-s"].contains(option.name), let file = option.value {
                derivation.opaqueReasons.append(
                    OpaqueReason(.scriptFile, "vim runs the commands in `\(file.text)`, whose content is unknown here"))
                continue
            } else {
                continue
            }
            var text = command.text.trimmingWhitespace
            while text.first == ":" { text = text.dropFirst().trimmingWhitespace }
            if text.first == "!" {
                add(ShellWord(String(text.dropFirst()), isStatic: command.isStatic), label: "vim :!", to: &derivation)
            } else if !command.isStatic || runsCode(text) {
                derivation.opaqueReasons.append(
                    OpaqueReason(.interpreterCode, "vim runs the Ex command `\(command.text)`, which can run programs"))
            }
        }
        return derivation
    }

    /// Ex commands that can run programs or code other than by a leading `!`.
    private static func runsCode(_ text: Substring) -> Bool {
        let lower = text.lowercased()
        if lower.contains("!") || lower.contains("system(") || lower.contains("systemlist(") { return true }
        let name = lower.prefix { $0.isLetter || $0.isNumber }
        let codeCommands: Set<String> = [
            "ter", "term", "termi", "termin", "termina", "terminal", "py", "pyt", "pyth", "pytho", "python", "py3",
            "python3", "pyx", "pythonx", "lua", "luado", "luafile", "perl", "perldo", "rub", "ruby", "rubydo", "mz",
            "mzscheme", "tcl", "so", "sou", "sour", "sourc", "source", "exe", "exec", "execu", "execut", "execute",
            "make", "mak", "grep", "gr", "lgrep", "lg", "cal", "call",
        ]
        return codeCommands.contains(String(name))
    }
}
