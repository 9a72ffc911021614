/// `xargs [options] [COMMAND [ARG…]]`: runs the command (default `echo`) with arguments read from standard input.
enum Xargs {
    static let syntax = WrapperOptionSyntax(
        flags: "0hoprtx", valued: "adEILnPs", optional: "eil",
        long: [
            "null", "interactive", "no-run-if-empty", "verbose", "exit", "open-tty", "show-limits", "help", "version",
        ],
        longValued: ["arg-file", "delimiter", "max-args", "max-procs", "max-chars", "process-slot-var"],
        longOptional: ["eof", "max-lines", "replace"])

    /// The word that stands for arguments xargs reads at run time.
    static let input = ShellWord("{xargs input}", isStatic: false)

    static func derive(_ command: CommandInvocation) -> Derivation {
        let scan = syntax.scan(command.words.dropFirst())
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "xargs", in: command)])
        }
        if scan.has("-h", "--help", "--version") { return .nothing }
        var words = scan.operands.isEmpty ? [ShellWord("echo")] : scan.operands
        let replacement = replacementString(scan)
        let readsStandardInput = scan.values("-a", "--arg-file").isEmpty
        if readsStandardInput, case .text(let text) = command.standardInput,
            let lines = XargsInput.lines(of: text, scan: scan, byLine: replacement != nil),
            let argvs = XargsInput.commands(words, lines: lines, scan: scan, replacement: replacement)
        {
            return Derivation(
                commands: argvs.map { argv in
                    var inner = command.inner(argv, label: "xargs")
                    inner.standardInput = .text("")
                    return inner
                })
        }
        if let replacement {
            // Each input line replaces the string wherever it occurs, the program included.
            words = words.map { word in
                word.text.contains(replacement) ? ShellWord(word.text, isStatic: false, hasGlob: word.hasGlob) : word
            }
        } else {
            words.append(input)
        }
        var inner = command.inner(words, label: "xargs")
        // The command's standard input is /dev/null (or the terminal with -o): xargs consumes its own.
        inner.standardInput = .text("")
        var derivation = Derivation.running(inner)
        for file in scan.values("-a", "--arg-file") {
            derivation.actions.append(.fileRead(FileAccess(path: file.text, isStatic: file.isStatic, via: "xargs -a")))
        }
        return derivation
    }

    /// The replacement string of `-I R`, `-i[R]` or `--replace[=R]` (`{}` by default), if any.
    private static func replacementString(_ scan: OptionScan) -> String? {
        guard let option = scan.options.last(where: { ["-I", "-i", "--replace"].contains($0.name) }) else {
            return nil
        }
        guard let value = option.value, !value.text.isEmpty else { return "{}" }
        return value.text
    }
}
