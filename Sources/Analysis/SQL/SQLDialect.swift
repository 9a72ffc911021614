/// The lexical rules of the SQL a client sends: what is a string, a comment, a quoted name, a client command.
/// Getting them right matters: `'a\'; DROP TABLE t; --'` is one string for MySQL but a string and a DROP for
/// PostgreSQL.
enum SQLDialect: Sendable {
    /// PostgreSQL and psql: nested block comments, `E'…'` escapes, dollar quoting, `\` meta-commands, `;` inside
    /// parentheses does not end a statement. Also CockroachDB and DuckDB.
    case postgres
    /// MySQL, MariaDB and the mysql client: backslash escapes in strings, `"…"` strings, `#` comments, `/*! … */`
    /// executable comments, `DELIMITER`, `system`, `source`.
    case mysql
    /// SQLite and the sqlite3 shell: dot-commands at the start of a line, `[…]` quoted names.
    case sqlite
    /// SQL Server (sqlcmd): `[…]` quoted names, nested comments, `GO` lines, statements without separators.
    case transactSQL
    /// Any other client: standard strings, non-nested comments.
    case generic

    var nestsBlockComments: Bool { self == .postgres || self == .transactSQL }
    var hasBackslashEscapes: Bool { self == .mysql }
    var hasDollarQuotes: Bool { self == .postgres }
    var doubleQuoteIsString: Bool { self == .mysql }
    var hasBracketNames: Bool { self == .sqlite || self == .transactSQL }
}
