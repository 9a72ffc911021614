import Testing

@testable import Cedar

@Suite struct ExtensionIPAddrTests {
    private static func v4(_ a: UInt128, _ b: UInt128, _ c: UInt128, _ d: UInt128, _ prefix: UInt8 = 32) -> IPAddr {
        IPAddr(isIPv4: true, address: a << 24 | b << 16 | c << 8 | d, prefixLength: prefix)
    }

    private static func v6(_ groups: [UInt128], _ prefix: UInt8 = 128) -> IPAddr {
        IPAddr(isIPv4: false, address: groups.reduce(0) { $0 << 16 | $1 }, prefixLength: prefix)
    }

    @Test(arguments: [
        ("127.0.0.1", v4(127, 0, 0, 1)),
        ("0.0.0.0", v4(0, 0, 0, 0)),
        ("255.255.255.255", v4(255, 255, 255, 255)),
        ("10.0.0.0/8", v4(10, 0, 0, 0, 8)),
        ("10.1.2.3/24", v4(10, 1, 2, 3, 24)),
        ("1.2.3.4/0", v4(1, 2, 3, 4, 0)),
        ("1.2.3.4/32", v4(1, 2, 3, 4, 32)),
        ("::", v6([0, 0, 0, 0, 0, 0, 0, 0])),
        ("::1", v6([0, 0, 0, 0, 0, 0, 0, 1])),
        ("1::", v6([1, 0, 0, 0, 0, 0, 0, 0])),
        ("::/0", v6([0, 0, 0, 0, 0, 0, 0, 0], 0)),
        ("1:2:3:4:5:6:7:8", v6([1, 2, 3, 4, 5, 6, 7, 8])),
        ("1:2:3:4:5:6:7::", v6([1, 2, 3, 4, 5, 6, 7, 0])),
        ("::2:3:4:5:6:7:8", v6([0, 2, 3, 4, 5, 6, 7, 8])),
        ("1::8", v6([1, 0, 0, 0, 0, 0, 0, 8])),
        ("1:2::7:8", v6([1, 2, 0, 0, 0, 0, 7, 8])),
        ("FFFF:ffff:0:00:000:0000:aBcD:1", v6([0xFFFF, 0xFFFF, 0, 0, 0, 0, 0xABCD, 1])),
        ("ff00::/8", v6([0xFF00, 0, 0, 0, 0, 0, 0, 0], 8)),
        ("::ffff:102:304", v6([0, 0, 0, 0, 0, 0xFFFF, 0x102, 0x304])),
        ("2001:db8::/128", v6([0x2001, 0xDB8, 0, 0, 0, 0, 0, 0], 128)),
        (
            "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789/128",
            v6([0xABCD, 0xEF01, 0x2345, 0x6789, 0xABCD, 0xEF01, 0x2345, 0x6789])
        ),
    ])
    func parsesValidAddresses(text: String, expected: IPAddr) {
        #expect(IPAddr(parsing: text) == expected)
    }

    @Test(arguments: [
        "", "1", "1.2.3", "1.2.3.4.5", "256.0.0.0", "01.2.3.4", "1.2.3.04", "1.2.3.00", "1.2.3.-1", "1.2.3.4 ",
        " 1.2.3.4", "1.2..4", "1.2.3.4/", "1.2.3.4/33", "1.2.3.4/08", "1.2.3.4/00", "1.2.3.4/+8", "1.2.3.4/-1",
        "1.2.3.4/100", "1.2.3.4/8/8", "::/129", "::/0128", "::/1280", ":::", "1:::2", "1::2::3", ":1::", "::1:",
        "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7", "12345::", "g::",
        "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1.2.3.4::", "0x1.2.3.4", "localhost",
        "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789/0128", "1.2.3.4/3 2", "1.2.3.4%eth0", "[::1]", "١.2.3.4",
    ])
    func rejectsInvalidAddresses(text: String) {
        #expect(IPAddr(parsing: text) == nil)
    }

    @Test(arguments: [
        ("1.2.3.4/33", "error parsing prefix: 33 is larger than the limit 32"),
        ("1.2.3.4/08", "error parsing prefix `08`: leading zero(s)"),
        ("1.2.3.4/100", "error parsing prefix: string length 3 is too large"),
        ("1.2.3.4/a", "error parsing prefix `a`: encountered non-digit"),
        ("1.2.3.4/", "error parsing prefix from the string ``: cannot parse integer from empty string"),
        ("::/129", "error parsing prefix: 129 is larger than the limit 128"),
        ("::/255", "error parsing prefix: 255 is larger than the limit 128"),
        ("::/256", "error parsing prefix from the string `256`: number too large to fit in target type"),
        ("1.2.3/8", "error parsing IP address from the string `1.2.3`: invalid IP address syntax"),
        ("1.2.3", "invalid IP address: 1.2.3"),
        (
            "::ffff:1.2.3.4",
            "error parsing IP address from string: We do not accept IPv4 embedded in IPv6 "
                + "(e.g., ::ffff:127.0.0.1). Found: `::ffff:1.2.3.4`"
        ),
        (
            "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789/0128",
            "error parsing IP address from string `ABCD:EF01:2345:6789:ABCD:EF01:2345:6789/0128`: "
                + "string length is too large"
        ),
    ])
    func reportsParseErrorsLikeRust(text: String, message: String) {
        #expect(
            throws: EvaluationError(.extensionError, "error while evaluating `ipaddr` extension function: \(message)")
        ) {
            try IPAddr(cedarString: text)
        }
    }

    @Test(arguments: [
        ("10.0.0.1", "10.0.0.1/32"), ("10.0.0.0/24", "10.0.0.0/24"), ("::", "::/128"), ("::1", "::1/128"),
        ("1:0:0:1:0:0:0:1", "1:0:0:1::1/128"), ("1:0:0:1:0:0:1:1", "1::1:0:0:1:1/128"),
        ("1:0:2:0:3:0:4:0", "1:0:2:0:3:0:4:0/128"),
        ("2001:DB8::/32", "2001:db8::/32"), ("::ffff:102:304", "::ffff:102:304/128"),
        ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0/128"),
    ])
    func writesCanonicalText(text: String, canonical: String) throws {
        let address = try #require(IPAddr(parsing: text))
        #expect(address.cedarText == canonical)
        #expect(IPAddr(parsing: address.cedarText) == address)
    }
}
