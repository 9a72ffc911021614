import Testing

@testable import Analysis

@Suite struct SQLClientTests {
    private func derive(_ command: CommandInvocation) -> Derivation {
        DatabaseClients.derive(command) ?? Derivation(opaqueReasons: [OpaqueReason(.parseError, "not a client")])
    }

    @Test func ignoresOtherPrograms() {
        #expect(DatabaseClients.derive(clientInvocation("echo", "DROP TABLE x")) == nil)
        #expect(DatabaseClients.derive(clientInvocation("cockroach", "start")) == nil)
        #expect(DatabaseClients.derive(clientInvocation("bq", "ls")) == nil)
    }

    @Test func psqlCommandsInOrder() {
        let derivation = derive(
            clientInvocation(
                "/usr/bin/psql", "-h", "db.internal", "-U", "app", "-p", "5432", "-c", "SELECT 1", "proddb",
                "--command=DROP TABLE users", "-X"))
        #expect(derivation.sqlStatements.map(\.kind) == ["SELECT", "DROP"])
        #expect(derivation.sqlStatements.map(\.via) == ["psql", "psql"])
        #expect(derivation.opaqueReasons.isEmpty)
    }

    @Test func psqlOptionValuesAreNotSQL() {
        // `-d 'DROP TABLE x'` is a database name, `-v` a variable: no statements.
        let derivation = derive(clientInvocation("psql", "-d", "DROP TABLE x", "-v", "ON_ERROR_STOP=1", "-l"))
        #expect(derivation.isEmpty)
    }

    @Test func psqlAttachedCommand() {
        #expect(derive(clientInvocation("psql", "-cTRUNCATE logs")).sqlStatements.map(\.kind) == ["TRUNCATE"])
    }

    @Test func psqlFileIsOpaqueUnlessStandardInput() {
        #expect(derive(clientInvocation("psql", "-f", "migrate.sql")).opaqueKinds == [.scriptFile])
        #expect(derive(clientInvocation("psql", "--file=migrate.sql")).opaqueKinds == [.scriptFile])
        let stdin = derive(clientInvocation("psql", "-f", "-", stdin: .text("DROP SCHEMA app CASCADE")))
        #expect(stdin.sqlStatements.map(\.objectType) == ["SCHEMA"])
    }

    @Test func psqlReadsStandardInput() {
        let echoed = derive(clientInvocation("psql", "prod", stdin: .text("DROP TABLE users;\n")))
        #expect(echoed.sqlStatements.map(\.kind) == ["DROP"])
        #expect(echoed.sqlStatements.first?.targets == ["users"])
        let heredoc = derive(
            clientInvocation("psql", stdin: .text("BEGIN;\nDELETE FROM sessions;\nCOMMIT;\n")))
        #expect(heredoc.sqlStatements.map(\.kind) == ["BEGIN", "DELETE", "COMMIT"])
        #expect(heredoc.sqlStatements[1].hasWhereClause == false)
    }

    @Test func psqlIgnoresStandardInputWhenGivenCommands() {
        let derivation = derive(clientInvocation("psql", "-c", "SELECT 1", stdin: .text("DROP TABLE x")))
        #expect(derivation.sqlStatements.map(\.kind) == ["SELECT"])
    }

    @Test func psqlTemplateInputIsReadAndMarkedDynamic() {
        let derivation = derive(clientInvocation("psql", stdin: .template("DELETE FROM $TABLE;\nDROP TABLE t;")))
        #expect(derivation.sqlStatements.map(\.kind) == ["DELETE", "DROP"])
        #expect(derivation.opaqueKinds.contains(.dynamicArgument))
    }

    @Test func psqlInputFromFilesAndPipesIsOpaque() {
        #expect(derive(clientInvocation("psql", stdin: .file(ShellWord("dump.sql")))).opaqueKinds == [.scriptFile])
        #expect(derive(clientInvocation("psql", stdin: .dynamic(source: "pg_dump"))).opaqueKinds == [.unknownCode])
    }

    @Test func interactivePsqlDoesNothing() {
        #expect(derive(clientInvocation("psql", "postgres://u@h/db")).isEmpty)
    }

    @Test func dynamicSQLArguments() {
        let whole = derive(
            clientInvocation(words: [ShellWord("psql"), ShellWord("-c"), ShellWord("$SQL", isStatic: false)]))
        #expect(whole.opaqueKinds == [.dynamicCode])
        #expect(whole.sqlStatements.isEmpty)
        let partial = derive(
            clientInvocation(words: [
                ShellWord("psql"), ShellWord("-c"), ShellWord("DELETE FROM users WHERE id = $ID", isStatic: false),
            ]))
        #expect(partial.sqlStatements.map(\.kind) == ["DELETE"])
        #expect(partial.opaqueKinds == [.dynamicArgument])
    }

    @Test func psqlOutputPipeRunsACommand() {
        let derivation = derive(clientInvocation("psql", "-o", "|sh", "-c", "SELECT 'rm -rf /'"))
        #expect(derivation.scripts.map(\.text) == ["sh"])
    }

    @Test func mysqlExecute() {
        let derivation = derive(clientInvocation("mysql", "-uroot", "-psecret", "-eDROP DATABASE prod"))
        #expect(derivation.sqlStatements.map(\.kind) == ["DROP"])
        #expect(derivation.sqlStatements.first?.objectType == "DATABASE")
        #expect(derivation.sqlStatements.first?.targets == ["prod"])
        #expect(derivation.sqlStatements.first?.via == "mysql")
    }

