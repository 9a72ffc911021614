// Equality: Rust Cedar compares `ipaddr` values by (address family, address bits, prefix length), exactly what
// `IPAddr`'s synthesized `==` and hash compare, given that the parser stores IPv4 addresses in the low 32 bits.
// So `ip("10.0.0.1/24") != ip("10.0.0.0/24")` (host bits are kept), and an IPv4 address never equals an IPv6
// one, not even its IPv4-mapped form: `ip("1.2.3.4") != ip("::ffff:102:304")`.

extension IPAddr {
    /// The largest prefix length of the address family: 32 for IPv4, 128 for IPv6.
    public var maximumPrefixLength: UInt8 { isIPv4 ? 32 : 128 }

    /// Whether the address is a loopback address (`127.0.0.0/8`, `::1`) and so is the whole range:
    /// the prefix length is at least 8 (IPv4) or exactly 128 (IPv6).
    public var isLoopback: Bool {
        if isIPv4 { return address >> 24 == 127 && prefixLength >= 8 }
        return address == 1 && prefixLength >= 128
    }

    /// Whether the address is a multicast address (`224.0.0.0/4`, `ff00::/8`) and so is the whole range:
    /// the prefix length is at least 4 (IPv4) or 8 (IPv6).
    public var isMulticast: Bool {
        if isIPv4 { return (224...239).contains(address >> 24) && prefixLength >= 4 }
        return address >> 120 == 0xFF && prefixLength >= 8
    }

    /// The first address of the range (host bits cleared), in the low bits as `address` stores it.
    var networkAddress: UInt128 { address & ~hostMask }

    /// The last address of the range (host bits set).
    var broadcastAddress: UInt128 { address | hostMask }

    private var hostMask: UInt128 {
        let hostBits = Int(maximumPrefixLength) - Int(prefixLength)
        return hostBits == 0 ? 0 : (UInt128.max >> (128 - hostBits))
    }

    /// Whether every address of this range lies in `range`; false between IPv4 and IPv6.
    public func isInRange(_ range: IPAddr) -> Bool {
        guard isIPv4 == range.isIPv4 else { return false }
        return range.networkAddress <= networkAddress && broadcastAddress <= range.broadcastAddress
    }
}
