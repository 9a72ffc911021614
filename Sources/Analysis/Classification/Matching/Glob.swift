/// A shell-style pattern over text: `*` matches any run of characters (possibly empty), `?` exactly one
/// character, everything else itself. No character classes, no escapes: a literal `*` is matched with `equals`.
struct Glob: Hashable, Sendable {
    /// The pattern as written.
    let pattern: String
    private let bytes: [UInt8]
    /// True when the pattern has no wildcard: it matches only its own text.
    let isLiteral: Bool

    init(_ pattern: String) {
        self.pattern = pattern
        self.bytes = Array(pattern.utf8)
        self.isLiteral = !bytes.contains(Self.star) && !bytes.contains(Self.question)
    }

    func matches(_ text: String) -> Bool {
        if isLiteral { return text == pattern }
        var text = text
        return text.withUTF8 { matches($0) }
    }

    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { pattern in
            if isLiteral {
                guard pattern.count == text.count else { return false }
                for index in 0..<pattern.count where pattern[index] != text[index] { return false }
                return true
            }
            return Self.match(pattern, text)
        }
    }

    static let star = UInt8(ascii: "*")
    static let question = UInt8(ascii: "?")

    /// Wildcard matching with one backtracking point (the last `*` seen): linear in practice, at worst
    /// pattern length × text length, never exponential.
    static func match(_ p: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var pi = 0
        var ti = 0
        var starAt = -1
        var resumeAt = 0
        while ti < text.count {
            if pi < p.count, p[pi] == question {
                pi += 1
                ti = afterCharacter(text, ti)
            } else if pi < p.count, p[pi] == star {
                starAt = pi
                resumeAt = ti
                pi += 1
            } else if pi < p.count, p[pi] == text[ti] {
                pi += 1
                ti += 1
            } else if starAt >= 0 {
                pi = starAt + 1
                resumeAt = afterCharacter(text, resumeAt)
                ti = resumeAt
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == star { pi += 1 }
        return pi == p.count
    }

    /// The index after the UTF-8 sequence that starts at `index`: `?` and `*` step over whole characters.
    private static func afterCharacter(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        var next = index + 1
        while next < text.count, text[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
