@testable import Analysis

/// A word as the shell parser would hand it over: dynamic (its text is its source) when it has a parameter
/// expansion or substitution (`$NAME`, `${…}`, `$(…)`, `$@`, a backquote); `$1` and `$!` are taken as text
/// quoted for awk and sed.
func word(_ text: String) -> ShellWord {
    let characters = Array(text)
    var isStatic = !text.contains("`")
    for (index, character) in characters.enumerated() where character == "$" && index + 1 < characters.count {
        let next = characters[index + 1]
        if next.isLetter || next == "_" || next == "{" || next == "(" || next == "@" { isStatic = false }
    }
    return ShellWord(text, isStatic: isStatic)
}

/// A command as the shell parser would hand it over: each string is one word after quote removal.
func invocation(
    _ words: String..., input: StandardInput = .inherited, redirections: [Redirection] = []
) -> CommandInvocation {
    CommandInvocation(
        words: words.map(word),
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
        words: words.map(word), standardInput: input)
    return FileEffects.derive(command) ?? Derivation()
}

/// HTTP requests of `words`, or an empty derivation when the program is not an HTTP client.
func httpEffects(_ words: String..., input: StandardInput = .inherited) -> Derivation {
    let command = CommandInvocation(
        words: words.map(word), standardInput: input)
    return HTTPClients.derive(command) ?? Derivation()
}
