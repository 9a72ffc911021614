/// Why a shell input could not be parsed: a syntax error or an exceeded limit, with where it happened.
public struct ShellParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, e.g. `unterminated single quote starting`.
    public var message: String
    /// 1-based line and column (in Unicode scalars) of the construct at fault.
    public var line: Int
    public var column: Int
    /// True when the input exceeded a limit (size or nesting depth) rather than being malformed.
    public var isLimitExceeded: Bool

    public init(message: String, line: Int, column: Int, isLimitExceeded: Bool = false) {
        self.message = message
        self.line = line
        self.column = column
        self.isLimitExceeded = isLimitExceeded
    }

    /// `unterminated single quote starting at 1:14`.
    public var description: String { "\(message) at \(line):\(column)" }

    /// The opaque reason analysis reports for this error.
    public var opaqueReason: OpaqueReason {
        OpaqueReason(isLimitExceeded ? .limitExceeded : .parseError, description)
    }
}

/// A parse failure at a byte offset of the input, before it is turned into a line and column.
struct ShellSyntaxFailure: Error {
    var message: String
    var offset: Int
    var isLimitExceeded = false

    func error(in bytes: [UInt8]) -> ShellParseError {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<end] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return ShellParseError(message: message, line: line, column: column, isLimitExceeded: isLimitExceeded)
    }
}
