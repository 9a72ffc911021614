import Cedar

/// An error the CLI prints as one clear message (no stack trace) before exiting non-zero.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }

    /// Diagnostics from `source`, each with its line and a caret.
    private init(_ diagnostics: Diagnostics, source: String) {
        self.description = diagnostics.rendered(source: source)
    }

    private init(_ diagnostic: Diagnostic, source: String) {
        self.description = diagnostic.rendered(source: source)
    }
}

extension CLIError {
    /// Any error from the Cedar library, rendered with a caret when it carries a source position.
    init(_ error: any Error, source: String) {
        switch error {
        case let diagnostics as Diagnostics: self.init(diagnostics, source: source)
        case let diagnostic as Diagnostic: self.init(diagnostic, source: source)
        case let error as CLIError: self = error
        default: self.init("\(error)")
        }
    }
}
