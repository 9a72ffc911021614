/// One lexical unit of a SQL statement. Comments and white space are not tokens.
struct SQLToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A keyword or unquoted name: `DROP`, `users`, `public`.
        case word
        /// A quoted name: `"Users"`, `` `users` ``, `[users]` (text as written, quotes included).
        case quotedName
        /// A string constant; `text` is its value (quotes removed, escapes undone as far as the dialect says).
        case string
        case number
        /// An operator or punctuation character: `(`, `)`, `,`, `.`, `=`, `*`, …
        case punctuation
        /// A client or bind variable: `:name`, `:'name'`, `$1`, `?`, `@name`.
        case variable
    }

    var kind: Kind
    /// As written for names, words, numbers and punctuation; the value for strings.
    var text: String
    /// Upper-case text of a `.word`, empty otherwise: what keyword comparisons use.
    var keyword: String

    init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
        self.keyword = kind == .word ? text.uppercased() : ""
    }

    /// Whether this is punctuation `mark`.
    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }

    /// Whether this is a name (quoted or not): something a target can be made of.
    var isName: Bool { kind == .word || kind == .quotedName || kind == .variable }
}

/// What a SQL text holds, in order: statements for the server, and commands for the client program itself
/// (psql `\i file`, sqlite3 `.read file`, mysql `system cmd`).
enum SQLScriptItem: Hashable, Sendable {
    /// A statement: its tokens and its text (trimmed, without the terminator).
    case statement(tokens: [SQLToken], text: String)
    /// A client command: its name with its leader (`\i`, `.read`, `source`, `!!`) and the rest of its line.
    case clientCommand(name: String, argument: String)
}
