/// node, deno and bun: code given with `-e`/`--eval`/`-p`, `deno eval`, a script file, or standard input.
enum JavaScriptRuntimes {
    static let nodeOptions = ClientOptionSpec(
        shortWithValue: ["e", "p", "r", "C"],
        longWithValue: [
            "eval", "print", "require", "import", "loader", "experimental-loader", "conditions", "input-type",
            "env-file", "title", "inspect-port", "stack-size", "openssl-config", "redirect-warnings", "icu-data-dir",
            "diagnostic-dir", "report-dir", "max-http-header-size", "experimental-config-file",
        ],
        optionsAfterOperands: false)

    /// `node [OPTIONS] [-e CODE | -p CODE | SCRIPT | -] [ARG]...`
    static func node(_ command: CommandInvocation) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(), spec: nodeOptions)
        var run = InterpreterRun(command, language: .javascript, via: "node")
        preloads(arguments.values(of: ["r", "require", "import", "loader", "experimental-loader"]), run: &run)
        let code = arguments.values(of: ["e", "eval", "p", "print"])
        if !code.isEmpty {
            run.code(code)
        } else if let script = arguments.operands.first, script.text != "-" {
            run.scriptFile(script)
        } else if !arguments.has(["v", "version", "h", "help", "check", "c"]) {
            run.standardInput()
        }
        return run.derivation
    }

    static let denoOptions = ClientOptionSpec(
        shortWithValue: ["c"],
        longWithValue: ["ext", "config", "import-map", "location", "seed", "cert", "lock", "v8-flags", "env-file"],
        optionsAfterOperands: false)

    /// `deno eval CODE`, `deno run FILE`, `deno task NAME`, `deno FILE`.
    static func deno(_ command: CommandInvocation) -> Derivation? {
        guard command.words.count > 1 else { return nil }
        let subcommand = command.words[1].text
        let arguments = ClientArguments(command.words.dropFirst(2), spec: denoOptions)
        var run = InterpreterRun(command, language: .javascript, via: "deno")
        switch subcommand {
        case "eval":
            run.code(arguments.operands.first)
        case "run", "serve":
            preloads(arguments.values(of: ["preload"]), run: &run)
            if let script = arguments.operands.first, script.text != "-" {
                run.scriptFile(script)
            } else {
                run.standardInput()
            }
        case "task":
            run.opaque(.scriptFile, "deno task runs a command defined in the project's configuration")
        default:
            guard isScriptPath(subcommand) else { return nil }
            run.scriptFile(command.words[1])
        }
        return run.derivation
    }

    static let bunOptions = ClientOptionSpec(
        shortWithValue: ["e", "p", "r"], longWithValue: ["eval", "print", "preload", "cwd", "env-file", "config"],
        optionsAfterOperands: false)

    /// `bun -e CODE`, `bun run FILE|SCRIPT`, `bun FILE`.
    static func bun(_ command: CommandInvocation) -> Derivation? {
        let arguments = ClientArguments(command.words.dropFirst(), spec: bunOptions)
        var run = InterpreterRun(command, language: .javascript, via: "bun")
        preloads(arguments.values(of: ["r", "preload"]), run: &run)
        let code = arguments.values(of: ["e", "eval", "p", "print"])
        if !code.isEmpty {
            run.code(code)
            return run.derivation
        }
        guard let first = arguments.operands.first else { return nil }
        if first.text == "run" {
            if let target = arguments.operands.dropFirst().first {
                run.opaque(
                    .scriptFile, "bun run runs `\(target.text)` (a file or a package.json script) Warden does not see")
            }
        } else if isScriptPath(first.text) {
            run.scriptFile(first)
        } else {
            return nil
        }
        return run.derivation
    }

    private static func preloads(_ modules: [ShellWord], run: inout InterpreterRun) {
        for module in modules
        where !module.isStatic || isScriptPath(module.text) || module.text.hasPrefix(".")
            || module.text.hasPrefix("/")
        {
            run.scriptFile(module)
        }
    }

    static func isScriptPath(_ text: String) -> Bool {
        [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx"].contains { text.hasSuffix($0) }
            || text.hasPrefix("http://") || text.hasPrefix("https://")
    }
}
