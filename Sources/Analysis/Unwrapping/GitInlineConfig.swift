/// `git -c alias.NAME=VALUE … NAME ARGS`: an alias defined on the command line runs shell text (`!…`) or another
/// git command. Command-valued settings given with `-c` or stored with `git config` (`GitConfigSettings`) are shell
/// text git may run; so are the matching environment variables (`GIT_SSH_COMMAND=…`, read by `CodeValues`).
enum GitInlineConfig {
    /// Global options that take a value as the next word.
    private static let valuedOptions: Set<String> = [
        "-C", "-c", "--config-env", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--list-cmds",
        "--super-prefix", "--attr-source",
    ]

    static func derive(_ command: CommandInvocation) -> Derivation? {
        var settings: [(key: String, value: ShellWord)] = []
        var rest = command.words.dropFirst()
        while let word = rest.first, word.isStatic, word.text.hasPrefix("-"), word.text != "--" {
            rest = rest.dropFirst()
            let text = word.text
            let inline = text.hasPrefix("--config-env=") ? String(text.dropFirst("--config-env=".count)) : nil
            guard valuedOptions.contains(text) || inline != nil else { continue }
            guard let value = inline.map({ ShellWord($0) }) ?? rest.first else { break }
            if inline == nil { rest = rest.dropFirst() }
            guard text == "-c" || text.hasPrefix("--config-env"), let equals = value.text.firstIndex(of: "=") else {
                continue
            }
            let key = value.text[..<equals].lowercased()
            let setting = String(value.text[value.text.index(after: equals)...])
            // `--config-env=KEY=VAR` takes the value from an environment variable: known only at run time.
            let isStatic = value.isStatic && text == "-c"
            settings.append((key, ShellWord(isStatic ? setting : "$\(setting)", isStatic: isStatic)))
        }
        var derivation = Derivation()
        for (key, value) in settings where !key.hasPrefix("alias.") {
            if let setting = GitConfigSettings.derivation(key: key, value: value, label: "git -c \(key)") {
                derivation.merge(setting)
            }
        }
        if let subcommand = rest.first, subcommand.isStatic, subcommand.text == "config",
            let stored = GitConfigSettings.stored(rest.dropFirst())
        {
            derivation.merge(stored)
        }
        if let name = rest.first, name.isStatic,
            let alias = settings.last(where: { $0.key == "alias.\(name.text.lowercased())" })?.value
        {
            derivation.merge(expand(alias: alias, name: name.text, arguments: Array(rest.dropFirst()), of: command))
        }
        return derivation.isEmpty ? nil : derivation
    }

    private static func expand(
        alias: ShellWord, name: String, arguments: [ShellWord], of command: CommandInvocation
    ) -> Derivation {
        let label = "git alias \(name)"
        guard alias.isStatic else {
            return Derivation(opaqueReasons: [UnwrapMessage.dynamicCode(alias.text, in: label)])
        }
        if alias.text.hasPrefix("!") {
            // git runs `sh -c '<text> "$@"' <text> ARGS…`: the arguments follow the text.
            return ShellCode.shellText([ShellWord(String(alias.text.dropFirst()))] + arguments, label: label)
        }
        let words = [command.words[0]] + EnvCommand.splitString(alias.text) + arguments
        return .running(command.inner(words, label: label))
    }
}
