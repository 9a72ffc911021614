/// Reads what one SQL statement does: its kind, object type, targets and whether a `WHERE` restricts it, plus what
/// it runs beyond the database (`COPY … PROGRAM 'cmd'`) and what cannot be read (`DO` blocks, dynamic SQL).
struct SQLStatementClassifier {
    /// What classification found beyond the statements themselves.
    struct Output {
        var statements: [SQLStatement] = []
        var scripts: [EmbeddedScript] = []
        var opaqueReasons: [OpaqueReason] = []
    }

    let text: String
    let via: String
    let dialect: SQLDialect
    var output = Output()

    /// Deepest nesting of statements inside statements (`EXPLAIN ANALYZE WITH … AS (DELETE …)`, `EXEC('…')`).
    static let maximumDepth = 8

    private static let dataChanging: Set<String> = ["DELETE", "UPDATE", "INSERT", "MERGE", "REPLACE", "UPSERT"]
    private static let statementStarts: Set<String> = [
        "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "UPSERT", "WITH", "VALUES", "TABLE", "DROP",
        "TRUNCATE", "ALTER", "CREATE", "GRANT", "REVOKE", "COPY", "EXECUTE", "EXEC", "CALL", "DO",
    ]
    private static let objectTypes: Set<String> = [
        "TABLE", "DATABASE", "SCHEMA", "INDEX", "VIEW", "SEQUENCE", "FUNCTION", "PROCEDURE", "TRIGGER", "TYPE",
        "EXTENSION", "ROLE", "USER", "OWNED", "TABLESPACE", "DOMAIN", "POLICY", "RULE", "SERVER", "PUBLICATION",
        "SUBSCRIPTION", "EVENT", "AGGREGATE", "LANGUAGE", "OPERATOR", "CAST", "STATISTICS", "COLLATION",
        "CONVERSION", "GROUP", "KEYSPACE", "STAGE", "WAREHOUSE", "STREAM", "TASK", "PIPE", "DICTIONARY", "COLUMN",
        "CONSTRAINT", "LOGIN", "SYNONYM", "PACKAGE", "TRANSFORM", "ACCESS", "ROUTINE",
    ]
    private static let objectModifiers: Set<String> = [
        "TEMPORARY", "TEMP", "MATERIALIZED", "FOREIGN", "UNLOGGED", "UNIQUE", "OR", "REPLACE", "GLOBAL", "LOCAL",
        "RECURSIVE", "EXTERNAL", "TRANSIENT", "VOLATILE", "DATA", "WRAPPER", "SEARCH", "TEXT", "METHOD", "CLUSTERED",
        "NONCLUSTERED", "ALGORITHM", "DEFINER", "SQL", "SECURITY", "ONLINE", "OFFLINE", "FULLTEXT", "SPATIAL",
    ]
    /// Functions that run SQL given as a string: their string arguments are statements too.
    private static let sqlRunningFunctions: Set<String> = [
        "DBLINK", "DBLINK_EXEC", "DBLINK_SEND_QUERY", "QUERY_TO_XML", "QUERY_TO_XMLSCHEMA",
        "QUERY_TO_XML_AND_XMLSCHEMA", "SP_EXECUTESQL",
    ]

    init(text: String, via: String, dialect: SQLDialect) {
        self.text = text
        self.via = via
        self.dialect = dialect
    }

