/// Formats Cedar policy text into the canonical layout of `cedar format` (see `PolicyPrinter`).
public enum PolicyFormatter {
    /// `source` reformatted: policies separated by a blank line, comments before a policy and at the end of its
    /// last line kept in place.
    ///
    /// Throws the parse errors of `source`, and refuses (throws) rather than drop a comment written inside a
    /// policy, which this formatter cannot place yet.
    public static func format(_ source: String, file: String? = nil) throws(Diagnostics) -> String {
        var parser = Parser(source: source, file: file)
        let policies = parser.parsePolicies()
        try parser.finish()
        let comments = parser.comments
        let bytes = parser.bytes
        func text(_ range: Range<Int>) -> String {
            var slice = bytes[range]
            while let last = slice.last, last == 0x0A || last == 0x0D || last == 0x20 || last == 0x09 {
                slice = slice.dropLast()
            }
            return String(decoding: slice, as: UTF8.self)
        }
        func isOnSameLine(_ from: Int, _ to: Int) -> Bool { !bytes[from..<to].contains(0x0A) }

        var out: [String] = []
        var next = 0
        var problems: [Diagnostic] = []
        for policy in policies {
            guard let span = policy.span else { continue }
            var block: [String] = []
            while next < comments.count && comments[next].lowerBound < span.start.offset {
                block.append(text(comments[next]))
                next += 1
            }
            var printed = policy.description
            while next < comments.count && comments[next].lowerBound < span.end.offset {
                problems.append(
                    Diagnostic(
                        "cannot format a comment inside a policy without losing it",
                        at: parser.span(comments[next].lowerBound, comments[next].upperBound),
                        help: "move the comment before the policy or after its `;`"))
                next += 1
            }
            if next < comments.count && isOnSameLine(span.end.offset, comments[next].lowerBound) {
                printed += " " + text(comments[next])
                next += 1
            }
            block.append(printed)
            out.append(block.joined(separator: "\n"))
        }
        if next < comments.count {
            out.append(comments[next...].map { text($0) }.joined(separator: "\n"))
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return out.isEmpty ? "" : out.joined(separator: "\n\n") + "\n"
    }
}
