/// Package runners (`npx`, `bunx`, `bun x`, `pnpm exec`, `pnpm dlx`, `yarn`, `yarn dlx`, `npm exec`): they run a
/// package's command, so the packs' rules for that command (`prisma migrate reset`) apply to it. The unwrapper
/// leaves them alone (a package may be fetched, and its code is unknown); the classifier reads the command they run.
enum PackageRunner {
    /// The command `command` runs through a package runner, or nil when it is not one or names no static package.
    static func command(in command: CommandInvocation) -> CommandInvocation? {
        guard mayBeRunner(command.program) else { return nil }
        var rest = command.words.dropFirst()
        switch Classifier.programKey(command.program) {
        case "npx", "bunx", "pnpx":
            break
        case "pnpm", "yarn":
            // Workspace options first: `pnpm --filter api exec prisma …`, `yarn --cwd api prisma …`.
            while let word = rest.first, word.isStatic, word.text.hasPrefix("-"), word.text != "--" {
                rest = rest.dropFirst(workspaceOptions.contains(word.text) ? 2 : 1)
            }
            guard let first = rest.first, first.isStatic, !builtIns.contains(first.text) else { return nil }
            if ["exec", "dlx"].contains(first.text) { rest = rest.dropFirst() }
        case "bun":
            guard let first = rest.first, first.text == "x" else { return nil }
            rest = rest.dropFirst()
        case "npm":
            guard let first = rest.first, ["exec", "x"].contains(first.text) else { return nil }
            rest = rest.dropFirst()
        default:
            return nil
        }
        // Runner options: flags, `--package NAME`/`-p NAME`, and a `--` that ends them.
        while let word = rest.first, word.isStatic, word.text.hasPrefix("-") {
            rest = rest.dropFirst()
            if word.text == "--" { break }
            if ["-p", "--package", "-c", "--call"].contains(word.text) {
                if word.text == "-c" || word.text == "--call" { return nil }
                rest = rest.dropFirst()
            }
        }
        guard let package = rest.first, package.isStatic, !package.text.isEmpty else { return nil }
        var inner = command
        inner.words = [ShellWord(packageCommand(package.text))] + rest.dropFirst()
        inner.wrappers = command.wrappers + [command.program]
        return inner
    }

    /// False when `program` cannot name a runner: every runner is 3 or 4 letters starting with n, b, p or y (8 bytes
    /// with `.exe`). Asked for every command before its name is folded; a non-ASCII start is left to the full test.
    private static func mayBeRunner(_ program: String) -> Bool {
        let bytes = program.utf8
        guard let first = bytes.first, bytes.count >= 3, bytes.count <= 8 else { return false }
        guard first < 0x80 else { return true }
        let lower = first | 0x20
        return lower == UInt8(ascii: "n") || lower == UInt8(ascii: "b") || lower == UInt8(ascii: "p")
            || lower == UInt8(ascii: "y")
    }

    /// pnpm and yarn options that take the next word as their value.
    private static let workspaceOptions: Set<String> = ["--filter", "-F", "--dir", "-C", "--cwd"]

    /// pnpm and yarn commands of their own (any other first word runs a package's binary).
    private static let builtIns: Set<String> = [
        "add", "audit", "bin", "build", "cache", "config", "create", "dedupe", "global", "i", "import", "info", "init",
        "install", "link", "list", "ls", "node", "outdated", "pack", "patch", "plugin", "prune", "publish", "rebuild",
        "remove", "rm", "run", "set", "start", "store", "test", "un", "uninstall", "unlink", "up", "update", "upgrade",
        "why", "workspace", "workspaces",
    ]

    /// `prisma@5.1` → `prisma`, `@scope/tool@2` → `@scope/tool`.
    private static func packageCommand(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), at != text.startIndex else { return text }
        return String(text[..<at])
    }
}
