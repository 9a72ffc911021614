/// The languages whose one-liners Warden reads.
enum CodeLanguage: Hashable, Sendable {
    case python, javascript, ruby, perl, php, lua, awk

    /// `#` starts a comment to the end of the line.
    var hasHashComments: Bool { self == .python || self == .ruby || self == .perl || self == .php || self == .awk }
    /// `//` and `/* */` comments.
    var hasSlashComments: Bool { self == .javascript || self == .php }
    /// `$name` is one identifier (a variable).
    var hasSigils: Bool { self == .perl || self == .php || self == .ruby }
    /// Backticks run a shell command.
    var backticksRunCommands: Bool { self == .ruby || self == .perl || self == .php }
    /// `/…/` can be a regular expression literal.
    var hasRegexLiterals: Bool { self == .javascript || self == .ruby || self == .perl || self == .awk }
}

/// One lexical unit of interpreter code. Comments and white space are not tokens.
struct CodeToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case identifier
        /// A string literal; `text` is its value with escapes undone.
        case string
        case number
        /// A character or one of `::`, `->`, `=>`, `**`.
        case punctuation
        /// A shell command literal: Ruby, Perl and PHP backticks, Ruby `%x(…)`, Perl `qx(…)`; `text` is the command.
        case command
    }

    var kind: Kind
    var text: String
    /// For strings and commands: the literal interpolates values known only at run time (`f"{x}"`,
    /// `` `${x}` ``, `"#{x}"`, `"$x"`).
    var isInterpolated: Bool = false
    /// Whether a line break separates this token from the previous one.
    var startsLine: Bool = false

    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}
