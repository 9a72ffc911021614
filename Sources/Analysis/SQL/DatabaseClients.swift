/// SQL given to psql, mysql, sqlite3 and similar clients by flag, stdin or heredoc.
///
/// Each statement becomes a `sql.exec` action (`SQLStatement`); client commands that run shell text (psql `\!`,
/// sqlite3 `.shell`, `COPY … PROGRAM`) become embedded scripts; SQL Warden cannot see (a file, a pipe from another
/// program, a variable) is opaque. A client started with no SQL at all is interactive and derives nothing.
public enum DatabaseClients {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? {
        // Most commands are no database client: a few byte tests turn them away before the string switch.
        guard names.mayContain(command.program) else { return nil }
        return switch command.program {
        case "psql": PostgresClients.psql(command)
        case "cockroach": PostgresClients.cockroach(command)
        case "dropdb": PostgresClients.drop(command, objectType: "DATABASE")
        case "dropuser": PostgresClients.drop(command, objectType: "ROLE")
        case "mysql", "mariadb": MySQLClients.mysql(command)
        case "mysqladmin", "mariadb-admin": MySQLClients.admin(command)
        case "sqlite3", "sqlite": EmbeddedDatabaseClients.sqlite(command)
        case "duckdb": EmbeddedDatabaseClients.duckdb(command)
        case "clickhouse-client": ServiceDatabaseClients.clickhouse(command, skipping: 1)
        case "clickhouse":
            command.words.count > 1 && command.words[1].text == "client"
                ? ServiceDatabaseClients.clickhouse(command, skipping: 2) : nil
        case "sqlcmd": ServiceDatabaseClients.sqlcmd(command)
        case "snowsql": ServiceDatabaseClients.snowsql(command)
        case "bq": ServiceDatabaseClients.bigQuery(command)
        default: nil
        }
    }

    private static let names = ProgramNameFilter([
        "psql", "cockroach", "dropdb", "dropuser", "mysql", "mariadb", "mysqladmin", "mariadb-admin", "sqlite3",
        "sqlite", "duckdb", "clickhouse-client", "clickhouse", "sqlcmd", "snowsql", "bq",
    ])
}
