extension IPAddr {
    /// The longest text `ip("…")` accepts: `ABCD:EF01:2345:6789:ABCD:EF01:2345:6789/128`.
    private static let maximumTextLength = 43

    /// Parses Cedar's `ipaddr` literal syntax, as `ip("…")` accepts it; nil when the text is not valid.
    ///
    /// The text is an IPv4 or IPv6 address in the syntax Rust's `std::net::IpAddr` reads (IPv4 octets without
    /// leading zeros; IPv6 with `::` compression), optionally followed by `/` and a prefix length of at most
    /// 32 (IPv4) or 128 (IPv6) written without leading zeros. Cedar additionally rejects texts longer than
    /// 43 bytes and texts with at least two `:` and two `.` (IPv4 embedded in IPv6, such as `::ffff:1.2.3.4`;
    /// write those in hex, `::ffff:102:304`, which is an IPv6 address). Without a prefix the prefix length is
    /// 32 or 128.
    public init?(parsing text: String) {
        guard case .success(let value) = Self.parse(text) else { return nil }
        self = value
    }

    /// Parses Cedar's `ipaddr` literal syntax, throwing the evaluation error `ip("…")` raises for bad text.
    public init(cedarString text: String) throws(EvaluationError) {
        switch Self.parse(text) {
        case .success(let value): self = value
        case .failure(let error): throw error.evaluationError(extensionName: "ipaddr")
        }
    }

    /// Parses like Rust Cedar's `IPAddr::from_str`, with its error messages and checks in its order.
    static func parse(_ text: String) -> Result<IPAddr, ExtensionValueParseError> {
        if text.utf8.count > maximumTextLength {
            return .failure(.init("error parsing IP address from string `\(text)`: string length is too large"))
        }
        if text.utf8.count(where: { $0 == UInt8(ascii: ":") }) >= 2
            && text.utf8.count(where: { $0 == UInt8(ascii: ".") }) >= 2
        {
            return .failure(
                .init(
                    "error parsing IP address from string: We do not accept IPv4 embedded in IPv6 "
                        + "(e.g., ::ffff:127.0.0.1). Found: `\(text)`"))
        }
        guard let slash = text.firstIndex(of: "/") else {
            guard let address = IPAddressTextReader.address(text[...]) else {
                return .failure(.init("invalid IP address: \(text)"))
            }
            return .success(
                IPAddr(isIPv4: address.isIPv4, address: address.bits, prefixLength: address.isIPv4 ? 32 : 128))
        }
        let addressText = text[..<slash]
        let prefixText = text[text.index(after: slash)...]
        guard let address = IPAddressTextReader.address(addressText) else {
            return .failure(
                .init("error parsing IP address from the string `\(addressText)`: invalid IP address syntax"))
        }
        switch parsePrefixLength(prefixText, maximum: address.isIPv4 ? 32 : 128) {
        case .success(let prefixLength):
            return .success(IPAddr(isIPv4: address.isIPv4, address: address.bits, prefixLength: prefixLength))
        case .failure(let error):
            return .failure(error)
        }
    }

    /// A prefix length: decimal digits, no leading zero, not above `maximum` (32 or 128).
    private static func parsePrefixLength(_ text: Substring, maximum: UInt8)
        -> Result<UInt8, ExtensionValueParseError>
    {
        let maximumLength = maximum == 32 ? 2 : 3
        if text.utf8.count > maximumLength {
            return .failure(.init("error parsing prefix: string length \(text.utf8.count) is too large"))
        }
        if !text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
            return .failure(.init("error parsing prefix `\(text)`: encountered non-digit"))
        }
        if text.hasPrefix("0") && text != "0" {
            return .failure(.init("error parsing prefix `\(text)`: leading zero(s)"))
        }
        guard let value = UInt8(text) else {
            let reason =
                text.isEmpty ? "cannot parse integer from empty string" : "number too large to fit in target type"
            return .failure(.init("error parsing prefix from the string `\(text)`: \(reason)"))
        }
        if value > maximum {
            return .failure(.init("error parsing prefix: \(value) is larger than the limit \(maximum)"))
        }
        return .success(value)
    }
}
