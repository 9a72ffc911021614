/// rsync: sources read, the destination (last operand) written; `--delete*` removes files at the destination
/// that the sources lack, `--remove-source-files` removes the sources.
enum RsyncEffects {
    static let syntax = ProgramOptionSyntax(valued: [
        "-e", "--rsh", "--rsync-path", "-f", "--filter", "--exclude", "--include", "--exclude-from", "--include-from",
        "--files-from", "-T", "--temp-dir", "--partial-dir", "--backup-dir", "--suffix", "--chmod", "--chown",
        "--usermap", "--groupmap", "--log-file", "--log-file-format", "--out-format", "--password-file", "--port",
        "--bwlimit", "--max-size", "--min-size", "--max-delete", "--timeout", "--contimeout", "--compare-dest",
        "--copy-dest", "--link-dest", "-B", "--block-size", "--compress-level", "--skip-compress", "--iconv",
        "--checksum-choice", "--info", "--debug", "-M", "--remote-option", "--sockopts", "--modify-window",
        "--address", "--protocol", "--stop-at", "--stop-after", "--write-batch", "--read-batch",
        "--only-write-batch", "--outbuf",
    ])

    static func actions(_ arguments: ArraySlice<ShellWord>) -> [Action] {
        let scanned = ScannedArguments(arguments, syntax: syntax)
        let isRecursive = scanned.has(["-r", "-a", "--recursive", "--archive"])
        let deletes = scanned.options.contains { $0.name.hasPrefix("--del") }
        var sources = scanned.operands[...]
        guard sources.count >= 2, let destination = sources.popLast() else {
            // One operand lists it; nothing is copied.
            return sources.map { .fileRead(FileAccess($0, isRecursive: isRecursive, via: "rsync")) }
        }
        var actions: [Action] = sources.map { .fileRead(FileAccess($0, isRecursive: isRecursive, via: "rsync")) }
        if scanned.has(["--remove-source-files"]) {
            actions += sources.map { .fileDelete(FileAccess($0, isRecursive: isRecursive, via: "rsync")) }
        }
        actions.append(.fileWrite(FileAccess(destination, isRecursive: isRecursive, via: "rsync")))
        if deletes {
            actions.append(.fileDelete(FileAccess(destination, isRecursive: true, via: "rsync --delete")))
        }
        for option in scanned.options where ["--exclude-from", "--include-from", "--files-from"].contains(option.name) {
            if let file = option.value, !file.isStandardStream {
                actions.append(.fileRead(FileAccess(file, via: "rsync")))
            }
        }
        return actions
    }
}
