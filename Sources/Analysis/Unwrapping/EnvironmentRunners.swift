/// Tools that run a command inside an environment they prepare: secrets injected (`op run -- CMD`,
/// `doppler run -- CMD`, `aws-vault exec PROFILE -- CMD`), a project's dependencies (`uv run`, `poetry run`,
/// `bundle exec`), a shell environment (`nix-shell --run TEXT`, `direnv exec DIR CMD`). Package runners (`npx`,
/// `bunx`, `uvx`, `pipx run`) run packages rather than commands and are not listed.
struct EnvironmentRunner: Sendable {
    /// The program and subcommand words: `["op", "run"]`.
    var path: [String]
    var syntax: WrapperOptionSyntax
    /// Operands the runner takes before the command: `aws-vault exec`'s PROFILE, `direnv exec`'s DIR.
    var ownOperands = 0
    /// Options whose value is shell text run in the environment (`doppler run --command TEXT`).
    var textOptions: Set<String> = []
    /// Whether operands before any `--` are the command; false when they are packages or tools
    /// (`nix-shell -p jq`, `mise exec node@20 -- node`), and without a command an interactive shell starts.
    var operandsAreCommand = true

    static let all: [EnvironmentRunner] = [
        EnvironmentRunner(
            path: ["op", "run"],
            syntax: WrapperOptionSyntax(
                long: ["no-masking", "help"], longValued: ["env-file", "account", "config", "cache", "session"])),
        EnvironmentRunner(
            path: ["doppler", "run"],
            syntax: WrapperOptionSyntax(
                valued: "pc",
                long: [
                    "preserve-env", "forward-signals", "watch", "silent", "debug", "help", "no-read-env",
                    "fallback-only",
                ],
                longValued: [
                    "project", "config", "command", "token", "scope", "name-transformer", "mount", "mount-format",
                    "fallback", "configs", "api-host",
                ]),
            textOptions: ["--command"]),
        EnvironmentRunner(
            path: ["infisical", "run"],
            syntax: WrapperOptionSyntax(
                long: ["watch", "silent", "include-imports", "expand", "help"],
                longValued: ["env", "command", "token", "projectId", "path", "tags", "domain"]),
            textOptions: ["--command"]),
        EnvironmentRunner(
            path: ["aws-vault", "exec"],
            syntax: WrapperOptionSyntax(
                flags: "j", valued: "dnt",
                long: ["no-session", "json", "server", "ec2-server", "ecs-server", "lazy", "stdout", "help"],
                longValued: ["duration", "region", "mfa-token", "prompt"]),
            ownOperands: 1),
        EnvironmentRunner(
            path: ["uv", "run"],
            syntax: WrapperOptionSyntax(
                flags: "qv", valued: "pw",
                long: [
                    "isolated", "no-sync", "frozen", "locked", "no-project", "all-extras", "no-dev", "active", "quiet",
                    "verbose", "offline", "no-cache", "script", "exact", "no-editable", "with-editable", "all-packages",
                ],
                longValued: [
                    "with", "python", "project", "directory", "extra", "group", "package", "env-file",
                    "with-requirements",
                    "index", "default-index", "index-url", "extra-index-url", "cache-dir", "only-group",
                ])),
        EnvironmentRunner(
            path: ["poetry", "run"],
            syntax: WrapperOptionSyntax(
                flags: "qvn", valued: "CP",
                long: ["quiet", "verbose", "no-interaction", "no-ansi", "ansi", "no-plugins", "no-cache"],
                longValued: ["directory", "project"])),
        EnvironmentRunner(
            path: ["pipenv", "run"], syntax: WrapperOptionSyntax(long: ["system"], longValued: ["python"])),
        EnvironmentRunner(
            path: ["bundle", "exec"],
            syntax: WrapperOptionSyntax(long: ["keep-file-descriptors"], longValued: ["gemfile"])),
        EnvironmentRunner(path: ["direnv", "exec"], syntax: WrapperOptionSyntax(), ownOperands: 1),
        EnvironmentRunner(
            path: ["mise", "exec"], syntax: mise, textOptions: ["-c", "--command"], operandsAreCommand: false),
        EnvironmentRunner(
            path: ["mise", "x"], syntax: mise, textOptions: ["-c", "--command"], operandsAreCommand: false),
        EnvironmentRunner(path: ["asdf", "exec"], syntax: WrapperOptionSyntax()),
        EnvironmentRunner(
            path: ["conda", "run"],
            syntax: WrapperOptionSyntax(
                valued: "np", long: ["no-capture-output", "live-stream", "debug-wrapper-scripts"],
                longValued: ["name", "prefix", "cwd"])),
        EnvironmentRunner(
            path: ["dotenv"],
            syntax: WrapperOptionSyntax(flags: "o", valued: "evc", long: ["debug", "quiet"], longValued: ["override"])),
        EnvironmentRunner(
            path: ["nix-shell"],
            syntax: WrapperOptionSyntax(
                valued: "pAIE", long: ["pure", "impure", "keep-going"],
                longValued: ["run", "command", "packages", "attr", "arg", "argstr", "keep", "include", "expr"],
                permutes: true),
            textOptions: ["--run", "--command"], operandsAreCommand: false),
    ]

    private static let mise = WrapperOptionSyntax(
        flags: "y", valued: "jCc", long: ["yes", "raw", "no-prepare"], longValued: ["jobs", "cd", "command"],
        permutes: true)

    /// The runners by program name.
    static let byProgram: [String: [EnvironmentRunner]] = Dictionary(grouping: all) { $0.path[0] }

    static func derive(_ command: CommandInvocation) -> Derivation? {
        guard let runners = byProgram[command.program] else { return nil }
        let arguments = command.words.dropFirst()
        for runner in runners {
            let subcommand = runner.path.dropFirst()
            guard arguments.count >= subcommand.count,
                zip(arguments, subcommand).allSatisfy({ $0.isStatic && $0.text == $1 })
            else { continue }
            return runner.unwrap(command, arguments: arguments.dropFirst(subcommand.count))
        }
        return nil
    }

    private func unwrap(_ command: CommandInvocation, arguments: ArraySlice<ShellWord>) -> Derivation {
        let label = path.joined(separator: " ")
        var scan = syntax.scan(arguments)
        var ownOperands = ownOperands
        if let unknown = scan.unknownOption {
            // An option not known here: the command is still known when it follows `--`.
            guard let dashes = arguments.firstIndex(where: { $0.isStatic && $0.text == "--" }) else {
                return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: label, in: command)])
            }
            scan = OptionScan(operands: Array(arguments[arguments.index(after: dashes)...]), afterDoubleDash: 0)
            ownOperands = 0
        }
        var derivation = Derivation()
        for option in scan.options where textOptions.contains(option.name) {
            if let code = option.value { derivation.merge(ShellCode.shellText(code, label: "\(label) \(option.name)")) }
        }
        var words: ArraySlice<ShellWord>
        if operandsAreCommand {
            words = scan.operands.dropFirst(ownOperands)
            if scan.afterDoubleDash == nil, let first = words.first, first.isStatic, first.text == "--" {
                words = words.dropFirst()  // `aws-vault exec PROFILE -- CMD`
            }
        } else {
            words = scan.afterDoubleDash.map { scan.operands[$0...] } ?? []
        }
        if !words.isEmpty {
            derivation.commands.append(command.inner(Array(words), label: label))
        } else if derivation.scripts.isEmpty, operandsAreCommand {
            derivation.opaqueReasons.append(UnwrapMessage.missingCommand(label, in: command))
        }
        return derivation
    }
}
