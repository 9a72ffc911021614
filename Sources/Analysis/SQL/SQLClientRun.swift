/// Collects what one run of a SQL client does from its sources of SQL (options, operands, files, stdin), in the
/// order the client reads them.
struct SQLClientRun {
    let command: CommandInvocation
    let via: String
    let dialect: SQLDialect
    private(set) var derivation = Derivation()

    init(_ command: CommandInvocation, via: String, dialect: SQLDialect) {
        self.command = command
        self.via = via
        self.dialect = dialect
    }

    /// SQL given as an argument (`-c SQL`, `-e SQL`): read when static, partly read when it has expansions,
    /// opaque when it is entirely an expansion.
    mutating func sql(_ word: ShellWord?) {
        guard let word else {
            derivation.opaqueReasons.append(OpaqueReason(.parseError, "\(via): an option lacks its SQL argument"))
            return
        }
        if word.isStatic {
            merge(SQLScriptReader.read(word.text, dialect: dialect, via: via))
        } else if let first = word.text.trimmingWhitespace.first, first == "$" || first == "`" {
            derivation.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(via) runs SQL known only at run time (`\(word.text)`)"))
        } else {
            merge(SQLScriptReader.readTemplate(word.text, dialect: dialect, via: via))
        }
    }

    /// A file of SQL the client runs (`-f FILE`); `-` is standard input.
    mutating func file(_ word: ShellWord?) {
        guard let word else { return }
        if word.text == "-" {
            standardInput()
        } else {
            derivation.opaqueReasons.append(
                OpaqueReason(.scriptFile, "\(via) runs the SQL in the file `\(word.text)`"))
        }
    }

    /// The SQL on the command's standard input, when it reads it.
    mutating func standardInput() {
        switch command.standardInput {
        case .inherited:
            break
        case .text(let text):
            merge(SQLScriptReader.read(text, dialect: dialect, via: via))
        case .template(let text):
            merge(SQLScriptReader.readTemplate(text, dialect: dialect, via: via))
        case .file(let path):
            derivation.opaqueReasons.append(
                OpaqueReason(.scriptFile, "\(via) runs the SQL in the file `\(path.text)` (standard input)"))
        case .dynamic(let source):
            derivation.opaqueReasons.append(
                OpaqueReason(.unknownCode, "\(via) runs SQL read from the output of `\(source)`"))
        }
    }

    /// A shell command the client runs (`--pager=CMD`, `-o '|CMD'`).
    mutating func shellCommand(_ word: ShellWord, label: String) {
        if word.isStatic {
            derivation.scripts.append(EmbeddedScript(word.text, wrapper: "\(via) \(label)"))
        } else {
            derivation.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(via) \(label) runs a command known only at run time (`\(word.text)`)"))
        }
    }

    /// A statement the client program itself stands for (`dropdb NAME` → `DROP DATABASE NAME`).
    mutating func statement(kind: String, objectType: String? = nil, targets: [ShellWord]) {
        let names = targets.map(\.text)
        let text = ([kind] + (objectType.map { [$0] } ?? []) + names).joined(separator: " ")
        derivation.actions.append(
            .sql(SQLStatement(kind: kind, objectType: objectType, targets: names, text: text, via: via)))
        for target in targets where !target.isStatic {
            derivation.opaqueReasons.append(
                OpaqueReason(.dynamicArgument, "\(via) acts on `\(target.text)`, known only at run time"))
        }
    }

    mutating func merge(_ other: Derivation) {
        derivation.actions.append(contentsOf: other.actions)
        derivation.commands.append(contentsOf: other.commands)
        derivation.scripts.append(contentsOf: other.scripts)
        derivation.opaqueReasons.append(contentsOf: other.opaqueReasons)
    }
}

extension SQLClientRun {
    /// Reads the SQL options (`sqlOptions`, each value one script) and script-file options (`fileOptions`) in
    /// order; when neither is given, the client reads standard input. Returns whether any was given.
    @discardableResult
    mutating func readScripts(
        _ arguments: ClientArguments, sqlOptions: Set<String>, fileOptions: Set<String>, readsStandardInput: Bool = true
    ) -> Bool {
        var readsScripts = false
        for option in arguments.options {
            if sqlOptions.contains(option.name) {
                readsScripts = true
                sql(option.value)
            } else if fileOptions.contains(option.name) {
                readsScripts = true
                file(option.value)
            }
        }
        if !readsScripts && readsStandardInput { standardInput() }
        return readsScripts
    }

    /// A client whose whole behaviour is SQL options, script-file options and standard input.
    static func simpleClient(
        _ command: CommandInvocation, skipping: Int, spec: ClientOptionSpec, via: String, dialect: SQLDialect,
        sqlOptions: Set<String>, fileOptions: Set<String>
    ) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(skipping), spec: spec)
        var run = SQLClientRun(command, via: via, dialect: dialect)
        run.readScripts(arguments, sqlOptions: sqlOptions, fileOptions: fileOptions)
        return run.derivation
    }
}
