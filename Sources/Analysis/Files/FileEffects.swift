/// File reads, writes and deletions by well-known programs and by redirections.
///
/// Redirections count for every command (also one with no words: `> file`). Programs are known by name, from
/// `FileProgramTable` (data) or the readers of irregular programs (`cp`, `mv`, `tar`, `dd`, …). Paths are reported
/// as written; a dynamic or glob path is not static. Option values are never taken for files, except options
/// whose value is a file (`sort -o FILE`, `grep -f FILE`).
public enum FileEffects {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? {
        var actions = RedirectionEffects.actions(command.redirections)
        let known = command.hasStaticProgram && !command.words.isEmpty
        var isKnownProgram = false
        if known {
            let name = command.program
            let arguments = command.words.dropFirst()
            if let program = FileProgramTable.program(named: name) {
                isKnownProgram = true
                actions += program.actions(arguments, via: name)
            } else if let reader = irregularPrograms[name] {
                isKnownProgram = true
                actions += reader(arguments, command)
            }
        }
        guard isKnownProgram || !actions.isEmpty else { return nil }
        return Derivation(actions: actions)
    }

    private typealias Reader = @Sendable (ArraySlice<ShellWord>, CommandInvocation) -> [Action]

    private static let irregularPrograms: [String: Reader] = [
        "cp": { CopyEffects.actions($1.program, $0) }, "mv": { CopyEffects.actions($1.program, $0) },
        "install": { CopyEffects.actions($1.program, $0) }, "ln": { CopyEffects.actions($1.program, $0) },
        "rsync": { args, _ in RsyncEffects.actions(args) },
        "dd": { args, _ in DDEffects.actions(args) },
        "tar": { args, _ in ArchiveEffects.tar(args) },
        "zip": { args, _ in ArchiveEffects.zip(args) },
        "unzip": { args, _ in ArchiveEffects.unzip(args) },
        "gzip": { CompressionEffects.actions($1.program, $0) },
        "gunzip": { CompressionEffects.actions($1.program, $0) },
        "bzip2": { CompressionEffects.actions($1.program, $0) },
        "bunzip2": { CompressionEffects.actions($1.program, $0) }, "xz": { CompressionEffects.actions($1.program, $0) },
        "unxz": { CompressionEffects.actions($1.program, $0) }, "zstd": { CompressionEffects.actions($1.program, $0) },
        "unzstd": { CompressionEffects.actions($1.program, $0) },
        "pigz": { CompressionEffects.actions($1.program, $0) },
        "patch": { PatchEffects.actions($0, standardInput: $1.standardInput) },
    ]
}
