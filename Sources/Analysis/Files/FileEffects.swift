/// File reads, writes and deletions by well-known programs and by redirections.
///
/// Redirections count for every command (also one with no words: `> file`). Programs are known by name, from
/// `FileProgramTable` (data) or the readers of irregular programs (`cp`, `mv`, `tar`, `dd`, …). Paths are reported
/// as written; a dynamic or glob path is not static. Option values are never taken for files, except options
/// whose value is a file (`sort -o FILE`, `grep -f FILE`).
public enum FileEffects {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? {
        var derivation = RedirectionEffects.derive(command.redirections)
        let known = command.hasStaticProgram && !command.words.isEmpty
        var isKnownProgram = false
        if known {
            let name = aliases[command.program] ?? command.program
            let arguments = command.words.dropFirst()
            if let entry = FileProgramTable.program(named: name) {
                isKnownProgram = true
                let effects = entry.program.effects(arguments, via: name)
                derivation.actions += effects.actions
                switch name {
                case "sed", "gsed": readSedScripts(effects.leading, effects.scanned, into: &derivation)
                case "awk", "gawk", "mawk", "nawk": readAwkPrograms(effects.leading, effects.scanned, into: &derivation)
                default: break
                }
            } else if let reader = irregularPrograms[name] {
                isKnownProgram = true
                derivation.actions += reader(name, arguments, command)
            }
            let side = SideCommands.derive(name, arguments)
            derivation.scripts += side.scripts
            derivation.opaqueReasons += side.opaqueReasons
        }
        guard isKnownProgram || !derivation.isEmpty else { return nil }
        return derivation
    }

    private static func readSedScripts(
        _ leading: [ShellWord], _ scanned: ScannedArguments, into derivation: inout Derivation
    ) {
        for file in scanned.values(of: ["-f", "--file"]) {
            derivation.opaqueReasons.append(
                OpaqueReason(.scriptFile, "sed runs the script in `\(file.text)`, whose content is unknown here"))
        }
        for text in scanned.values(of: ["-e", "--expression"]) + leading {
            let script = SedScript.read(text.text)
            derivation.actions += script.reads.map {
                .fileRead(FileAccess(path: $0, isStatic: text.isStatic, via: "sed r"))
            }
            derivation.actions += script.writes.map {
                .fileWrite(FileAccess(path: $0, isStatic: text.isStatic, via: "sed w"))
            }
            derivation.scripts += script.commands.map { EmbeddedScript($0, wrapper: "sed e") }
            if let reason = script.unreadable {
                derivation.opaqueReasons.append(
                    OpaqueReason(.interpreterCode, "in the sed script `\(text.text)`: \(reason)"))
            }
        }
    }

    private static func readAwkPrograms(
        _ leading: [ShellWord], _ scanned: ScannedArguments, into derivation: inout Derivation
    ) {
        for file in scanned.values(of: ["-f", "--file", "-E", "--exec"]) {
            derivation.opaqueReasons.append(
                OpaqueReason(.scriptFile, "awk runs the program in `\(file.text)`, whose content is unknown here"))
        }
        for text in scanned.values(of: ["-e", "--source"]) + leading {
            let program = AwkFileEffects.read(text.text)
            derivation.actions += program.reads.map {
                .fileRead(FileAccess(path: $0, isStatic: text.isStatic, via: "awk"))
            }
            derivation.actions += program.writes.map {
                .fileWrite(FileAccess(path: $0, isStatic: text.isStatic, via: "awk"))
            }
            derivation.scripts += program.commands.map { EmbeddedScript($0, wrapper: "awk system") }
            if let reason = program.unreadable {
                derivation.opaqueReasons.append(
                    OpaqueReason(.interpreterCode, "in the awk program `\(text.text)`: \(reason)"))
            }
        }
    }

    /// Other names of the same programs: GNU tools installed with a `g` prefix (macOS), bsdtar.
    private static let aliases: [String: String] = [
        "grm": "rm", "gcp": "cp", "gmv": "mv", "gln": "ln", "gdd": "dd", "gtar": "tar", "bsdtar": "tar",
        "gsort": "sort", "ghead": "head", "gtail": "tail", "gcat": "cat", "gshred": "shred", "gtruncate": "truncate",
        "gtouch": "touch", "gchmod": "chmod", "gchown": "chown", "ginstall": "install", "gtee": "tee",
        "grmdir": "rmdir", "gunlink": "unlink", "batcat": "bat",
    ]

    /// Reads the arguments of an irregular program, given its (resolved) name and the whole command.
    private typealias Reader = @Sendable (String, ArraySlice<ShellWord>, CommandInvocation) -> [Action]

    private static let irregularPrograms: [String: Reader] = {
        let copy: Reader = { name, arguments, _ in CopyEffects.actions(name, arguments) }
        let compress: Reader = { name, arguments, _ in CompressionEffects.actions(name, arguments) }
        var readers: [String: Reader] = [
            "rsync": { _, arguments, _ in RsyncEffects.actions(arguments) },
            "dd": { _, arguments, _ in DDEffects.actions(arguments) },
            "tar": { _, arguments, _ in ArchiveEffects.tar(arguments) },
            "zip": { _, arguments, _ in ArchiveEffects.zip(arguments) },
            "unzip": { _, arguments, _ in ArchiveEffects.unzip(arguments) },
            "patch": { _, arguments, command in PatchEffects.actions(arguments, standardInput: command.standardInput) },
        ]
        for name in ["cp", "mv", "install", "ln"] { readers[name] = copy }
        for name in ["gzip", "gunzip", "pigz", "bzip2", "bunzip2", "xz", "unxz", "zstd", "unzstd"] {
            readers[name] = compress
        }
        return readers
    }()
}
