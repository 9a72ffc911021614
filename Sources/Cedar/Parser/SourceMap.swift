/// Turns UTF-8 byte offsets of a source text into line and column positions.
struct SourceMap: Sendable {
    let file: String?
    private let bytes: [UInt8]
    /// Byte offset where each line starts; lines end at `\n`.
    private let lineStarts: [Int]
    /// Whether each line is pure ASCII, where a column is just a byte distance.
    private let lineIsASCII: [Bool]

    init(bytes: [UInt8], file: String?) {
        self.bytes = bytes
        self.file = file
        var starts = [0]
        var ascii: [Bool] = []
        var lineASCII = true
        for (i, b) in bytes.enumerated() {
            if b == 0x0A {
                starts.append(i + 1)
                ascii.append(lineASCII)
                lineASCII = true
            } else if b >= 0x80 {
                lineASCII = false
            }
        }
        ascii.append(lineASCII)
        lineStarts = starts
        lineIsASCII = ascii
    }

    func position(_ offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let stop = min(offset, bytes.count)
        if lineIsASCII[low] { return SourcePosition(line: low + 1, column: stop - lineStarts[low] + 1, offset: offset) }
        var column = 1
        var i = lineStarts[low]
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
