/// Git settings whose values git runs as shell text, however they are set: for one command (`git -c KEY=VALUE`) or
/// stored for every later one (`git config [--global] KEY VALUE`, `git config set KEY VALUE`). A stored
/// `core.fsmonitor` runs on the next `git status`, an alias with `!` on the next `git NAME`, possibly in a later
/// tool call — so the value is analyzed as code where it is written.
enum GitConfigSettings {
    /// Settings whose value git runs as shell text (lower-case keys).
    static let commandKeys: Set<String> = [
        "core.sshcommand", "core.pager", "core.editor", "sequence.editor", "diff.external", "core.askpass",
        "gpg.program", "core.fsmonitor",
    ]
    /// Per-driver settings that are commands: `filter.NAME.clean`, `diff.NAME.textconv`, `merge.NAME.driver`, …
    static let commandDriverKeys: [(section: String, variable: String)] = [
        ("filter", "clean"), ("filter", "smudge"), ("filter", "process"), ("diff", "textconv"),
        ("diff", "command"), ("merge", "driver"),
    ]

    /// What setting `key` (lower-case) to `value` makes git run: shell text, hook scripts, or nothing.
    static func derivation(key: String, value: ShellWord, label: String) -> Derivation? {
        let isOff = ["true", "false", ""].contains(value.text.lowercased())
        if (commandKeys.contains(key) || isDriverCommand(key)) && !isOff {
            return ShellCode.shellText(value, label: label)
        }
        if key.hasPrefix("alias.") || key == "credential.helper" {
            // Shell text after a `!`; an alias without one runs another git command, a helper without one runs
            // `git-credential-NAME`.
            guard value.isStatic else {
                return Derivation(opaqueReasons: [UnwrapMessage.dynamicCode(value.text, in: label)])
            }
            guard value.text.hasPrefix("!") else { return nil }
            return ShellCode.shellText(ShellWord(String(value.text.dropFirst())), label: label)
        }
        if key == "core.hookspath" {
            return Derivation(opaqueReasons: [
                OpaqueReason(.scriptFile, "`\(label)` makes git run hook scripts from `\(value.text)`")
            ])
        }
        return nil
    }

    private static func isDriverCommand(_ key: String) -> Bool {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let section = parts.first, let variable = parts.last else { return false }
        return commandDriverKeys.contains { $0.section == section && $0.variable == variable }
    }

    /// `git config` options that take the next word as their value.
    private static let valuedOptions: Set<String> = [
        "-f", "--file", "--blob", "--type", "--default", "--comment", "--value",
    ]
    /// `git config` modes that read or remove settings rather than set one.
    private static let nonSettingModes: Set<String> = [
        "--get", "--get-all", "--get-regexp", "--get-urlmatch", "--get-color", "--get-colorbool", "--unset",
        "--unset-all", "-l", "--list", "--remove-section", "--rename-section", "-e", "--edit", "get", "unset",
        "list", "remove-section", "rename-section", "edit",
    ]

    /// The setting `git config ARGUMENTS` stores (the words after `config`), analyzed as `derivation` does.
    static func stored(_ arguments: ArraySlice<ShellWord>) -> Derivation? {
        var positionals: [ShellWord] = []
        var rest = arguments
        while let word = rest.popFirst() {
            // A setting named at run time could be any of them; a value known only at run time is judged by its key.
            if !word.isStatic && positionals.isEmpty {
                return Derivation(opaqueReasons: [
                    OpaqueReason(.dynamicArgument, "`git config` is given `\(word.text)`, known only at run time")
                ])
            }
            if nonSettingModes.contains(word.text) { return nil }
            if word.text == "--" {
                positionals += rest
                break
            }
            if word.text.hasPrefix("-") && positionals.count < 2 {
                if valuedOptions.contains(word.text) { _ = rest.popFirst() }
                continue
            }
            if positionals.isEmpty && word.text == "set" { continue }
            positionals.append(word)
        }
        guard positionals.count >= 2 else { return nil }
        let key = positionals[0].text.lowercased()
        return derivation(key: key, value: positionals[1], label: "git config \(key)")
    }
}
