/// The shells of embedded databases: `sqlite3 [OPTIONS] DB [SQL]...` and `duckdb [OPTIONS] [DB] [SQL]`.
enum EmbeddedDatabaseClients {
    static let sqliteOptions = ClientOptionSpec(
        shortWithValue: [],
        longWithValue: [
            "cmd", "init", "separator", "newline", "nullvalue", "vfs", "maxsize", "mmap", "pagecache", "lookaside",
            "heap", "escape", "zipfile",
        ],
        singleDashLong: [
            "cmd", "init", "separator", "newline", "nullvalue", "vfs", "maxsize", "mmap", "pagecache", "lookaside",
            "heap", "escape", "zipfile",
        ])

    static let duckdbOptions = ClientOptionSpec(
        shortWithValue: ["c", "s"],
        longWithValue: ["cmd", "init", "separator", "newline", "nullvalue", "storage-version"],
        singleDashLong: ["cmd", "init", "separator", "newline", "nullvalue", "storage-version"])

    /// sqlite3: `-init FILE`, `-cmd COMMAND`, then the SQL operands after the database, else standard input.
    static func sqlite(_ command: CommandInvocation) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(), spec: sqliteOptions)
        var run = SQLClientRun(command, via: command.program, dialect: .sqlite)
        for option in arguments.options {
            switch option.name {
            case "init": run.file(option.value)
            case "cmd": run.sql(option.value)
            default: break
            }
        }
        let statements = arguments.operands.dropFirst()
        for statement in statements { run.sql(statement) }
        if statements.isEmpty { run.standardInput() }
        return run.derivation
    }

    /// duckdb: `-c COMMAND` (then exit), `-s COMMAND`, `-cmd`, `-init FILE`, a SQL operand, else standard input.
    static func duckdb(_ command: CommandInvocation) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(), spec: duckdbOptions)
        var run = SQLClientRun(command, via: "duckdb", dialect: .sqlite)
        var exits = false
        for option in arguments.options {
            switch option.name {
            case "init": run.file(option.value)
            case "cmd": run.sql(option.value)
            case "c", "s":
                exits = true
                run.sql(option.value)
            default: break
            }
        }
        let statements = arguments.operands.dropFirst()
        for statement in statements { run.sql(statement) }
        if statements.isEmpty && !exits { run.standardInput() }
        return run.derivation
    }
}
