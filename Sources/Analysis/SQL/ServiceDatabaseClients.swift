/// Clients of database services: clickhouse-client, sqlcmd (SQL Server), snowsql (Snowflake), `bq query`
/// (BigQuery).
enum ServiceDatabaseClients {
    static let clickhouseOptions = ClientOptionSpec(
        shortWithValue: ["h", "u", "q", "d", "f", "C"],
        longWithValue: [
            "host", "port", "user", "password", "query", "database", "format", "queries-file", "config-file",
            "config", "history_file", "connection", "secure-port", "jwt",
        ])

    /// `clickhouse-client [-q SQL]... [--queries-file FILE]...`, also `clickhouse client …`.
    static func clickhouse(_ command: CommandInvocation, skipping: Int) -> Derivation {
        SQLClientRun.simpleClient(
            command, skipping: skipping, spec: clickhouseOptions, via: "clickhouse-client", dialect: .mysql,
            sqlOptions: ["q", "query"], fileOptions: ["queries-file"])
    }

    static let sqlcmdOptions = ClientOptionSpec(
        shortWithValue: [
            "S", "U", "P", "d", "Q", "q", "i", "o", "v", "s", "w", "h", "t", "l", "a", "f", "H", "L", "c", "A", "z",
            "Z", "G", "K", "M", "F", "g", "u",
        ],
        longWithValue: [])

    /// `sqlcmd [-Q SQL | -q SQL] [-i FILE]...`.
    static func sqlcmd(_ command: CommandInvocation) -> Derivation {
        SQLClientRun.simpleClient(
            command, skipping: 1, spec: sqlcmdOptions, via: "sqlcmd", dialect: .transactSQL,
            sqlOptions: ["Q", "q"], fileOptions: ["i"])
    }

    static let snowsqlOptions = ClientOptionSpec(
        shortWithValue: ["a", "u", "d", "s", "r", "w", "h", "p", "q", "f", "c", "o", "D"],
        longWithValue: [
            "accountname", "username", "dbname", "schemaname", "rolename", "warehouse", "host", "port", "query",
            "filename", "connection", "option", "variable", "config", "authenticator", "region", "private-key-path",
            "token",
        ])

    /// `snowsql [-q SQL] [-f FILE]...`.
    static func snowsql(_ command: CommandInvocation) -> Derivation {
        SQLClientRun.simpleClient(
            command, skipping: 1, spec: snowsqlOptions, via: "snowsql", dialect: .generic,
            sqlOptions: ["q", "query"], fileOptions: ["f", "filename"])
    }

    static let bigQueryOptions = ClientOptionSpec(
        shortWithValue: ["n"],
        longWithValue: [
            "destination_table", "parameter", "maximum_bytes_billed", "label", "location", "project_id",
            "dataset_id", "format", "max_rows", "job_id", "schedule", "display_name", "target_dataset",
            "udf_resource", "flagfile", "api", "apilog", "destination_kms_key", "time_partitioning_field",
            "time_partitioning_type", "time_partitioning_expiration", "clustering_fields", "range_partitioning",
            "connection_property", "session_id", "reservation_id", "job_timeout_ms", "priority",
        ])

    /// `bq [GLOBAL FLAGS] query [FLAGS] 'SQL'`: the operands joined are the query; standard input without them.
    static func bigQuery(_ command: CommandInvocation) -> Derivation? {
        let arguments = ClientArguments(command.words.dropFirst(), spec: bigQueryOptions)
        guard let verb = arguments.operands.first, verb.text == "query" else { return nil }
        var run = SQLClientRun(command, via: "bq query", dialect: .mysql)
        let query = arguments.operands.dropFirst()
        if query.isEmpty {
            run.standardInput()
        } else {
            let text = query.map(\.text).joined(separator: " ")
            run.sql(ShellWord(text, isStatic: query.allSatisfy(\.isStatic)))
        }
        return run.derivation
    }
}
