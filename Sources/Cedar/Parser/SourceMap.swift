/// Turns UTF-8 byte offsets of a source text into line and column positions.
struct SourceMap: Sendable {
    let file: String?
    private let bytes: [UInt8]
    /// Byte offset where each line starts; lines end at `\n`.
    private let lineStarts: [Int]

    init(bytes: [UInt8], file: String?) {
        self.bytes = bytes
        self.file = file
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    func position(_ offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var i = lineStarts[low]
        let stop = min(offset, bytes.count)
        while i < stop {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: low + 1, column: column, offset: offset)
    }

    func span(_ start: Int, _ end: Int) -> SourceSpan {
        SourceSpan(file: file, start: position(start), end: position(end))
    }
}
