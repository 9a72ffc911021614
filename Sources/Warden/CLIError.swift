import Cedar

/// An error the CLI prints as one clear message (no stack trace) before exiting non-zero.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

extension CLIError {
    /// At most this many problems are listed from one file: past the first few, a damaged file's errors are
    /// mostly echoes of the first.
    static let shownLimit = 10

    /// Any error from the Cedar library, rendered with a caret when it carries a source position. Problems
    /// that carry no file name are attributed to `file`, so every message says which file it is about.
    init(_ error: any Error, source: String, file: String? = nil) {
        switch error {
        case let diagnostics as Diagnostics:
            let shown = diagnostics.items.prefix(Self.shownLimit).map {
                Self.attributed($0, to: file).rendered(source: source)
            }
            let more = diagnostics.items.count - shown.count
            self.init((shown + (more > 0 ? ["… and \(more) more error(s)"] : [])).joined(separator: "\n"))
        case let diagnostic as Diagnostic:
            self.init(Self.attributed(diagnostic, to: file).rendered(source: source))
        case let error as CLIError: self = error
        default: self.init(file.map { "\($0): \(error)" } ?? "\(error)")
        }
    }

    /// `diagnostic` with `file` as its file when it names none; without a position, `file` leads its message.
    private static func attributed(_ diagnostic: Diagnostic, to file: String?) -> Diagnostic {
        guard let file, file != "-" || diagnostic.span != nil else { return diagnostic }
        var diagnostic = diagnostic
        if var span = diagnostic.span {
            if span.file == nil { span.file = file }
            diagnostic.span = span
        } else {
            diagnostic.message = "\(file): \(diagnostic.message)"
        }
        return diagnostic
    }

    /// The messages of `error` without their `error:` prefixes, for use inside a longer sentence.
    static func messages(of error: any Error) -> String {
        switch error {
        case let diagnostics as Diagnostics: diagnostics.items.map(message(of:)).joined(separator: "; ")
        case let diagnostic as Diagnostic: message(of: diagnostic)
        default: "\(error)"
        }
    }

    private static func message(of diagnostic: Diagnostic) -> String {
        diagnostic.message + (diagnostic.help.map { " (\($0))" } ?? "")
    }
}
