/// Reads IP addresses in the text syntax Rust's `std::net::IpAddr` accepts (and hence Cedar's `ip("…")`).
///
/// IPv4: four decimal octets 0–255 separated by `.`, with no leading zeros (`"01.2.3.4"` is rejected).
/// IPv6: up to eight groups of one to four hex digits separated by `:`, at most one `::` standing for one or
/// more zero groups, optionally ending in an embedded IPv4 address (`::ffff:1.2.3.4`).
struct IPAddressTextReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: Substring) { bytes = Array(text.utf8) }

    /// The address the whole text spells: `(isIPv4, bits)`, IPv4 in the low 32 bits; nil if it spells none.
    static func address(_ text: Substring) -> (isIPv4: Bool, bits: UInt128)? {
        var reader = IPAddressTextReader(text)
        let result: (Bool, UInt128)?
        if let v4 = reader.atomically({ $0.readIPv4() }) {
            result = (true, UInt128(v4))
        } else if let v6 = reader.atomically({ $0.readIPv6() }) {
            result = (false, v6)
        } else {
            result = nil
        }
        guard reader.position == reader.bytes.count else { return nil }
        return result
    }

    private var next: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Runs `body`, restoring the position if it fails.
    private mutating func atomically<T>(_ body: (inout IPAddressTextReader) -> T?) -> T? {
        let saved = position
        let result = body(&self)
        if result == nil { position = saved }
        return result
    }

    private mutating func read(_ character: Character) -> Bool {
        guard let byte = next, byte == character.asciiValue else { return false }
        position += 1
        return true
    }

    private mutating func readDigit(radix: UInt32) -> UInt32? {
        guard let byte = next else { return nil }
        let value: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt32(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = UInt32(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
        guard value < radix else { return nil }
        position += 1
        return value
    }

    /// A number of at most `maxDigits` digits not above `maximum`; leading zeros only if `allowZeroPrefix`.
    private mutating func readNumber(radix: UInt32, maxDigits: Int, allowZeroPrefix: Bool, maximum: UInt32)
        -> UInt32?
    {
        atomically { reader in
            let hasLeadingZero = reader.next == UInt8(ascii: "0")
            var value: UInt32 = 0
            var count = 0
            while let digit = reader.readDigit(radix: radix) {
                value = value * radix + digit
                count += 1
                guard value <= maximum, count <= maxDigits else { return nil }
            }
            if count == 0 || (!allowZeroPrefix && hasLeadingZero && count > 1) { return nil }
            return value
        }
    }

    private mutating func readIPv4() -> UInt32? {
        atomically { reader in
            var bits: UInt32 = 0
            for index in 0..<4 {
                if index > 0, !reader.read(".") { return nil }
                guard let octet = reader.readNumber(radix: 10, maxDigits: 3, allowZeroPrefix: false, maximum: 255)
                else { return nil }
                bits = bits << 8 | octet
            }
            return bits
        }
    }

    /// Reads `:`-separated groups into `groups` (at most `limit`), possibly ending in an embedded IPv4 address.
    /// Returns how many groups were read and whether the last two came from an IPv4 address.
    private mutating func readGroups(into groups: inout [UInt16], limit: Int) -> (count: Int, endsInIPv4: Bool) {
        for index in 0..<limit {
            if index < limit - 1 {
                let v4 = atomically { reader -> UInt32? in
                    if index > 0, !reader.read(":") { return nil }
                    return reader.readIPv4()
                }
                if let v4 {
                    groups[index] = UInt16(truncatingIfNeeded: v4 >> 16)
                    groups[index + 1] = UInt16(truncatingIfNeeded: v4)
                    return (index + 2, true)
                }
            }
            let group = atomically { reader -> UInt32? in
                if index > 0, !reader.read(":") { return nil }
                return reader.readNumber(radix: 16, maxDigits: 4, allowZeroPrefix: true, maximum: 0xFFFF)
            }
            guard let group else { return (index, false) }
            groups[index] = UInt16(group)
        }
        return (limit, false)
    }

    private mutating func readIPv6() -> UInt128? {
        atomically { reader in
            var head = [UInt16](repeating: 0, count: 8)
            let (headCount, headEndsInIPv4) = reader.readGroups(into: &head, limit: 8)
            if headCount < 8 {
                // An embedded IPv4 address may only end the address, never precede `::`.
                guard !headEndsInIPv4, reader.read(":"), reader.read(":") else { return nil }
                var tail = [UInt16](repeating: 0, count: 7)
                let (tailCount, _) = reader.readGroups(into: &tail, limit: 8 - (headCount + 1))
                for index in 0..<tailCount { head[8 - tailCount + index] = tail[index] }
            }
            return head.reduce(UInt128(0)) { $0 << 16 | UInt128($1) }
        }
    }
}
