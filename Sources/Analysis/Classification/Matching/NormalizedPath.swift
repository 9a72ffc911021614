/// A path normalized once (`PathNormalization`) and split into segments, for all the rules that test it.
struct NormalizedPath {
    /// The normalized text: `/etc`, `build/x`, `~/.ssh`, `.`.
    let text: String
    let bytes: [UInt8]
    /// Segment ranges in `bytes`. An absolute path starts with an empty segment (the root): `/` is one empty
    /// segment, `/etc` is the root and `etc`.
    let segments: [Range<Int>]

    /// The path of an action that has none (SQL, datastore commands).
    static let none = NormalizedPath("")

    init(_ path: String) {
        var path = path
        let bytes = path.withUTF8 { PathNormalization.normalize(bytes: $0) }
        self.bytes = bytes
        text = String(decoding: bytes, as: UTF8.self)
        var segments: [Range<Int>] = []
        if bytes.count == 1 && bytes[0] == UInt8(ascii: "/") {
            segments = [0..<0]
        } else {
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "/") {
                segments.append(start..<index)
                start = index + 1
            }
            segments.append(start..<bytes.count)
        }
        self.segments = segments
    }

    /// Whether segment `index` is `..`.
    func isParent(_ index: Int) -> Bool {
        let range = segments[index]
        return range.count == 2 && bytes[range.lowerBound] == 0x2E && bytes[range.lowerBound + 1] == 0x2E
    }

    /// Whether segment `index` is `.` (only a whole relative path `.` has one).
    func isCurrent(_ index: Int) -> Bool {
        let range = segments[index]
        return range.count == 1 && bytes[range.lowerBound] == 0x2E
    }
}