    /// Classifies the statement made of `tokens` (the whole statement, or the part from `start`).
    mutating func classify(_ tokens: [SQLToken], from start: Int = 0, depth: Int = 0, scansCalls: Bool = true) {
        guard depth <= Self.maximumDepth else {
            output.opaqueReasons.append(
                OpaqueReason(.limitExceeded, "SQL statements nested more than \(Self.maximumDepth) levels deep"))
            return
        }
        var cursor = SQLTokenCursor(tokens, at: start)
        while cursor.current?.isPunctuation("(") == true { cursor.advance() }
        guard let first = cursor.current else { return }
        if scansCalls { scanFunctionCalls(tokens, from: cursor.position, depth: depth) }
        if first.kind == .variable {
            output.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(via) runs a statement taken from the variable `\(first.text)`"))
            return
        }
        let kind = first.keyword
        cursor.advance()
        switch kind {
        case "WITH": classifyWith(cursor, depth: depth)
        case "EXPLAIN", "DESCRIBE", "DESC": classifyExplain(cursor, kind: kind, depth: depth)
        case "DROP": append(drop(&cursor))
        case "TRUNCATE":
            _ = cursor.skip("TABLE")
            cursor.skipIfExists()
            let targets = cursor.nameList(prefixes: ["ONLY"]) { inner in
                if inner.current?.isPunctuation("*") == true { inner.advance() }
            }
            append(SQLStatement(kind: kind, objectType: "TABLE", targets: targets, text: text, via: via))
        case "DELETE": append(delete(&cursor))
        case "UPDATE": append(update(&cursor))
        case "INSERT", "REPLACE", "UPSERT", "MERGE":
            cursor.skip(anyOf: ["IGNORE", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "OR", "ROLLBACK", "ABORT"])
            cursor.skip(anyOf: ["REPLACE", "FAIL", "IGNORE", "INTO", "OVERWRITE", "TABLE"])
            let target = cursor.qualifiedName()
            append(SQLStatement(kind: kind, targets: target.map { [$0] } ?? [], text: text, via: via))
        case "ALTER", "CREATE":
            cursor.skip(anyOf: Self.objectModifiers)
            let objectType = cursor.current.flatMap { Self.objectTypes.contains($0.keyword) ? $0.keyword : nil }
            if objectType != nil { cursor.advance() }
            cursor.skipIfExists()
            cursor.skip(anyOf: ["ONLY", "CONCURRENTLY"])
            let target = cursor.qualifiedName()
            append(
                SQLStatement(
                    kind: kind, objectType: objectType, targets: target.map { [$0] } ?? [], text: text, via: via))
        case "GRANT", "REVOKE": append(grant(cursor, kind: kind))
        case "COPY": copy(&cursor)
        case "DO":
            append(SQLStatement(kind: kind, text: text, via: via))
            output.opaqueReasons.append(
                OpaqueReason(.interpreterCode, "\(via) runs a procedural `DO` block Warden does not analyze"))
        case "PREPARE": prepare(&cursor, depth: depth)
        case "EXECUTE", "EXEC": execute(&cursor, kind: kind, depth: depth)
        default:
            append(SQLStatement(kind: kind.isEmpty ? first.text.uppercased() : kind, text: text, via: via))
        }
    }

    private mutating func append(_ statement: SQLStatement) { output.statements.append(statement) }

    // MARK: Statement forms

    private mutating func classifyWith(_ start: SQLTokenCursor, depth: Int) {
        var cursor = start
        _ = cursor.skip("RECURSIVE")
        while cursor.qualifiedName() != nil {
            if cursor.current?.isPunctuation("(") == true { cursor.skipGroup() }
            guard cursor.skip("AS") else { break }
            _ = cursor.skip("NOT")
            _ = cursor.skip("MATERIALIZED")
            guard cursor.current?.isPunctuation("(") == true else { break }
            let bodyStart = cursor.position + 1
            cursor.skipGroup()
            // A data-modifying CTE runs whatever the main statement is: classify its body too.
            let bodyKind = cursor.tokens[min(bodyStart, cursor.tokens.count - 1)].keyword
            if Self.dataChanging.contains(bodyKind) {
                let body = Array(cursor.tokens[bodyStart..<max(bodyStart, cursor.position - 1)])
                classify(body, depth: depth + 1, scansCalls: false)
            }
            guard cursor.current?.isPunctuation(",") == true else { break }
            cursor.advance()
        }
        if cursor.isAtEnd {
            append(SQLStatement(kind: "WITH", text: text, via: via))
        } else {
            classify(cursor.tokens, from: cursor.position, depth: depth + 1, scansCalls: false)
        }
    }

    private mutating func classifyExplain(_ start: SQLTokenCursor, kind: String, depth: Int) {
        var cursor = start
        var analyzes = false
        if cursor.current?.isPunctuation("(") == true {
            let groupStart = cursor.position
            cursor.skipGroup()
            for place in groupStart..<cursor.position
            where ["ANALYZE", "ANALYSE"].contains(cursor.tokens[place].keyword) {
                let next = place + 1 < cursor.tokens.count ? cursor.tokens[place + 1] : nil
                let off = ["FALSE", "OFF"].contains(next?.keyword ?? "") || next?.text == "0"
                if !off { analyzes = true }
            }
        }
        while let token = cursor.current, token.kind == .word, !Self.statementStarts.contains(token.keyword) {
            if token.keyword == "ANALYZE" || token.keyword == "ANALYSE" { analyzes = true }
            cursor.advance()
        }
        if analyzes, !cursor.isAtEnd {
            // EXPLAIN ANALYZE executes the statement it explains.
            classify(cursor.tokens, from: cursor.position, depth: depth + 1, scansCalls: false)
        } else {
            append(SQLStatement(kind: kind == "EXPLAIN" ? kind : "DESCRIBE", text: text, via: via))
        }
    }

