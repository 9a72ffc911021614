/// Cedar's `decimal`: a fixed-point number with four digits after the point, stored scaled by 10,000.
public struct CedarDecimal: Hashable, Sendable, Comparable {
    /// The value times 10,000.
    public var scaled: Int64

    /// The decimal `scaled` / 10,000.
    public init(scaled: Int64) { self.scaled = scaled }

    public static func < (lhs: CedarDecimal, rhs: CedarDecimal) -> Bool { lhs.scaled < rhs.scaled }
}

/// Cedar's `ipaddr`: an IPv4 or IPv6 address with a prefix length (`/32` or `/128` when none was written).
///
/// Equality (as in Rust Cedar) compares family, address bits and prefix length: host bits are kept, so
/// `ip("10.0.0.1/24") != ip("10.0.0.0/24")`, and IPv4 never equals IPv6 (`ip("1.2.3.4") != ip("::ffff:102:304")`).
public struct IPAddr: Hashable, Sendable {
    /// Whether this is an IPv4 address (else IPv6).
    public var isIPv4: Bool
    /// The address bits; an IPv4 address occupies the low 32 bits.
    public var address: UInt128
    /// The prefix length: 0...32 for IPv4, 0...128 for IPv6.
    public var prefixLength: UInt8

    /// An address of the given family, bits and prefix length.
    public init(isIPv4: Bool, address: UInt128, prefixLength: UInt8) {
        self.isIPv4 = isIPv4
        self.address = address
        self.prefixLength = prefixLength
    }
}

/// Cedar's `datetime`: milliseconds since the Unix epoch, UTC.
public struct CedarDatetime: Hashable, Sendable, Comparable {
    /// Milliseconds since 1970-01-01T00:00:00Z; negative before.
    public var milliseconds: Int64

    /// The instant `milliseconds` after the Unix epoch.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public static func < (lhs: CedarDatetime, rhs: CedarDatetime) -> Bool { lhs.milliseconds < rhs.milliseconds }
}

/// Cedar's `duration`: a signed number of milliseconds.
public struct CedarDuration: Hashable, Sendable, Comparable {
    /// The length in milliseconds; negative for a duration backwards in time.
    public var milliseconds: Int64

    /// A duration of `milliseconds`.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public static func < (lhs: CedarDuration, rhs: CedarDuration) -> Bool { lhs.milliseconds < rhs.milliseconds }
}
