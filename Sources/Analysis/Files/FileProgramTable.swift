/// The programs whose file effects follow the `FileProgram` pattern, by name. Option lists name the options that
/// take a value (so the value is never mistaken for a file); an option missing here at worst makes its value
/// look like one more file, the cautious direction.
enum FileProgramTable {
    static func program(named name: String) -> FileProgram? { programs[name] }

    /// Every program in the table, by name.
    static var all: [String: FileProgram] { programs }

    private static let grep = FileProgram(
        .read,
        syntax: ProgramOptionSyntax(valued: [
            "-e", "-f", "-A", "-B", "-C", "-m", "-d", "-D", "--regexp", "--file", "--after-context",
            "--before-context", "--context", "--max-count", "--directories", "--devices", "--include", "--exclude",
            "--exclude-dir", "--exclude-from", "--label", "--binary-files", "--group-separator",
        ])
    ).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["-e", "-f", "--regexp", "--file"]
        $0.recursiveOptions = [
            "-r", "-R", "--recursive", "--dereference-recursive", "-d=recurse", "--directories=recurse",
        ]
        $0.defaultRecursivePath = "."
        $0.readOptions = ["-f", "--file", "--exclude-from"]
    }

    private static let ripgrep = FileProgram(
        .read,
        syntax: ProgramOptionSyntax(valued: [
            "-e", "--regexp", "-f", "--file", "-g", "--glob", "--iglob", "-t", "--type", "-T", "--type-not",
            "--type-add", "--type-clear", "-A", "-B", "-C", "--after-context", "--before-context", "--context", "-m",
            "--max-count", "-M", "--max-columns", "-j", "--threads", "-d", "--max-depth", "--max-filesize", "-E",
            "--encoding", "-r", "--replace", "--sort", "--sortr", "--ignore-file", "--pre", "--pre-glob", "--color",
            "--colors", "--context-separator", "--field-context-separator", "--field-match-separator",
            "--path-separator", "--dfa-size-limit", "--regex-size-limit", "--engine", "--hostname-bin",
            "--hyperlink-format",
        ])
    ).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["-e", "--regexp", "-f", "--file", "--files", "--type-list"]
        $0.recursiveByDefault = true
        $0.defaultRecursivePath = "."
        $0.readOptions = ["-f", "--file", "--ignore-file"]
    }

    private static let silverSearcher = FileProgram(
        .read,
        syntax: ProgramOptionSyntax(valued: [
            "-A", "-B", "-C", "--after", "--before", "--context", "-G", "--file-search-regex", "-g", "--ignore",
            "--ignore-dir", "-m", "--max-count", "--depth", "-p", "--path-to-ignore", "--pager", "-W", "--width",
        ])
    ).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["-g"]
        $0.recursiveByDefault = true
        $0.defaultRecursivePath = "."
        $0.readOptions = ["-p", "--path-to-ignore"]
    }

    private static let ack = FileProgram(
        .read,
        syntax: ProgramOptionSyntax(valued: [
            "-A", "-B", "-C", "--after-context", "--before-context", "--context", "-m", "--max-count",
            "--ignore-dir", "--ignore-file", "--output", "--match", "--type", "--pager",
        ])
    ).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["--match", "-f"]
        $0.recursiveByDefault = true
        $0.defaultRecursivePath = "."
    }

    private static let sed = FileProgram(
        .read,
        syntax: ProgramOptionSyntax(
            valued: ["-e", "--expression", "-f", "--file", "-l", "--line-length"], optionalAttached: ["-i"])
    ).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["-e", "--expression", "-f", "--file"]
        $0.readOptions = ["-f", "--file"]
        $0.inPlaceOptions = ["-i", "--in-place"]
        $0.takesSeparateInPlaceSuffix = true
    }

    private static let awk = FileProgram(
        .read,
        syntax: ProgramOptionSyntax(
            valued: [
                "-f", "--file", "-v", "--assign", "-F", "--field-separator", "-i", "--include", "-l", "--load", "-e",
                "--source", "-E", "--exec",
            ], permutes: false)
    ).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["-f", "--file", "-e", "--source", "-E", "--exec"]
        $0.readOptions = ["-f", "--file", "-E", "--exec"]
        $0.inPlaceOptions = ["-i=inplace", "--include=inplace"]
        $0.skipsAssignments = true
    }

    private static let jq = FileProgram(
        .read,
        syntax: ProgramOptionSyntax(
            valued: ["-f", "--from-file", "-L", "--indent"],
            twoValued: ["--arg", "--argjson", "--slurpfile", "--rawfile"], endsOptions: ["--args", "--jsonargs"])
    ).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["-f", "--from-file"]
        $0.readOptions = ["-f", "--from-file", "--slurpfile", "--rawfile"]
        $0.argumentsAfterEndOfOptions = true
    }

    private static let yq = FileProgram(
        .read,
        syntax: ProgramOptionSyntax(valued: [
            "-o", "--output-format", "-p", "--input-format", "-I", "--indent", "--from-file", "-s", "--split-exp",
            "--expression", "--lua-prefix", "--lua-suffix", "--properties-separator", "--csv-separator",
        ])
    ).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["--from-file", "--expression"]
        $0.subcommands = ["eval", "e", "eval-all", "ea"]
        $0.readOptions = ["--from-file"]
        $0.inPlaceOptions = ["-i", "--inplace"]
    }

    private static let vim = FileProgram(
        .write,
        syntax: ProgramOptionSyntax(
            valued: ["-c", "-S", "-u", "-U", "-i", "-t", "-q", "-T", "-w", "-W", "-s", "--cmd", "--servername"],
            plusIsOption: true)
    ).with {
        $0.readOnlyOptions = ["-R", "-M"]
    }

    private static let nano = FileProgram(
        .write,
        syntax: ProgramOptionSyntax(
            valued: [
                "-T", "--tabsize", "-o", "--operatingdir", "-Y", "--syntax", "-r", "--fill", "-s", "--speller", "-Q",
                "--quotestr", "-X", "--wordchars", "-J", "--guidestripe",
            ], plusIsOption: true)
    ).with {
        $0.readOnlyOptions = ["-v", "--view"]
    }

    private static let emacs = FileProgram(
        .write,
        syntax: ProgramOptionSyntax(
            valued: ["-l", "--load", "-f", "--funcall", "--eval", "-L", "--directory", "--chdir", "-t", "--terminal"],
            plusIsOption: true))

    private static let vscode = FileProgram(
        .write,
        syntax: ProgramOptionSyntax(valued: [
            "--extensions-dir", "--user-data-dir", "--profile", "--locale", "--install-extension",
            "--uninstall-extension", "--log", "--sync", "--category", "--enable-proposed-api",
        ]))

    private static let changeMode = FileProgram(.write, syntax: ProgramOptionSyntax(valued: ["--from"])).with {
        $0.leadingNonFiles = 1
        $0.leadingSuppliedBy = ["--reference"]
        $0.recursiveOptions = ["-R", "--recursive"]
        $0.readOptions = ["--reference"]
    }

    private static func reader(_ valued: Set<String> = []) -> FileProgram {
        FileProgram(.read, syntax: ProgramOptionSyntax(valued: valued))
    }

    private static let programs: [String: FileProgram] = [
        "cat": reader(), "tac": reader(["-s", "--separator"]),
        "head": reader(["-n", "-c", "--lines", "--bytes"]),
        "tail": reader(["-n", "-c", "--lines", "--bytes", "-s", "--sleep-interval", "--pid", "--max-unchanged-stats"]),
        "less": reader([
            "-b", "-h", "-j", "-k", "-o", "-O", "-p", "-P", "-t", "-T", "-x", "-y", "-z", "-#", "--log-file",
            "--LOG-FILE", "--lesskey-file", "--tag", "--pattern", "--prompt",
        ]).with {
            $0.syntax.plusIsOption = true
            $0.writeOptions = ["-o", "-O", "--log-file", "--LOG-FILE"]
            $0.readOptions = ["-k", "--lesskey-file"]
        },
        "more": reader(["-n", "--lines"]).with { $0.syntax.plusIsOption = true },
        "bat": reader([
            "-l", "--language", "-H", "--highlight-line", "-r", "--line-range", "--tabs", "--terminal-width", "--wrap",
            "--theme", "--style", "-m", "--map-syntax", "--file-name", "--diff-context", "--color", "--italic-text",
            "--decorations", "--paging", "--pager", "--ignored-suffix", "--nonprintable-notation", "--binary",
            "--squeeze-limit",
        ]),
        "nl": reader([
            "-b", "-d", "-f", "-h", "-i", "-l", "-n", "-s", "-v", "-w", "--body-numbering", "--section-delimiter",
            "--footer-numbering", "--header-numbering", "--line-increment", "--join-blank-lines", "--number-format",
            "--number-separator", "--starting-line-number", "--number-width",
        ]),
        "od": reader([
            "-A", "-j", "-N", "-t", "--address-radix", "--skip-bytes", "--read-bytes", "--format", "--endian",
        ]).with { $0.syntax.optionalAttached = ["-w", "-S"] },
        "xxd": reader(["-c", "-g", "-l", "-s", "-o", "-n", "-C"]).with {
            $0.syntax.singleDashLong = ["-cols", "-len", "-seek", "-groupsize", "-offset", "-name", "-bits"]
            $0.syntax.valued.formUnion(["-cols", "-len", "-seek", "-groupsize", "-offset", "-name"])
            $0.secondFileIsOutput = true
        },
        "hexdump": reader(["-e", "-f", "-n", "-s"]).with { $0.readOptions = ["-f"] },
        "strings": reader([
            "-n", "-t", "-e", "-T", "-s", "--bytes", "--radix", "--encoding", "--target", "--output-separator",
        ]),
        "base64": reader(["-w", "--wrap", "-i", "--input", "-o", "--output"]).with {
            $0.readOptions = ["-i", "--input"]
            $0.writeOptions = ["-o", "--output"]
        },
        "wc": reader(["--files0-from"]).with { $0.readOptions = ["--files0-from"] },
        "sort": reader([
            "-k", "--key", "-t", "--field-separator", "-S", "--buffer-size", "-T", "--temporary-directory", "-o",
            "--output", "--files0-from", "--batch-size", "--parallel", "--compress-program", "--random-source",
        ]).with {
            $0.writeOptions = ["-o", "--output"]
            $0.readOptions = ["--files0-from", "--random-source"]
        },
        "uniq": reader(["-f", "--skip-fields", "-s", "--skip-chars", "-w", "--check-chars"]).with {
            $0.secondFileIsOutput = true
        },
        "cut": reader([
            "-b", "-c", "-d", "-f", "--bytes", "--characters", "--delimiter", "--fields", "--output-delimiter",
        ]),
        "diff": reader([
            "-C", "-U", "-L", "--label", "-x", "--exclude", "-X", "--exclude-from", "-I", "--ignore-matching-lines",
            "-F", "--show-function-line", "-S", "--starting-file", "--from-file", "--to-file", "--horizon-lines",
            "--tabsize", "--line-format", "--old-line-format", "--new-line-format", "--unchanged-line-format",
            "--old-group-format", "--new-group-format", "--changed-group-format", "--unchanged-group-format",
        ]).with {
            $0.recursiveOptions = ["-r", "--recursive"]
            $0.readOptions = ["-X", "--exclude-from", "--from-file", "--to-file"]
        },
        "cmp": reader(["-i", "--ignore-initial", "-n", "--bytes"]),
        "comm": reader(["--output-delimiter"]),
        "grep": grep, "egrep": grep, "fgrep": grep, "zgrep": grep, "ggrep": grep,
        "rg": ripgrep, "ag": silverSearcher, "ack": ack,
        "sed": sed, "gsed": sed,
        "awk": awk, "gawk": awk, "mawk": awk, "nawk": awk,
        "jq": jq, "gojq": jq, "yq": yq,
        "zcat": reader(), "bzcat": reader(), "xzcat": reader(),
        "view": vim.with { $0.effect = .read },
        "vim": vim, "vi": vim, "nvim": vim, "gvim": vim, "vimdiff": vim,
        "nano": nano, "pico": nano, "emacs": emacs, "code": vscode, "codium": vscode, "cursor": vscode,
        "subl": vscode,
        "touch": FileProgram(.write, syntax: ProgramOptionSyntax(valued: ["-d", "--date", "-t", "-r", "--reference"]))
            .with {
                $0.readOptions = ["-r", "--reference"]
            },
        "truncate": FileProgram(.write, syntax: ProgramOptionSyntax(valued: ["-s", "--size", "-r", "--reference"])).with
        {
            $0.readOptions = ["-r", "--reference"]
        },
        "tee": FileProgram(.write, syntax: ProgramOptionSyntax(valued: [])),
        "chmod": changeMode.with {
            $0.leadingAsOption = [
                "-r", "-w", "-x", "-X", "-s", "-t", "-u", "-g", "-o", "-0", "-1", "-2", "-3", "-4",
                "-5", "-6", "-7",
            ]
        },
        "chown": changeMode, "chgrp": changeMode,
        "rm": FileProgram(.delete).with { $0.recursiveOptions = ["-r", "-R", "--recursive"] },
        "rmdir": FileProgram(.delete, syntax: ProgramOptionSyntax()),
        "unlink": FileProgram(.delete),
        "srm": FileProgram(.delete).with { $0.recursiveOptions = ["-r", "-R", "--recursive"] },
        "wipe": FileProgram(.delete, syntax: ProgramOptionSyntax(valued: ["-l", "-x", "-S"])).with {
            $0.recursiveOptions = ["-r", "-R"]
        },
        "trash": FileProgram(.delete), "trash-put": FileProgram(.delete),
        "sponge": FileProgram(.write),
        "shred": FileProgram(
            .delete, syntax: ProgramOptionSyntax(valued: ["-n", "--iterations", "-s", "--size", "--random-source"])
        ).with { $0.readOptions = ["--random-source"] },
    ]
}
