@testable import Analysis

/// A command as the shell parser would hand it over: static words unless given as `ShellWord`s.
func clientInvocation(_ words: String..., stdin: StandardInput = .inherited) -> CommandInvocation {
    CommandInvocation(words: words.map { ShellWord($0) }, standardInput: stdin, source: words.joined(separator: " "))
}

func clientInvocation(words: [ShellWord], stdin: StandardInput = .inherited) -> CommandInvocation {
    CommandInvocation(words: words, standardInput: stdin, source: words.map(\.text).joined(separator: " "))
}

extension Derivation {
    /// The SQL statements among the actions.
    var sqlStatements: [SQLStatement] {
        actions.compactMap { if case .sql(let statement) = $0 { statement } else { nil } }
    }

    /// The data store commands among the actions.
    var datastoreCommands: [DatastoreCommand] {
        actions.compactMap { if case .datastore(let command) = $0 { command } else { nil } }
    }

}

/// The statements `text` holds for a client of `dialect`.
func sqlStatements(_ text: String, dialect: SQLDialect = .postgres) -> [SQLStatement] {
    SQLScriptReader.read(text, dialect: dialect, via: "test").sqlStatements
}
