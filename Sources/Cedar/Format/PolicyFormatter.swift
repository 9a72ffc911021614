/// Formats Cedar policy text exactly as `cedar format` (Rust `cedar-policy-formatter`) does: line width 80,
/// indentation 2, source parentheses and literals kept as written, and every comment kept.
public enum PolicyFormatter {
    /// The line width the layout aims for.
    static let lineWidth = 80

    /// `source` reformatted: policies separated by a blank line, each comment kept next to the token it was
    /// written beside, and comments after the last policy at the end.
    ///
    /// Throws the parse errors of `source` (located in `file` when given).
    public static func format(_ source: String, file: String? = nil) throws(Diagnostics) -> String {
        var parser = Parser(source: source, file: file)
        _ = parser.parsePolicies()
        try parser.finish()
        let tokens = Array(parser.tokens.dropLast())
        guard let policies = SyntaxTreeParser.parse(tokens) else {
            throw Diagnostics([
                Diagnostic("internal error: the formatter could not follow the structure of the policies")
            ])
        }
        var layout = PolicyLayout(comments: CommentedTokens(tokens: tokens, bytes: parser.bytes), bytes: parser.bytes)
        var out = policies.map { policy in
            BlankLineRemover.clean(LayoutRenderer.render(layout.policy(policy).finished, width: lineWidth))
        }.joined(separator: "\n\n")
        out += "\n"
        for line in layout.comments.endOfFile { out += line + "\n" }
        return out
    }
}
