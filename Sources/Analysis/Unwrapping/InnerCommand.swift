extension CommandInvocation {
    /// The command `self` runs with argv `words`, found under the wrapper `label`: it inherits the environment
    /// assignments and standard input, not the wrapper's redirections (the walk already saw those).
    func inner(_ words: [ShellWord], label: String, assignments: [ShellAssignment]? = nil) -> CommandInvocation {
        CommandInvocation(
            words: words, assignments: assignments ?? self.assignments, standardInput: standardInput,
            wrappers: wrappers + [label], source: source, isConditional: isConditional)
    }

    /// The command text for messages: the source when known, otherwise the words.
    var quoted: String {
        let text = source.isEmpty ? words.map(\.text).joined(separator: " ") : source
        return text.count > 120 ? String(text.prefix(117)) + "…" : text
    }
}

extension Derivation {
    /// A derivation that only says the command could not be analyzed.
    static func opaque(_ kind: OpaqueReason.Kind, _ message: String) -> Derivation {
        Derivation(opaqueReasons: [OpaqueReason(kind, message)])
    }

    /// The wrapper runs `command`.
    static func running(_ command: CommandInvocation) -> Derivation { Derivation(commands: [command]) }

    /// The wrapper runs shell text.
    static func script(_ text: String, wrapper: String) -> Derivation {
        Derivation(scripts: [EmbeddedScript(text, wrapper: wrapper)])
    }

    /// The wrapper runs nothing (`command -v git`, `env` alone, `nice` alone).
    static let nothing = Derivation()
}

/// Messages about wrappers, worded once.
enum UnwrapMessage {
    static func unknownOption(_ option: String, of program: String, in command: CommandInvocation) -> OpaqueReason {
        OpaqueReason(
            .unknownWrapper,
            "`\(program)` option `\(option)` is not understood, so the command it runs is unknown (`\(command.quoted)`)"
        )
    }

    static func missingCommand(_ program: String, in command: CommandInvocation) -> OpaqueReason {
        OpaqueReason(.unknownWrapper, "`\(program)` is given no command to run (`\(command.quoted)`)")
    }

    static func dynamicCode(_ text: String, in program: String) -> OpaqueReason {
        OpaqueReason(.dynamicCode, "`\(program)` runs code built at run time: `\(text)`")
    }
}

extension [ShellWord] {
    /// The words joined with spaces, as `eval`, `watch` and `ssh` join their arguments before the shell parses them.
    var joinedText: String { map(\.text).joined(separator: " ") }

    var allStatic: Bool { allSatisfy(\.isStatic) }
}
