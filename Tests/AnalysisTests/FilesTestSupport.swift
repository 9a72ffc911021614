@testable import Analysis

/// A command as the shell parser would hand it over: each string is one word after quote removal; a word with
/// `$` or a backquote is dynamic (its text is its source).
func invocation(
    _ words: String..., input: StandardInput = .inherited, redirections: [Redirection] = []
) -> CommandInvocation {
    CommandInvocation(
        words: words.map { ShellWord($0, isStatic: !($0.contains("$") || $0.contains("`"))) },
        redirections: redirections, standardInput: input, source: words.joined(separator: " "))
}

extension Derivation {
    var reads: [FileAccess] {
        actions.compactMap { if case .fileRead(let access) = $0 { access } else { nil } }
    }
    var writes: [FileAccess] {
        actions.compactMap { if case .fileWrite(let access) = $0 { access } else { nil } }
    }
    var deletes: [FileAccess] {
        actions.compactMap { if case .fileDelete(let access) = $0 { access } else { nil } }
    }
    var requests: [HTTPRequest] {
        actions.compactMap { if case .http(let request) = $0 { request } else { nil } }
    }
    var readPaths: [String] { reads.map(\.path) }
    var writePaths: [String] { writes.map(\.path) }
    var deletePaths: [String] { deletes.map(\.path) }
}

/// File effects of `words`, or an empty derivation when the program is not one FileEffects knows.
func fileEffects(_ words: String..., input: StandardInput = .inherited) -> Derivation {
    let command = CommandInvocation(
        words: words.map { ShellWord($0, isStatic: !($0.contains("$") || $0.contains("`"))) }, standardInput: input)
    return FileEffects.derive(command) ?? Derivation()
}

/// HTTP requests of `words`, or an empty derivation when the program is not an HTTP client.
func httpEffects(_ words: String..., input: StandardInput = .inherited) -> Derivation {
    let command = CommandInvocation(
        words: words.map { ShellWord($0, isStatic: !($0.contains("$") || $0.contains("`"))) }, standardInput: input)
    return HTTPClients.derive(command) ?? Derivation()
}
