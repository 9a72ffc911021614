/// A set of any bytes (0–255), as four 64-bit masks: the secret scanner's per-byte dispatch test, the slots of
/// `ProgramNameFilter`.
struct ByteTable: Sendable {
    private var masks: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    init(_ characters: String) {
        for byte in characters.utf8 { insert(byte) }
    }

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: masks.0 |= bit
        case 1: masks.1 |= bit
        case 2: masks.2 |= bit
        default: masks.3 |= bit
        }
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return masks.0 & bit != 0
        case 1: return masks.1 & bit != 0
        case 2: return masks.2 & bit != 0
        default: return masks.3 & bit != 0
        }
    }

    static func + (lhs: ByteTable, rhs: ByteTable) -> ByteTable {
        var union = lhs
        union.masks = (
            lhs.masks.0 | rhs.masks.0, lhs.masks.1 | rhs.masks.1, lhs.masks.2 | rhs.masks.2, lhs.masks.3 | rhs.masks.3
        )
        return union
    }
}
