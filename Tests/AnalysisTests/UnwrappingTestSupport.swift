@testable import Analysis

/// A command as the shell parser would give it: each string a word; a word containing `$` is dynamic.
func invocation(
    _ words: [String], stdin: StandardInput = .inherited, assignments: [ShellAssignment] = [],
    wrappers: [String] = []
) -> CommandInvocation {
    CommandInvocation(
        words: words.map { ShellWord($0, isStatic: !$0.contains("$")) }, assignments: assignments,
        standardInput: stdin, wrappers: wrappers, source: words.joined(separator: " "))
}

/// What `CommandUnwrapping` derives from the command with these words.
func unwrap(_ words: String..., stdin: StandardInput = .inherited) -> Derivation? {
    CommandUnwrapping.derive(invocation(words, stdin: stdin))
}

extension Derivation {
    /// The inner commands' argv texts.
    var argvs: [[String]] { commands.map { $0.words.map(\.text) } }
    /// The first inner command's argv.
    var argv: [String] { argvs.first ?? [] }
    var scriptTexts: [String] { scripts.map(\.text) }
    var opaqueKinds: [OpaqueReason.Kind] { opaqueReasons.map(\.kind) }
    var wrapperLabels: [[String]] { commands.map(\.wrappers) }
}

/// What `CommandUnwrapping` derives when every word is static (single-quoted in the source, `'$1'`), the
/// argument vector given as an array; a word starting with `@` is dynamic without it (`@$DIR` → `$DIR`).
func unwrapQuoted(_ words: [String]) -> Derivation? {
    let shellWords = words.map { word in
        word.hasPrefix("@") ? ShellWord(String(word.dropFirst()), isStatic: false) : ShellWord(word)
    }
    return CommandUnwrapping.derive(CommandInvocation(words: shellWords, source: words.joined(separator: " ")))
}
