import Cedar

/// Argument strings for extension constructors: valid ones (with their exact values where the generator
/// needs them for request contexts) and invalid ones that must make the constructor fail.
enum ExtensionLiterals {
    static let decimals: [(text: String, scaled: Int64)] = [
        ("1.0", 10_000), ("-2.5", -25_000), ("0.0001", 1), ("12.34", 123_400), ("0.0", 0),
        ("922337203685477.5807", Int64.max), ("-922337203685477.5808", Int64.min), ("3.1415", 31_415),
    ]
    static let invalidDecimals = [
        "1", "abc", "1.23456", "922337203685477.5808", "1.", ".5", "+1.0", "", "1.0.0", "- 1.0", "١.٠",
    ]

    static let ips = [
        "192.168.0.1", "10.0.0.0/8", "127.0.0.1", "::1", "2001:db8::/32", "0.0.0.0/0", "192.168.1.0/24",
        "10.1.2.3", "224.0.0.1", "ff02::1", "127.0.0.0/8", "::ffff:1.2.3.4", "::1/128", "fe80::1%eth0",
    ]
    static let invalidIPs = [
        "256.0.0.1", "1.2.3", "10.0.0.0/33", "::1/129", "01.2.3.4", "abc", "", "1.2.3.4/", "1.2.3.4/08",
        ":::1", "1.2.3.4 ",
    ]

    static let datetimes: [(text: String, milliseconds: Int64)] = [
        ("2024-01-01", 1_704_067_200_000), ("1970-01-01T00:00:00.001Z", 1),
        ("2024-02-29T12:00:00Z", 1_709_208_000_000), ("1969-12-31", -86_400_000),
        ("2024-06-01T10:00:00+0130", 1_717_230_600_000),
    ]
    static let invalidDatetimes = [
        "2023-02-29", "2024-1-1", "2024-01-01T25:00:00Z", "2024-01-01T10:00:00", "abc",
        "2024-01-01T10:00:00+01:30", "2024-01-01T10:00:00.1234Z", "", "2024-13-01", "+2024-01-01",
    ]

    static let durations: [(text: String, milliseconds: Int64)] = [
        ("1d2h3m4s5ms", 93_784_005), ("-1h", -3_600_000), ("0ms", 0), ("90m", 5_400_000), ("1d", 86_400_000),
        ("2h30m", 9_000_000), ("-2d12h", -216_000_000),
    ]
    static let invalidDurations = [
        "1x", "", "h", "1h1d", "1.5h", "--1h", "9223372036854775807d", "1d-2h", "1 h", "-", "1ms1s",
    ]

    static let patterns = [
        "*", "a*", "*b*", "\\*", "a\\*b", "", "hello*", "*world", "h*o w*d", "日*", "**", "x\\\\y", "*.*",
        "AbC", "abc",
    ]

    static let strings = [
        "", "a", "abc", "hello world", "a*b", "*", "x\\y", "日本", "foo.bar", "AbC", "color", "t1", "name",
    ]

    static let longs: [Int64] = [
        0, 1, 2, 3, -1, 7, 10, 42, 100, -5, Int64.max, Int64.max - 1, Int64.min, Int64.min + 1, 4_294_967_296,
        4_611_686_018_427_387_904, 3_037_000_500, -3_037_000_500,
    ]
}
