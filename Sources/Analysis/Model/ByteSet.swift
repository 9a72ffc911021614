/// A set of ASCII bytes, tested with one shift and mask: the character classes the secret rules are written in,
/// option letters.
struct ByteSet: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The empty set.
    init() {}

    /// The set of the ASCII characters in `characters`, taken literally.
    init(_ characters: String) {
        for byte in characters.utf8 { insert(byte) }
    }

    /// The bytes from `first` through `last`.
    init(_ first: Unicode.Scalar, through last: Unicode.Scalar) {
        for value in first.value...last.value { insert(UInt8(value)) }
    }

    /// Adds `byte`, which must be ASCII.
    mutating func insert(_ byte: UInt8) {
        precondition(byte < 128, "byte sets hold ASCII")
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low & (1 << UInt64(byte)) != 0 }
        if byte < 128 { return high & (1 << UInt64(byte &- 64)) != 0 }
        return false
    }

    /// Whether every byte of `other` is in this set.
    func includes(_ other: ByteSet) -> Bool {
        other.low & ~low == 0 && other.high & ~high == 0
    }

    static func + (lhs: ByteSet, rhs: ByteSet) -> ByteSet {
        var union = lhs
        union.low |= rhs.low
        union.high |= rhs.high
        return union
    }

    static let upper = ByteSet("A", through: "Z")
    static let lower = ByteSet("a", through: "z")
    static let digits = ByteSet("0", through: "9")
    static let letters = upper + lower
    static let alphanumeric = letters + digits
    static let upperAlphanumeric = upper + digits
    static let lowerHex = digits + ByteSet("a", through: "f")
    static let hex = lowerHex + ByteSet("A", through: "F")
    /// Letters, digits, `_`: bytes that continue an identifier or a token.
    static let word = alphanumeric + ByteSet("_")
    /// The base64url alphabet: letters, digits, `-`, `_`.
    static let base64URL = alphanumeric + ByteSet("-_")
    /// The standard base64 alphabet without padding: letters, digits, `+`, `/`.
    static let base64 = alphanumeric + ByteSet("+/")
    /// The operator characters before `=` in conditional assignments: `?=`, `||=`, `??=`.
    static let conditionalAssignment = ByteSet("?|")
    static let horizontalSpace = ByteSet(" \t")
    static let whitespace = ByteSet(" \t\r\n\u{0B}\u{0C}")
}
