/// GNU `parallel [options] COMMAND… ::: ARG…`: the command template is joined with spaces and run by the shell
/// once per argument, `{}` (and `{.}`, `{/}`, `{1}`, …) replaced by it, or the argument appended when the template
/// has no replacement string. Without a template the arguments are the commands.
enum ParallelCommand {
    static let syntax = WrapperOptionSyntax(
        flags: "0kvtuXmqreg", valued: "jPnNLdaSIEsC",
        long: [
            "null", "keep-order", "verbose", "ungroup", "group", "line-buffer", "lb", "xargs", "quote", "dry-run",
            "dryrun", "progress", "bar", "eta", "tag", "will-cite", "no-notice", "pipe", "pipepart", "shuf", "silent",
            "no-run-if-empty", "plain", "files", "help", "version", "citation", "halt-on-error", "ctag", "linebuffer",
            "keep-order", "nonall", "onall", "compress", "bibtex",
        ],
        longValued: [
            "jobs", "max-args", "max-lines", "delimiter", "arg-file", "sshlogin", "sshloginfile", "slf", "timeout",
            "delay", "joblog", "results", "res", "tmpdir", "workdir", "wd", "extensionreplace", "er",
            "basenamereplace", "bnr", "halt", "retries", "memfree", "load", "env", "block", "blocksize", "recstart",
            "recend", "tagstring", "header", "trim", "colsep", "nice", "max-chars", "max-procs", "basefile", "bf",
            "return", "transferfile", "tf", "termseq", "fifo",
        ])

    /// Most commands produced from static arguments; beyond it the argument is treated as unknown.
    static let maximumExpansions = 32
    /// Stands for an argument known only at run time in the expanded template.
    static let dynamicArgument = "\"${parallel_argument}\""

    static func derive(_ command: CommandInvocation) -> Derivation {
        let scan = syntax.scan(command.words.dropFirst())
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "parallel", in: command)])
        }
        if scan.has("--help", "--version", "--dry-run", "--dryrun", "--citation", "--bibtex") { return .nothing }
        let separators: Set<String> = [":::", "::::", ":::+", "::::+"]
        let template = Array(scan.operands.prefix { !($0.isStatic && separators.contains($0.text)) })
        let sources = scan.operands.dropFirst(template.count)
        // Arguments are known only from a single `:::` list of static words.
        var arguments: [ShellWord]?
        if let separator = sources.first, separator.text == ":::" {
            let list = Array(sources.dropFirst())
            if !list.contains(where: { $0.isStatic && separators.contains($0.text) }), list.allStatic,
                list.count <= maximumExpansions
            {
                arguments = list
            }
        }
        if template.isEmpty {
            guard !sources.isEmpty else { return ShellCode.readingStandardInput(command, label: "parallel") }
            guard let arguments else {
                return .opaque(.dynamicCode, "`parallel` runs commands read at run time (`\(command.quoted)`)")
            }
            return Derivation(scripts: arguments.map { EmbeddedScript($0.text, wrapper: "parallel") })
        }
        let text = template.joinedText
        let scripts = (arguments?.map { quoted($0.text) } ?? [dynamicArgument]).map { expand(text, with: $0) }
        var derivation = Derivation(scripts: scripts.map { EmbeddedScript($0, wrapper: "parallel") })
        if !template.allStatic {
            derivation.opaqueReasons.append(UnwrapMessage.dynamicCode(text, in: "parallel"))
        }
        return derivation
    }

    /// The template with each replacement string (`{}`, `{.}`, `{/}`, `{1}`, …) replaced by `argument`, or with
    /// the argument appended when it has none.
    static func expand(_ template: String, with argument: String) -> String {
        var result = ""
        var replaced = false
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let tail = rest[open...]
            if let close = tail.firstIndex(of: "}"), isReplacementString(tail[tail.index(after: open)..<close]) {
                result += argument
                replaced = true
                rest = tail[tail.index(after: close)...]
            } else {
                result.append("{")
                rest = tail.dropFirst()
            }
        }
        result += rest
        return replaced ? result : "\(result) \(argument)"
    }

    private static func isReplacementString(_ inside: Substring) -> Bool {
        ["", ".", "/", "//", "/.", "#", "%"].contains(inside)
            || (!inside.isEmpty && inside.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "/" })
    }

    /// `text` in single quotes, as parallel quotes arguments for the shell.
    static func quoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
