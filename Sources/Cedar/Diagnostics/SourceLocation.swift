/// A position in a source text: 1-based line and column (in Unicode scalars), 0-based UTF-8 offset.
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }
}

/// A range of a source text, with the file it came from when known.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    public var file: String?
    public var start: SourcePosition
    public var end: SourcePosition

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
