/// Collects what one interpreter run does from its code sources (`-c`/`-e` arguments, a script file, standard
/// input) and in-place edits.
struct InterpreterRun {
    let command: CommandInvocation
    let language: CodeLanguage
    let via: String
    private(set) var derivation = Derivation()

    init(_ command: CommandInvocation, language: CodeLanguage, via: String) {
        self.command = command
        self.language = language
        self.via = via
    }

    /// Code given as an argument: read when static; when it has expansions, its known text is read and the run is
    /// opaque (the values become code).
    mutating func code(_ word: ShellWord?) {
        guard let word else { return }
        read(word.text)
        if !word.isStatic {
            opaque(.dynamicCode, "\(via) runs code built at run time (`\(String(word.text.prefix(120)))`)")
        }
    }

    /// Several code arguments that form one program (`ruby -e A -e B`, `perl -e A -e B`).
    mutating func code(_ words: [ShellWord]) {
        guard !words.isEmpty else { return }
        code(ShellWord(words.map(\.text).joined(separator: "\n"), isStatic: words.allSatisfy(\.isStatic)))
    }

    mutating func scriptFile(_ word: ShellWord) {
        opaque(.scriptFile, "\(via) runs the script `\(word.text)`, whose content Warden does not see")
    }

    /// The code on standard input (no code argument, no script, or the script `-`).
    mutating func standardInput() {
        switch command.standardInput {
        case .inherited:
            break
        case .text(let text):
            read(text)
        case .template(let text):
            read(text)
            opaque(.dynamicCode, "the \(via) code on standard input contains expansions known only at run time")
        case .file(let path):
            opaque(.scriptFile, "\(via) runs the script `\(path.text)` (standard input)")
        case .dynamic(let source):
            opaque(.unknownCode, "\(via) runs code read from the output of `\(source)`")
        }
    }

    /// `perl -i`, `ruby -i`: the operand files are rewritten in place.
    mutating func inPlaceEdits(_ files: some Sequence<ShellWord>) {
        for file in files {
            derivation.actions.append(
                .fileWrite(FileAccess(path: file.text, isStatic: file.isStatic && !file.hasGlob, via: "\(via) -i")))
        }
    }

    mutating func opaque(_ kind: OpaqueReason.Kind, _ message: String) {
        derivation.opaqueReasons.append(OpaqueReason(kind, message))
    }

    private mutating func read(_ code: String) {
        var reader = CodeReader(language: language, via: via, command: command)
        reader.read(code)
        derivation.actions.append(contentsOf: reader.derivation.actions)
        derivation.commands.append(contentsOf: reader.derivation.commands)
        derivation.scripts.append(contentsOf: reader.derivation.scripts)
        derivation.opaqueReasons.append(contentsOf: reader.derivation.opaqueReasons)
    }
}
