/// Turns SQL text given to a client into what it does: one `sql.exec` action per statement, shell commands the
/// client or the server runs (psql `\! cmd`, `COPY … PROGRAM`, sqlite3 `.shell`), and opaque reasons for what
/// cannot be read (`\i file`, `DO` blocks, dynamic SQL).
enum SQLScriptReader {
    /// What `text` does when `via` (a client of `dialect`) runs it.
    static func read(_ text: String, dialect: SQLDialect, via: String) -> Derivation {
        var derivation = Derivation()
        for item in SQLLexer.split(text, dialect: dialect) {
            switch item {
            case .statement(let tokens, let statementText):
                var classifier = SQLStatementClassifier(text: statementText, via: via, dialect: dialect)
                classifier.classify(tokens)
                derivation.actions.append(contentsOf: classifier.output.statements.map(Action.sql))
                derivation.scripts.append(contentsOf: classifier.output.scripts)
                derivation.opaqueReasons.append(contentsOf: classifier.output.opaqueReasons)
            case .clientCommand(let name, let argument):
                clientCommand(name, argument: argument, dialect: dialect, via: via, into: &derivation)
            }
        }
        return derivation
    }

    /// The statements of `text` for a client whose SQL is partly known: expansions (`$VAR`) make it dynamic.
    static func readTemplate(_ text: String, dialect: SQLDialect, via: String) -> Derivation {
        var derivation = read(text, dialect: dialect, via: via)
        derivation.opaqueReasons.append(
            OpaqueReason(.dynamicArgument, "the SQL given to \(via) contains expansions known only at run time"))
        return derivation
    }

    private static func clientCommand(
        _ name: String, argument: String, dialect: SQLDialect, via: String, into derivation: inout Derivation
    ) {
        let operand = unquoted(argument)
        switch (dialect, name.lowercased()) {
        case (.postgres, "\\!"), (.mysql, "\\!"), (.mysql, "system"), (.sqlite, ".shell"), (.sqlite, ".system"),
            (.transactSQL, "!!"), (.transactSQL, ":!!"):
            guard !argument.isEmpty else { return }
            derivation.scripts.append(EmbeddedScript(argument, wrapper: "\(via) \(name)"))
        case (.postgres, "\\i"), (.postgres, "\\ir"), (.postgres, "\\include"), (.postgres, "\\include_relative"),
            (.mysql, "\\."), (.mysql, "source"), (.transactSQL, ":r"):
            derivation.opaqueReasons.append(
                OpaqueReason(.scriptFile, "\(via) `\(name)` runs the SQL in the file `\(operand)`"))
        case (.postgres, "\\o"), (.postgres, "\\out"), (.postgres, "\\g"), (.postgres, "\\gx"), (.postgres, "\\w"),
            (.postgres, "\\write"), (.sqlite, ".once"), (.sqlite, ".output"), (.sqlite, ".import"),
            (.sqlite, ".excel"):
            if operand.hasPrefix("|") {
                derivation.scripts.append(EmbeddedScript(String(operand.dropFirst()), wrapper: "\(via) \(name)"))
            }
        case (.sqlite, ".read"):
            if operand.hasPrefix("|") {
                let command = String(operand.dropFirst())
                derivation.scripts.append(EmbeddedScript(command, wrapper: "\(via) \(name)"))
                derivation.opaqueReasons.append(
                    OpaqueReason(.unknownCode, "\(via) `.read` runs the SQL printed by `\(command)`"))
            } else {
                derivation.opaqueReasons.append(
                    OpaqueReason(.scriptFile, "\(via) `.read` runs the SQL in the file `\(operand)`"))
            }
        case (.sqlite, ".load"):
            derivation.opaqueReasons.append(
                OpaqueReason(.unknownCode, "\(via) `.load` loads the native extension `\(operand)`"))
        case (.postgres, "\\copy"):
            let copy = read("COPY " + argument, dialect: dialect, via: via)
            derivation.actions.append(contentsOf: copy.actions)
            derivation.scripts.append(contentsOf: copy.scripts)
            derivation.opaqueReasons.append(contentsOf: copy.opaqueReasons)
        case (.postgres, "\\|"):
            // cockroach sql: runs the command and reads its output as SQL.
            derivation.scripts.append(EmbeddedScript(argument, wrapper: "\(via) \\|"))
            derivation.opaqueReasons.append(
                OpaqueReason(.unknownCode, "\(via) `\\|` runs the SQL printed by `\(argument)`"))
        case (.postgres, "\\gexec"):
            derivation.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(via) `\\gexec` runs the query's results as SQL"))
        default:
            break
        }
    }

    /// `'file'` or `"file"` → `file`.
    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first else {
            return text
        }
        return String(text.dropFirst().dropLast())
    }
}
