extension IPAddr {
    /// The address and prefix length as Rust Cedar displays an `ipaddr`: `10.0.0.1/32`, `10.0.0.0/24`,
    /// `2001:db8::/32`, `::1/128`. IPv6 is written per RFC 5952 (lowercase hex, the longest run of two or more
    /// zero groups as `::`). Unlike Rust, an IPv4-mapped IPv6 address is written in hex (`::ffff:a00:1/128`,
    /// not `::ffff:10.0.0.1/128`) so that `ip("…")` reads the text back.
    public var cedarText: String { "\(addressText)/\(prefixLength)" }

    /// A Cedar expression that evaluates to this value: `ip("10.0.0.0/24")`.
    public var cedarExpression: String { "ip(\"\(cedarText)\")" }

    /// The address alone, without the prefix length.
    public var addressText: String {
        if isIPv4 {
            let bits = UInt32(truncatingIfNeeded: address)
            return [24, 16, 8, 0].map { String(bits >> UInt32($0) & 0xFF) }.joined(separator: ".")
        }
        let groups = (0..<8).map { UInt16(truncatingIfNeeded: address >> UInt128(112 - 16 * $0)) }
        // The first longest run of zero groups, compressed only if at least two long.
        var (bestStart, bestLength, runStart, runLength) = (0, 0, 0, 0)
        for (index, group) in groups.enumerated() {
            if group == 0 {
                if runLength == 0 { runStart = index }
                runLength += 1
                if runLength > bestLength { (bestStart, bestLength) = (runStart, runLength) }
            } else {
                runLength = 0
            }
        }
        let hex = { (slice: ArraySlice<UInt16>) in slice.map { String($0, radix: 16) }.joined(separator: ":") }
        guard bestLength > 1 else { return hex(groups[...]) }
        return hex(groups[..<bestStart]) + "::" + hex(groups[(bestStart + bestLength)...])
    }
}
