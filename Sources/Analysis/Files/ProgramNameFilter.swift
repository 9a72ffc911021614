/// A quick "certainly not one of these programs" test, so the derivers that know a few dozen programs spend a few
/// instructions, not a string switch or a hash, on each of the many commands they do not handle (`echo`, `date`).
///
/// The test compares bytes (length, first and last byte) while program names compare as Swift strings, by canonical
/// equivalence. The two agree because every listed name is ASCII without `K`, `;` and `` ` ``: the only non-ASCII
/// characters canonically equivalent to ASCII text are U+212A KELVIN SIGN, U+037E GREEK QUESTION MARK and U+1FEF
/// GREEK VARIA (the tests enumerate every scalar), so a name equal to a listed one has the same bytes.
struct ProgramNameFilter: Sendable {
    /// The slots (a hash of length, first and last byte) of the names.
    private var slots = ByteTable()
    /// False when a name could not be indexed by bytes: then every name may be one.
    private var isExact = true

    init(_ names: some Sequence<String>) {
        for name in names {
            guard Self.isIndexable(name) else {
                isExact = false
                continue
            }
            slots.insert(Self.slot(name))
        }
    }

    /// False only when `name` is none of the names: true says nothing.
    func mayContain(_ name: String) -> Bool {
        !isExact || slots.contains(Self.slot(name))
    }

    private static func slot(_ name: String) -> UInt8 {
        let bytes = name.utf8
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return UInt8(truncatingIfNeeded: Int(first) &* 31 &+ Int(last) &* 7 &+ bytes.count)
    }

    private static func isIndexable(_ name: String) -> Bool {
        name.utf8.allSatisfy {
            $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`")
        }
    }
}
