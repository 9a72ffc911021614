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
        var isKnownProgram = false
        if command.hasStaticProgram, !command.words.isEmpty, let handler = handler(for: command.program) {
            let name = handler.name
            let arguments = command.words.dropFirst()
            if let entry = handler.entry {
                isKnownProgram = true
                let effects = entry.program.effects(arguments, via: name)
                derivation.actions += effects.actions
                switch handler.script {
                case .sed: readSedScripts(effects.leading, effects.scanned, into: &derivation)
                case .awk: readAwkPrograms(effects.leading, effects.scanned, into: &derivation)
                case nil: break
                }
            } else if let reader = handler.reader {
                isKnownProgram = true
                derivation.actions += reader(name, arguments, command)
            }
            if let kind = handler.sideCommands {
                let side = SideCommands.derive(kind, arguments)
                derivation.scripts += side.scripts
                derivation.opaqueReasons += side.opaqueReasons
            }
        }
        guard isKnownProgram || !derivation.isEmpty else { return nil }
        return derivation
    }

    /// What this deriver knows about a program, found with one lookup (none for most commands, which the filter
    /// turns away). A class, so that the lookup does not copy the program's option tables.
    private final class Handler: Sendable {
        /// The program's name with any alias resolved: `gtar` → `tar`.
        let name: String
        let entry: ProgramEntry?
        let reader: Reader?
        let script: ScriptLanguage?
        let sideCommands: SideCommands.Kind?

        init(name: String, program: FileProgram?, reader: Reader?) {
            self.name = name
            self.entry = program.map(ProgramEntry.init)
            self.reader = program == nil ? reader : nil
            switch name {
            case "sed", "gsed": script = .sed
            case "awk", "gawk", "mawk", "nawk": script = .awk
            default: script = nil
            }
            sideCommands = SideCommands.kind(of: name)
        }
    }

    /// A table program behind a reference: binding it copies no option tables.
    private final class ProgramEntry: Sendable {
        let program: FileProgram

        init(_ program: FileProgram) { self.program = program }
    }

    private enum ScriptLanguage {
        case sed, awk
    }

    private static func handler(for program: String) -> Handler? {
        guard handlerNames.mayContain(program) else { return nil }
        return handlers[program]
    }

    /// Every program name, alias or not, with what is known about it.
    private static let handlers: [String: Handler] = {
        var handlers: [String: Handler] = [:]
        let programs = FileProgramTable.all
        for name in Set(programs.keys).union(irregularPrograms.keys).union(aliases.keys) {
            let resolved = aliases[name] ?? name
            let handler = Handler(name: resolved, program: programs[resolved], reader: irregularPrograms[resolved])
            guard handler.entry != nil || handler.reader != nil || handler.sideCommands != nil else { continue }
            handlers[name] = handler
        }
        return handlers
    }()

    private static let handlerNames = ProgramNameFilter(handlers.keys)

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