    @Test func mysqlPasswordPromptDoesNotSwallowTheDatabase() {
        let derivation = derive(
            clientInvocation("mariadb", "-p", "--password", "shop", "--execute", "TRUNCATE orders"))
        #expect(derivation.sqlStatements.map(\.kind) == ["TRUNCATE"])
        #expect(derivation.sqlStatements.first?.via == "mariadb")
    }

    @Test func mysqlStandardInputAndInitCommand() {
        let derivation = derive(
            clientInvocation(
                "mysql", "--init-command=SET sql_safe_updates=0", "shop", stdin: .text("DELETE FROM carts")))
        #expect(derivation.sqlStatements.map(\.kind) == ["SET", "DELETE"])
        #expect(
            derive(clientInvocation("mysql", "shop", stdin: .file(ShellWord("dump.sql")))).opaqueKinds == [.scriptFile])
    }

    @Test func sqliteOperandsAreSQL() {
        let derivation = derive(clientInvocation("sqlite3", "-header", "app.db", "DELETE FROM users", ".tables"))
        #expect(derivation.sqlStatements.map(\.kind) == ["DELETE"])
        #expect(derivation.sqlStatements.first?.via == "sqlite3")
        let stdin = derive(clientInvocation("sqlite3", "app.db", stdin: .text(".shell rm -rf ~\nDROP TABLE t;")))
        #expect(stdin.scripts.map(\.text) == ["rm -rf ~"])
        #expect(stdin.sqlStatements.map(\.kind) == ["DROP"])
    }

    @Test func sqliteOptionsWithValues() {
        let derivation = derive(
            clientInvocation("sqlite3", "-separator", "DROP TABLE x", "-init", "setup.sql", "-cmd", ".read x.sql", "db")
        )
        #expect(derivation.sqlStatements.isEmpty)
        #expect(derivation.opaqueKinds == [.scriptFile, .scriptFile])
    }

    @Test func duckdbCommand() {
        let derivation = derive(clientInvocation("duckdb", "warehouse.db", "-c", "DROP TABLE events"))
        #expect(derivation.sqlStatements.map(\.targets) == [["events"]])
    }

    @Test func cockroachExecute() {
        let derivation = derive(
            clientInvocation("cockroach", "sql", "--url", "postgresql://root@x:26257", "-e", "DROP DATABASE bank"))
        #expect(derivation.sqlStatements.map(\.objectType) == ["DATABASE"])
        #expect(derivation.sqlStatements.first?.via == "cockroach sql")
    }

    @Test func clickhouseQuery() {
        let client = derive(clientInvocation("clickhouse-client", "-h", "ch", "--query", "TRUNCATE TABLE hits"))
        #expect(client.sqlStatements.map(\.kind) == ["TRUNCATE"])
        let subcommand = derive(clientInvocation("clickhouse", "client", "-q", "DROP TABLE hits"))
        #expect(subcommand.sqlStatements.map(\.kind) == ["DROP"])
    }

    @Test func sqlcmdQuery() {
        let derivation = derive(
            clientInvocation("sqlcmd", "-S", "db", "-U", "sa", "-P", "pw", "-Q", "DROP DATABASE Sales"))
        #expect(derivation.sqlStatements.map(\.objectType) == ["DATABASE"])
        #expect(derive(clientInvocation("sqlcmd", "-i", "x.sql")).opaqueKinds == [.scriptFile])
    }

    @Test func snowsqlQuery() {
        let derivation = derive(clientInvocation("snowsql", "-c", "prod", "-q", "DROP WAREHOUSE etl"))
        #expect(derivation.sqlStatements.map(\.objectType) == ["WAREHOUSE"])
    }

    @Test func bigQuery() {
        let derivation = derive(
            clientInvocation(
                "bq", "--project_id", "p", "query", "--use_legacy_sql=false", "DELETE FROM ds.t WHERE true"))
        #expect(derivation.sqlStatements.map(\.kind) == ["DELETE"])
        #expect(derivation.sqlStatements.first?.hasWhereClause == false)
        #expect(derivation.sqlStatements.first?.targets == ["ds.t"])
    }

    @Test func dropProgramsStandForStatements() {
        let dropdb = derive(clientInvocation("dropdb", "-h", "prod", "--if-exists", "-U", "admin", "shop"))
        #expect(
            dropdb.sqlStatements == [
                SQLStatement(
                    kind: "DROP", objectType: "DATABASE", targets: ["shop"], text: "DROP DATABASE shop", via: "dropdb")
            ])
        #expect(derive(clientInvocation("dropuser", "alice")).sqlStatements.map(\.objectType) == ["ROLE"])
        let admin = derive(clientInvocation("mysqladmin", "-uroot", "-pX", "-f", "drop", "shop"))
        #expect(admin.sqlStatements.map(\.targets) == [["shop"]])
        #expect(admin.sqlStatements.map(\.objectType) == ["DATABASE"])
        let dynamic = derive(clientInvocation(words: [ShellWord("dropdb"), ShellWord("$DB", isStatic: false)]))
        #expect(dynamic.opaqueKinds == [.dynamicArgument])
    }

    @Test func mysqladminNeverCopiesPasswords() {
        let derivation = derive(clientInvocation("mysqladmin", "-uroot", "password", "hunter2"))
        #expect(!"\(derivation)".contains("hunter2"))
    }
}