    private func drop(_ cursor: inout SQLTokenCursor) -> SQLStatement {
        cursor.skip(anyOf: Self.objectModifiers)
        var objectType: String?
        if let token = cursor.current, Self.objectTypes.contains(token.keyword) {
            objectType = token.keyword
            cursor.advance()
            if objectType == "OWNED" { _ = cursor.skip("BY") }
        }
        cursor.skip(anyOf: ["CONCURRENTLY"])
        cursor.skipIfExists()
        let targets = cursor.nameList { inner in
            inner.skipGroup()
            if inner.skip("ON") { _ = inner.qualifiedName() }
        }
        return SQLStatement(kind: "DROP", objectType: objectType, targets: targets, text: text, via: via)
    }

    private func delete(_ cursor: inout SQLTokenCursor) -> SQLStatement {
        cursor.skip(anyOf: ["LOW_PRIORITY", "QUICK", "IGNORE", "TOP"])
        if cursor.current?.isPunctuation("(") == true { cursor.skipGroup() }
        var targets: [String] = []
        if cursor.skip("FROM") {
            _ = cursor.skip("ONLY")
            targets = cursor.qualifiedName().map { [$0] } ?? []
        } else {
            targets = cursor.nameList()
        }
        return SQLStatement(
            kind: "DELETE", targets: targets, hasWhereClause: hasRestrictingWhere(cursor), text: text, via: via)
    }

    private func update(_ cursor: inout SQLTokenCursor) -> SQLStatement {
        cursor.skip(anyOf: ["ONLY", "LOW_PRIORITY", "IGNORE", "OR", "ROLLBACK", "ABORT", "REPLACE", "FAIL"])
        if cursor.keyword == "TOP" {
            cursor.advance()
            cursor.skipGroup()
        }
        let targets = cursor.nameList { inner in
            if inner.keyword == "AS" { inner.advance() }
            if let token = inner.current, token.isName, token.keyword != "SET" { inner.advance() }
        }
        return SQLStatement(
            kind: "UPDATE", targets: targets, hasWhereClause: hasRestrictingWhere(cursor), text: text, via: via)
    }

    private func grant(_ start: SQLTokenCursor, kind: String) -> SQLStatement {
        var cursor = start
        guard let on = cursor.firstTopLevel(["ON"]) else {
            return SQLStatement(kind: kind, text: text, via: via)
        }
        cursor.position = on + 1
        var objectType: String?
        if Self.objectTypes.contains(cursor.keyword) {
            objectType = cursor.keyword
            cursor.advance()
        }
        return SQLStatement(kind: kind, objectType: objectType, targets: cursor.nameList(), text: text, via: via)
    }

    private mutating func copy(_ cursor: inout SQLTokenCursor) {
        let target = cursor.qualifiedName()
        append(SQLStatement(kind: "COPY", targets: target.map { [$0] } ?? [], text: text, via: via))
        guard let program = cursor.firstTopLevel(["PROGRAM"]) else { return }
        let next = program + 1 < cursor.tokens.count ? cursor.tokens[program + 1] : nil
        if let next, next.kind == .string {
            output.scripts.append(EmbeddedScript(next.text, wrapper: "\(via) COPY PROGRAM"))
        } else {
            output.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(via) `COPY … PROGRAM` runs a command that is not a literal string"))
        }
    }

    private mutating func prepare(_ cursor: inout SQLTokenCursor, depth: Int) {
        _ = cursor.qualifiedName()
        cursor.skipGroup()
        if cursor.skip("AS") {
            classify(cursor.tokens, from: cursor.position, depth: depth + 1, scansCalls: false)
        } else if cursor.skip("FROM") {
            runSQLString(cursor.current, depth: depth)
        } else {
            append(SQLStatement(kind: "PREPARE", text: text, via: via))
        }
    }

    private mutating func execute(_ cursor: inout SQLTokenCursor, kind: String, depth: Int) {
        _ = cursor.skip("IMMEDIATE")
        if cursor.current?.isPunctuation("(") == true || cursor.current?.kind == .string {
            // T-SQL `EXEC('…')`, `EXECUTE IMMEDIATE '…'`: the string is SQL.
            if cursor.current?.isPunctuation("(") == true { cursor.advance() }
            runSQLString(cursor.current, depth: depth)
            return
        }
        let procedure = cursor.qualifiedName()
        append(SQLStatement(kind: "EXECUTE", targets: procedure.map { [$0] } ?? [], text: text, via: via))
        guard let procedure else { return }
        let name = procedure.split(separator: ".").last.map { $0.uppercased() } ?? ""
        if name == "XP_CMDSHELL" {
            if let command = cursor.current, command.kind == .string {
                output.scripts.append(EmbeddedScript(command.text, wrapper: "\(via) xp_cmdshell"))
            } else {
                output.opaqueReasons.append(
                    OpaqueReason(.dynamicCode, "\(via) `xp_cmdshell` runs a command that is not a literal string"))
            }
        } else if name == "SP_EXECUTESQL" {
            _ = cursor.skip("N")
            runSQLString(cursor.current, depth: depth)
        }
    }

