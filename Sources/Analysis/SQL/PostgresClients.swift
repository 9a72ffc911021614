/// psql, cockroach sql, and the PostgreSQL programs that stand for one statement (`dropdb`, `dropuser`).
enum PostgresClients {
    static let psqlOptions = ClientOptionSpec(
        shortWithValue: ["c", "d", "f", "v", "h", "p", "U", "L", "o", "P", "R", "F", "T"],
        longWithValue: [
            "command", "dbname", "file", "set", "variable", "host", "port", "username", "log-file", "output", "pset",
            "record-separator", "field-separator", "table-attr",
        ])

    /// `psql [OPTION]... [DBNAME [USERNAME]]`: `-c` and `-f` in order; standard input when neither is given.
    static func psql(_ command: CommandInvocation) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(), spec: psqlOptions)
        var run = SQLClientRun(command, via: "psql", dialect: .postgres)
        var readsScripts = false
        for option in arguments.options {
            switch option.name {
            case "c", "command":
                readsScripts = true
                run.sql(option.value)
            case "f", "file":
                readsScripts = true
                run.file(option.value)
            case "o", "output":
                if let value = option.value, value.text.hasPrefix("|") {
                    run.shellCommand(
                        ShellWord(String(value.text.dropFirst()), isStatic: value.isStatic), label: "-o |")
                }
            default:
                break
            }
        }
        let listsOnly = arguments.has(["l", "list", "V", "version", "?", "help"])
        if !readsScripts && !listsOnly { run.standardInput() }
        return run.derivation
    }

    static let cockroachOptions = ClientOptionSpec(
        shortWithValue: ["e", "f", "d", "u", "p"],
        longWithValue: [
            "execute", "file", "url", "host", "port", "user", "database", "certs-dir", "format", "set", "watch",
            "cluster-name", "safe-updates",
        ])

    /// `cockroach sql [-e SQL]... [-f FILE]`.
    static func cockroach(_ command: CommandInvocation) -> Derivation? {
        guard command.words.count > 1, command.words[1].text == "sql" else { return nil }
        return SQLClientRun.simpleClient(
            command, skipping: 2, spec: cockroachOptions, via: "cockroach sql", dialect: .postgres,
            sqlOptions: ["e", "execute"], fileOptions: ["f", "file"])
    }

    static let dropOptions = ClientOptionSpec(
        shortWithValue: ["h", "p", "U"], longWithValue: ["host", "port", "username", "maintenance-db"])

    /// `dropdb [OPTION]... DBNAME` (`DROP DATABASE`) and `dropuser [OPTION]... ROLENAME` (`DROP ROLE`).
    static func drop(_ command: CommandInvocation, objectType: String) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(), spec: dropOptions)
        var run = SQLClientRun(command, via: command.program, dialect: .postgres)
        if let name = arguments.operands.first {
            run.statement(kind: "DROP", objectType: objectType, targets: [name])
        } else if objectType == "ROLE" {
            // Without a name, dropuser asks for it interactively.
            run.statement(kind: "DROP", objectType: objectType, targets: [])
        }
        return run.derivation
    }
}
