/// The UTF-8 bytes being scanned, with the few look-arounds the rules need. All of them are bounded.
struct ScanText {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    @inline(__always) subscript(_ index: Int) -> UInt8 { bytes[index] }

    /// The byte at `index`, or 0 outside the text.
    @inline(__always) func byte(at index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    /// Whether `literal` occurs at `index`.
    func has(_ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        for offset in 0..<literal.count where bytes[index + offset] != literal[offset] { return false }
        return true
    }

    /// The number of bytes of `characters` from `index` on, counting at most `limit`.
    func run(of characters: ByteSet, from index: Int, limit: Int) -> Int {
        var end = index
        let stop = min(bytes.count, index + limit)
        while end < stop, characters.contains(bytes[end]) { end += 1 }
        return end - index
    }

    /// How far a line mention may be from the match, each way.
    static let lineReach = 512

    /// Whether the line around `range` (at most `lineReach` bytes each way) contains one of the lower-case `words`,
    /// compared ASCII-case-insensitively.
    func lineMentions(_ words: [[UInt8]], around range: Range<Int>) -> Bool {
        var start = range.lowerBound
        let floor = max(0, start - Self.lineReach)
        while start > floor, bytes[start - 1] != 0x0A { start -= 1 }
        var end = range.upperBound
        let ceiling = min(bytes.count, end + Self.lineReach)
        while end < ceiling, bytes[end] != 0x0A { end += 1 }
        for word in words where containsIgnoringCase(word, in: start..<end) { return true }
        return false
    }

    /// Whether the lower-case ASCII `word` occurs in `range`, ignoring ASCII case.
    func containsIgnoringCase(_ word: [UInt8], in range: Range<Int>) -> Bool {
        guard let first = word.first, range.count >= word.count else { return false }
        var index = range.lowerBound
        let last = range.upperBound - word.count
        while index <= last {
            if Self.lowercased(bytes[index]) == first {
                var offset = 1
                while offset < word.count, Self.lowercased(bytes[index + offset]) == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether the lower-case ASCII `literal` occurs at `index`, ignoring case, without reaching past `range`.
    func hasIgnoringCase(_ literal: StaticString, at index: Int, within range: Range<Int>) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= range.upperBound else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where Self.lowercased(bytes[index + offset]) != pointer[offset] { return false }
        return true
    }

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
