/// A problem found in a policy, schema, entity or request document, with where it is and what to do.
///
/// `rendered(source:)` prints the familiar compiler form:
/// ```
/// policies.cedar:3:14: error: expected `;` after the policy
///     permit(principal, action, resource)
///                                        ^
/// ```
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is, when it has a place in a source text.
    public var span: SourceSpan?
    /// One sentence: what is wrong and, where possible, what was expected.
    public var message: String
    /// An optional suggestion for fixing the problem.
    public var help: String?

    /// A diagnostic saying `message`, with no location or help by default.
    public init(_ message: String, at span: SourceSpan? = nil, help: String? = nil) {
        self.message = message
        self.span = span
        self.help = help
    }

    public var description: String {
        let place = span.map { "\($0): " } ?? ""
        return "\(place)error: \(message)" + (help.map { "\nhelp: \($0)" } ?? "")
    }

    /// The description followed by the offending source line and a caret under the column.
    ///
    /// Long lines are shown as a window of at most `Self.excerptWidth` characters around the column, and tabs
    /// before the column are repeated under it so the caret lines up in a terminal.
    public func rendered(source: String) -> String {
        guard let span else { return description }
        // Lines end at `\n`, as positions count them; `\r\n` is one Character in Swift, so match it too.
        let lines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        guard span.start.line >= 1, span.start.line <= lines.count else { return description }
        let scalars = Array(lines[span.start.line - 1].unicodeScalars.filter { $0 != "\r" })
        let column = min(max(0, span.start.column - 1), scalars.count)
        let start = max(0, min(column - Self.excerptWidth / 2, scalars.count - Self.excerptWidth))
        let end = min(scalars.count, start + Self.excerptWidth)
        var excerpt = String(String.UnicodeScalarView(scalars[start..<end]))
        if start > 0 { excerpt = "…" + excerpt }
        if end < scalars.count { excerpt += "…" }
        let padding = (start > 0 ? " " : "") + String(scalars[start..<column].map { $0 == "\t" ? "\t" : " " })
        var out = "\(place(span)): error: \(message)\n    \(excerpt)\n    \(padding)^"
        if let help { out += "\nhelp: \(help)" }
        return out
    }

    /// The most characters of a source line an error shows.
    public static let excerptWidth = 120

    private func place(_ span: SourceSpan) -> String { span.description }
}

/// One or more diagnostics from a single operation (a parse, a validation, a document load).
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, in the order they were found (source order for parses).
    public var items: [Diagnostic]

    /// The collection of `items`.
    public init(_ items: [Diagnostic]) { self.items = items }

    public var description: String { items.map(\.description).joined(separator: "\n") }

    /// Every diagnostic rendered against `source`, as `Diagnostic.rendered(source:)` does.
    public func rendered(source: String) -> String {
        items.map { $0.rendered(source: source) }.joined(separator: "\n")
    }
}
