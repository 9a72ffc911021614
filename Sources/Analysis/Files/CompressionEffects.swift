/// gzip and its kin replace each file with its compressed (or decompressed) form: the file is read, the new one
/// written, the original deleted — unless the output goes to standard output or the original is kept.
enum CompressionEffects {
    private struct Compressor {
        var suffix: String
        var decompresses: Bool
        var keepsByDefault = false
    }

    private static let compressors: [String: Compressor] = [
        "gzip": Compressor(suffix: ".gz", decompresses: false), "gunzip": Compressor(suffix: ".gz", decompresses: true),
        "pigz": Compressor(suffix: ".gz", decompresses: false),
        "bzip2": Compressor(suffix: ".bz2", decompresses: false),
        "bunzip2": Compressor(suffix: ".bz2", decompresses: true), "xz": Compressor(suffix: ".xz", decompresses: false),
        "unxz": Compressor(suffix: ".xz", decompresses: true),
        "zstd": Compressor(suffix: ".zst", decompresses: false, keepsByDefault: true),
        "unzstd": Compressor(suffix: ".zst", decompresses: true, keepsByDefault: true),
    ]

    private static let syntax = ProgramOptionSyntax(valued: [
        "-S", "--suffix", "-b", "--blocksize", "-p", "--processes", "-o", "-D", "-T", "--threads", "-M", "--memlimit",
        "-F", "--format", "-C", "--check", "--files",
    ])

    static func actions(_ program: String, _ arguments: ArraySlice<ShellWord>) -> [Action] {
        guard var compressor = compressors[program] else { return [] }
        let scanned = ScannedArguments(arguments, syntax: syntax)
        if scanned.has(["-d", "--decompress", "--uncompress"]) { compressor.decompresses = true }
        if let suffix = scanned.values(of: ["-S", "--suffix"]).last { compressor.suffix = suffix.text }
        let toStandardOutput = scanned.has(["-c", "--stdout", "--to-stdout", "-t", "--test", "-l", "--list"])
        let keeps =
            scanned.has(["-k", "--keep"]) || (compressor.keepsByDefault && !scanned.has(["--rm"]))
        let isRecursive = scanned.has(["-r", "--recursive"])
        let output = scanned.values(of: ["-o"]).last
        var actions: [Action] = []
        for file in scanned.operands where !file.isStandardStream {
            actions.append(.fileRead(FileAccess(file, isRecursive: isRecursive, via: program)))
            guard !toStandardOutput else { continue }
            var produced = ShellWord(file.text + compressor.suffix, isStatic: file.isStatic, hasGlob: file.hasGlob)
            if compressor.decompresses {
                produced.text =
                    file.text.hasSuffix(compressor.suffix)
                    ? String(file.text.dropLast(compressor.suffix.count)) : file.text
            }
            if isRecursive { produced = file }
            actions.append(.fileWrite(FileAccess(output ?? produced, isRecursive: isRecursive, via: program)))
            if !keeps { actions.append(.fileDelete(FileAccess(file, isRecursive: isRecursive, via: program))) }
        }
        return actions
    }
}
