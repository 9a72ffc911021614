/// A position in a source text: 1-based line and column (in Unicode scalars), 0-based UTF-8 offset.
public struct SourcePosition: Hashable, Sendable {
    /// The line, counting from 1.
    public var line: Int
    /// The column in Unicode scalars, counting from 1.
    public var column: Int
    /// The offset in UTF-8 bytes from the start of the text.
    public var offset: Int

    /// The position at `line`:`column`, `offset` bytes into the text.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }
}

/// A range of a source text, with the file it came from when known.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    /// The file the text came from, when it came from one.
    public var file: String?
    /// Where the span starts.
    public var start: SourcePosition
    /// Where the span ends (exclusive).
    public var end: SourcePosition

    /// The span from `start` to `end`, in no file by default.
    public init(file: String? = nil, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// `file:line:column`, or `line:column` when the file is unknown.
    public var description: String {
        "\(file.map { "\($0):" } ?? "")\(start.line):\(start.column)"
    }
}
