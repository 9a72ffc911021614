/// tar, zip and unzip: which archive is read or written, which files go in, where extraction writes.
enum ArchiveEffects {
    static let tarSyntax = ProgramOptionSyntax(valued: [
        "-f", "-C", "-T", "-X", "-b", "-N", "-g", "-K", "-V", "-L", "-H", "-I", "--file", "--directory",
        "--files-from", "--exclude-from", "--exclude", "--blocking-factor", "--newer", "--after-date",
        "--listed-incremental", "--starting-file", "--label", "--tape-length", "--format", "--use-compress-program",
        "--transform", "--xform", "--owner", "--group", "--mode", "--mtime", "--strip-components", "--to-command",
        "--checkpoint-action", "--index-file", "--info-script", "--new-volume-script", "--rsh-command",
        "-F", "--volno-file", "--record-size", "--sparse-version", "--warning", "--quoting-style", "--hole-detection",
    ])

    /// Letters of an old-style first argument (`tar xzf a.tgz`) that take the next words as values.
    private static let tarBundledValued: Set<Character> = [
        "f", "C", "T", "X", "b", "N", "g", "K", "V", "L", "H", "I", "F",
    ]

    /// tar's arguments, old-style bundles (`tar czf out.tgz dir`) rewritten as options.
    static func scannedTar(_ arguments: ArraySlice<ShellWord>) -> ScannedArguments {
        var words = Array(arguments)
        // Old style: `tar czf out.tgz dir` is `tar -c -z -f out.tgz dir`.
        if let first = words.first, first.isStatic, !first.text.hasPrefix("-"), !first.text.isEmpty {
            var rewritten: [ShellWord] = []
            var rest = words.dropFirst()
            for letter in first.text {
                rewritten.append(ShellWord("-" + String(letter)))
                if tarBundledValued.contains(letter), let value = rest.popFirst() { rewritten.append(value) }
            }
            words = rewritten + rest
        }
        return ScannedArguments(words, syntax: tarSyntax)
    }

    static func tar(_ arguments: ArraySlice<ShellWord>) -> [Action] {
        let scanned = scannedTar(arguments)
        let archive = scanned.values(of: ["-f", "--file"]).last
        let directory = scanned.values(of: ["-C", "--directory"]).last ?? ShellWord(".")
        var actions: [Action] = []
        let creates = scanned.has(["-c", "--create", "-r", "--append", "-u", "--update", "-A", "--catenate"])
        if scanned.has(["-x", "--extract", "--get"]) {
            if let archive, !archive.isStandardStream { actions.append(.fileRead(FileAccess(archive, via: "tar"))) }
            actions.append(.fileWrite(FileAccess(directory, isRecursive: true, via: "tar -x")))
        } else if creates || scanned.has(["--delete"]) {
            if let archive, !archive.isStandardStream { actions.append(.fileWrite(FileAccess(archive, via: "tar"))) }
            let recursive = !scanned.has(["--no-recursion"])
            for member in scanned.operands where creates {
                actions.append(.fileRead(FileAccess(member, isRecursive: recursive, via: "tar")))
            }
            if scanned.has(["--remove-files"]) {
                actions += scanned.operands.map { .fileDelete(FileAccess($0, isRecursive: recursive, via: "tar")) }
            }
        } else if let archive, !archive.isStandardStream {
            actions.append(.fileRead(FileAccess(archive, via: "tar")))
        }
        for file in scanned.values(of: ["-T", "--files-from", "-X", "--exclude-from"]) where !file.isStandardStream {
            actions.append(.fileRead(FileAccess(file, via: "tar")))
        }
        return actions
    }

    static let zipSyntax = ProgramOptionSyntax(
        valued: [
            "-TT", "--unzip-command", "-b", "--temp-path", "-n", "--suffixes", "-t", "--from-date", "-tt",
            "--before-date", "-x", "--exclude",
            "-i", "--include", "-P", "--password", "-O", "--output-file", "-Z", "--compression-method", "-s",
            "--split-size",
        ], singleDashLong: ["-tt", "-TT"])

    static func zip(_ arguments: ArraySlice<ShellWord>) -> [Action] {
        let scanned = ScannedArguments(arguments, syntax: zipSyntax)
        guard let archive = scanned.operands.first else { return [] }
        let isRecursive = scanned.has(["-r", "-R", "--recurse-paths", "--recurse-patterns"])
        var actions: [Action] = [.fileWrite(FileAccess(archive, via: "zip"))]
        if let output = scanned.values(of: ["-O", "--output-file"]).last {
            actions.append(.fileWrite(FileAccess(output, via: "zip")))
        }
        for file in scanned.operands.dropFirst() {
            actions.append(.fileRead(FileAccess(file, isRecursive: isRecursive, via: "zip")))
            if scanned.has(["-m", "--move"]) {
                actions.append(.fileDelete(FileAccess(file, isRecursive: isRecursive, via: "zip -m")))
            }
        }
        return actions
    }

    private static let unzipSyntax = ProgramOptionSyntax(valued: ["-d", "-P", "-x"])

    static func unzip(_ arguments: ArraySlice<ShellWord>) -> [Action] {
        let scanned = ScannedArguments(arguments, syntax: unzipSyntax)
        guard let archive = scanned.operands.first else { return [] }
        var actions: [Action] = [.fileRead(FileAccess(archive, via: "unzip"))]
        guard !scanned.has(["-l", "-t", "-v", "-Z", "-p", "-z"]) else { return actions }
        let directory = scanned.values(of: ["-d"]).last ?? ShellWord(".")
        actions.append(.fileWrite(FileAccess(directory, isRecursive: true, via: "unzip")))
        return actions
    }
}