    /// `token` is SQL text the statement runs: classified when literal, opaque otherwise.
    private mutating func runSQLString(_ token: SQLToken?, depth: Int) {
        guard let token, token.kind == .string else {
            output.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(via) runs SQL built at run time (`\(token?.text ?? "")`)"))
            return
        }
        for item in SQLLexer.split(token.text, dialect: dialect) {
            guard case .statement(let tokens, _) = item else { continue }
            classify(tokens, depth: depth + 1)
        }
    }

    /// SQL-running functions anywhere in the statement: `SELECT dblink_exec('…', 'DROP TABLE t')`.
    private mutating func scanFunctionCalls(_ tokens: [SQLToken], from start: Int, depth: Int) {
        guard depth < Self.maximumDepth else { return }
        var place = start
        while place + 1 < tokens.count {
            defer { place += 1 }
            guard Self.sqlRunningFunctions.contains(tokens[place].keyword), tokens[place + 1].isPunctuation("(")
            else { continue }
            var argument = place + 2
            var sawLiteral = false
            while argument < tokens.count, !tokens[argument].isPunctuation(")") {
                let token = tokens[argument]
                if token.kind == .string {
                    let inner = SQLLexer.split(token.text, dialect: dialect)
                    if case .statement(let innerTokens, _) = inner.first,
                        Self.statementStarts.contains(innerTokens.first?.keyword ?? "")
                    {
                        sawLiteral = true
                        for item in inner {
                            if case .statement(let statementTokens, _) = item {
                                classify(statementTokens, depth: depth + 1)
                            }
                        }
                    }
                }
                argument += 1
            }
            if !sawLiteral {
                output.opaqueReasons.append(
                    OpaqueReason(.dynamicCode, "\(via) `\(tokens[place].text)` runs SQL that is not a literal string"))
            }
            place = argument
        }
    }

    // MARK: WHERE

    /// Whether a top-level `WHERE` follows and restricts rows (`WHERE 1=1`, `WHERE true`, `… OR 1=1` do not).
    private func hasRestrictingWhere(_ cursor: SQLTokenCursor) -> Bool {
        guard let wherePlace = cursor.firstTopLevel(["WHERE"]) else { return false }
        let condition = SQLTokenCursor(cursor.tokens, at: wherePlace + 1)
        let end = condition.firstTopLevel(["RETURNING", "ORDER", "LIMIT", "OUTPUT", "OPTION"]) ?? cursor.tokens.count
        let clause = cursor.tokens[(wherePlace + 1)..<end]
        let alwaysTrue = Self.topLevelSplit(clause, at: "OR").contains { term in
            Self.topLevelSplit(term, at: "AND").allSatisfy(Self.isAlwaysTrue)
        }
        return !alwaysTrue
    }

    /// `tokens` cut at each top-level occurrence of `keyword`.
    private static func topLevelSplit(_ tokens: ArraySlice<SQLToken>, at keyword: String) -> [ArraySlice<SQLToken>] {
        var parts: [ArraySlice<SQLToken>] = []
        var depth = 0
        var start = tokens.startIndex
        for place in tokens.indices {
            let token = tokens[place]
            if token.isPunctuation("(") { depth += 1 }
            if token.isPunctuation(")") { depth -= 1 }
            if depth == 0, token.keyword == keyword {
                parts.append(tokens[start..<place])
                start = place + 1
            }
        }
        parts.append(tokens[start..<tokens.endIndex])
        return parts
    }

    /// `TRUE`, `1`, `NOT FALSE`, `1=1`, `'a'='a'`, `id=id`: a condition every row meets.
    private static func isAlwaysTrue(_ tokens: ArraySlice<SQLToken>) -> Bool {
        let parts = Array(tokens.filter { !$0.isPunctuation("(") && !$0.isPunctuation(")") })
        if parts.count == 1 { return parts[0].keyword == "TRUE" || (parts[0].kind == .number && parts[0].text != "0") }
        if parts.count == 2 { return parts[0].keyword == "NOT" && parts[1].keyword == "FALSE" }
        if parts.count == 3, parts[1].isPunctuation("=") {
            let (left, right) = (parts[0], parts[2])
            return left.kind == right.kind && left.text == right.text && left.kind != .punctuation
        }
        return false
    }
}
