/// A layout document under construction, with the bookkeeping `cedar format` (Rust
/// `cedar-policy-formatter`, `pprint/pretty.rs`) keeps for line comments:
///
/// - the line break that ends a trailing comment is held back until something is appended after the
///   commented document, so it takes the indentation of that point rather than the comment's own nesting;
/// - a document holding a comment is never grouped (its breaks always break).
struct Layout: Sendable {
    private(set) var doc: LayoutDoc
    /// Whether a comment is inside (grouping is then ignored).
    private(set) var hasComment: Bool
    /// Whether a trailing comment's line break is pending at the end.
    private(set) var pendingBreak: Bool
    private(set) var isEmpty: Bool

    private init(_ doc: LayoutDoc, hasComment: Bool = false, pendingBreak: Bool = false, isEmpty: Bool = false) {
        self.doc = doc
        self.hasComment = hasComment
        self.pendingBreak = pendingBreak
        self.isEmpty = isEmpty
    }

    static let empty = Layout(.empty, isEmpty: true)
    static let space = Layout(.space)
    /// A break that is a space when flat.
    static let line = Layout(.line)
    /// A break that is nothing when flat.
    static let lineOrNothing = Layout(.lineOrNothing)
    static let hardLine = Layout(.hardLine)
    /// The line break ending a trailing comment, placed when something follows.
    static let commentBreak = Layout(.empty, pendingBreak: true)

    static func text(_ text: String) -> Layout {
        text.isEmpty ? .empty : Layout(.text(text))
    }

    /// A `//` comment's text: nothing may follow it on its line.
    static func comment(_ text: String) -> Layout {
        Layout(.text(text), hasComment: true)
    }

    /// `self` followed by `other`; a pending comment break of `self` goes between them.
    func then(_ other: Layout) -> Layout {
        if isEmpty { return other }
        if other.isEmpty { return self }
        let left = pendingBreak ? doc.then(.hardLine) : doc
        return Layout(
            left.then(other.doc), hasComment: hasComment || other.hasComment, pendingBreak: other.pendingBreak)
    }

    /// Laid out on one line if it fits, unless it holds a comment.
    func grouped() -> Layout {
        if hasComment || pendingBreak { return self }
        return Layout(doc.grouped(), isEmpty: isEmpty)
    }

    /// Breaks inside indented by `indent` more columns (a pending comment break stays outside).
    func nested(_ indent: Int) -> Layout {
        Layout(doc.nested(indent), hasComment: hasComment, pendingBreak: pendingBreak, isEmpty: isEmpty)
    }

    /// The finished document, ending with the pending comment break if any.
    var finished: LayoutDoc { pendingBreak ? doc.then(.hardLine) : doc }

    /// The layouts one after the other with `separator` between them.
    static func joined(_ layouts: [Layout], separator: Layout) -> Layout {
        var result = Layout.empty
        for (i, layout) in layouts.enumerated() {
            result = i == 0 ? layout : result.then(separator).then(layout)
        }
        return result
    }
}
