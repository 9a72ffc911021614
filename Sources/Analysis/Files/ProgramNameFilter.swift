/// A quick "certainly not one of these programs" test, so the derivers that know a few dozen programs spend a few
/// instructions, not a string switch or a hash, on each of the many commands they do not handle (`echo`, `date`).
///
/// The test compares bytes (length, first and last byte) while program names compare as Swift strings, by canonical
/// equivalence. The two agree because every listed name is ASCII without `K`, `;` and `` ` ``: the only non-ASCII
/// characters canonically equivalent to ASCII text are U+212A KELVIN SIGN, U+037E GREEK QUESTION MARK and U+1FEF
/// GREEK VARIA (the tests enumerate every scalar), so a name equal to a listed one has the same bytes.
struct ProgramNameFilter: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// False when a name could not be indexed by bytes: then every name may be one.
    private var isExact = true

    init(_ names: some Sequence<String>) {
        for name in names {
            guard Self.isIndexable(name) else {
                isExact = false
                continue
            }
            insert(Self.slot(name))
        }
    }

    /// False only when `name` is none of the names: true says nothing.
    func mayContain(_ name: String) -> Bool {
        guard isExact else { return true }
        let slot = Self.slot(name)
        let bit = UInt64(1) << UInt64(slot & 63)
        switch slot >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }

    private mutating func insert(_ slot: Int) {
        let bit = UInt64(1) << UInt64(slot & 63)
        switch slot >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    private static func slot(_ name: String) -> Int {
        let bytes = name.utf8
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return (Int(first) &* 31 &+ Int(last) &* 7 &+ bytes.count) & 255
    }

    private static func isIndexable(_ name: String) -> Bool {
        name.utf8.allSatisfy {
            $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`")
        }
    }
}

extension StringProtocol {
    /// True when every byte is ASCII other than carriage return: then each byte is one `Character` (a CR may join a
    /// following LF), and character-level tests (`hasPrefix`, `firstIndex(of:)`, `isNumber`) can be done on bytes.
    var isSimpleASCII: Bool {
        utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }
}
