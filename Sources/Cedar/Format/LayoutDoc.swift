/// A document for Wadler-style pretty printing, with the semantics of the Rust `pretty` crate that
/// `cedar format` renders through: text, hard line breaks, breaks that become a space (or nothing) when
/// their group fits on the line, nesting, and groups.
indirect enum LayoutDoc: Sendable {
    case empty
    /// Text without line breaks of its own (a string literal may still span lines; it is written as is).
    case text(String)
    /// A line break that always breaks.
    case hardLine
    /// `broken` when the enclosing group is laid out over several lines, `flat` when it fits on one.
    case alternative(broken: LayoutDoc, flat: LayoutDoc)
    /// Lay out on one line if that fits, else break.
    case group(LayoutDoc)
    /// Indent lines broken inside by `indent` more columns.
    case nest(Int, LayoutDoc)
    case concat(LayoutDoc, LayoutDoc)

    /// A break that is a space when flat (`RcDoc::line`).
    static let line = LayoutDoc.alternative(broken: .hardLine, flat: .text(" "))
    /// A break that is nothing when flat (`RcDoc::line_`).
    static let lineOrNothing = LayoutDoc.alternative(broken: .hardLine, flat: .empty)
    static let space = LayoutDoc.text(" ")

    /// `self` followed by `other`.
    func then(_ other: LayoutDoc) -> LayoutDoc {
        if case .empty = self { return other }
        if case .empty = other { return self }
        return .concat(self, other)
    }

    func grouped() -> LayoutDoc { .group(self) }

    func nested(_ indent: Int) -> LayoutDoc { .nest(indent, self) }
}
