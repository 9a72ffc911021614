import Testing

@testable import Cedar

@Suite struct ExtensionFunctionTests {
    private func call(_ name: String, _ arguments: Value...) throws(EvaluationError) -> Value {
        guard let function = ExtensionFunctions.named(name) else {
            throw EvaluationError(.extensionError, "no function \(name)")
        }
        return try function.apply(arguments)
    }

    private static func dec(_ text: String) -> Value { .decimal(CedarDecimal(parsing: text)!) }
    private static func ip(_ text: String) -> Value { .ipaddr(IPAddr(parsing: text)!) }
    private static func time(_ milliseconds: Int64) -> Value { .datetime(CedarDatetime(milliseconds: milliseconds)) }
    private static func span(_ milliseconds: Int64) -> Value { .duration(CedarDuration(milliseconds: milliseconds)) }

    @Test func everyRegisteredFunctionIsImplemented() {
        for function in ExtensionFunctions.all {
            let arguments: [Value] = function.parameterTypes.map { type in
                switch type {
                case .extension("decimal"): Self.dec("1.0")
                case .extension("ipaddr"): Self.ip("10.0.0.1")
                case .extension("datetime"): Self.time(0)
                case .extension("duration"): Self.span(1)
                default:
                    .string(
                        function.name == "ip"
                            ? "::1"
                            : function.name == "decimal" ? "1.0" : function.name == "datetime" ? "2024-01-01" : "1h")
                }
            }
            #expect(throws: Never.self, "\(function.name)") { _ = try function.apply(arguments) }
        }
    }

    @Test(arguments: [
        ("lessThan", "1.0", "1.0001", true), ("lessThan", "1.0", "1.0", false), ("lessThan", "-0.5", "0.0", true),
        ("lessThanOrEqual", "1.0", "1.0000", true), ("lessThanOrEqual", "2.0", "1.9999", false),
        ("greaterThan", "-1.0", "-1.0001", true), ("greaterThan", "0.0", "-0.0", false),
        ("greaterThanOrEqual", "-922337203685477.5808", "922337203685477.5807", false),
        ("greaterThanOrEqual", "3.14", "3.1400", true),
    ])
    func comparesDecimals(name: String, lhs: String, rhs: String, expected: Bool) throws {
        #expect(try call(name, Self.dec(lhs), Self.dec(rhs)) == .bool(expected))
    }

    @Test func constructsValuesFromStrings() throws {
        #expect(try call("decimal", .string("1.5")) == .decimal(CedarDecimal(scaled: 15_000)))
        #expect(
            try call("ip", .string("10.0.0.0/8"))
                == .ipaddr(IPAddr(isIPv4: true, address: 0x0A00_0000, prefixLength: 8)))
        #expect(try call("datetime", .string("1970-01-02")) == Self.time(86_400_000))
        #expect(try call("duration", .string("-1s")) == Self.span(-1_000))
        #expect(
            throws: EvaluationError(
                .extensionError,
                "error while evaluating `decimal` extension function: too many digits after the decimal in `1.23456`")
        ) {
            try call("decimal", .string("1.23456"))
        }
        #expect(
            throws: EvaluationError(
                .extensionError, "error while evaluating `ipaddr` extension function: invalid IP address: x")
        ) {
            try call("ip", .string("x"))
        }
    }

    @Test(arguments: [
        ("127.0.0.1", true, true, false), ("127.255.0.1/8", true, true, false), ("127.0.0.1/7", true, false, false),
        ("128.0.0.1", true, false, false), ("::1", false, true, false), ("::1/127", false, false, false),
        ("::ffff:7f00:1", false, false, false), ("224.0.0.1", true, false, true),
        ("239.255.255.255/4", true, false, true),
        ("224.0.0.0/3", true, false, false), ("240.0.0.1", true, false, false), ("ff02::1", false, false, true),
        ("ff00::/8", false, false, true), ("ff00::/7", false, false, false), ("fe80::1", false, false, false),
        ("0.0.0.0/0", true, false, false), ("::/0", false, false, false),
    ])
    func classifiesAddresses(text: String, isIPv4: Bool, isLoopback: Bool, isMulticast: Bool) throws {
        #expect(try call("isIpv4", Self.ip(text)) == .bool(isIPv4))
        #expect(try call("isIpv6", Self.ip(text)) == .bool(!isIPv4))
        #expect(try call("isLoopback", Self.ip(text)) == .bool(isLoopback))
        #expect(try call("isMulticast", Self.ip(text)) == .bool(isMulticast))
    }

    @Test(arguments: [
        ("10.0.0.1", "10.0.0.0/8", true), ("10.0.0.0/8", "10.0.0.1", false), ("10.0.0.0/24", "10.0.0.0/24", true),
        ("10.0.0.5/24", "10.0.0.0/24", true), ("10.0.1.0/24", "10.0.0.0/23", true),
        ("10.0.0.0/23", "10.0.1.0/24", false),
        ("11.0.0.1", "10.0.0.0/8", false), ("1.2.3.4", "0.0.0.0/0", true), ("255.255.255.255", "255.0.0.0/8", true),
        ("::1", "::/0", true), ("2001:db8::1", "2001:db8::/32", true), ("2001:db9::1", "2001:db8::/32", false),
        ("::ffff:a00:1", "10.0.0.0/8", false), ("10.0.0.1", "::ffff:a00:0/104", false), ("1.2.3.4", "::/0", false),
        ("::/0", "0.0.0.0/0", false), ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff::/16", true),
    ])
    func checksRangeContainment(address: String, range: String, expected: Bool) throws {
        #expect(try call("isInRange", Self.ip(address), Self.ip(range)) == .bool(expected))
    }

    @Test func comparesAddressesByFamilyBitsAndPrefix() {
        #expect(IPAddr(parsing: "10.0.0.1/24") != IPAddr(parsing: "10.0.0.0/24"))
        #expect(IPAddr(parsing: "10.0.0.1") == IPAddr(parsing: "10.0.0.1/32"))
        #expect(IPAddr(parsing: "1.2.3.4") != IPAddr(parsing: "::ffff:102:304"))
        #expect(IPAddr(parsing: "0.0.0.1") != IPAddr(parsing: "::1"))
        #expect(IPAddr(parsing: "::") == IPAddr(parsing: "0:0:0:0:0:0:0:0/128"))
    }

    private static let day: Int64 = 86_400_000

    /// How Rust Cedar writes a computed datetime in messages.
    private func epochExpression(_ milliseconds: Int64) -> String {
        "(datetime(\"1970-01-01\")).offset(duration(\"\(milliseconds)ms\"))"
    }

    @Test(
        arguments: [
            (0, 0, 0), (1, 0, 1), (-1, -day, day - 1), (-day, -day, 0), (-day - 1, -2 * day, day - 1),
            (day + 5, day, 5), (1_728_992_282_101, 1_728_950_400_000, 41_882_101),
            (Int64.max, Int64.max - Int64.max % day, Int64.max % day),
        ] as [(Int64, Int64, Int64)])
    func splitsDatetimesIntoDateAndTime(instant: Int64, date: Int64, time: Int64) throws {
        #expect(try call("toDate", Self.time(instant)) == Self.time(date))
        #expect(try call("toTime", Self.time(instant)) == Self.span(time))
    }

    @Test func reportsDatetimeOverflowLikeRust() throws {
        #expect(
            throws: EvaluationError(
                .extensionError,
                "error while evaluating `toDate` extension function: overflows when computing the date of "
                    + epochExpression(Int64.min)
            )
        ) {
            try call("toDate", Self.time(Int64.min))
        }
        #expect(try call("toTime", Self.time(Int64.min)) == Self.span(Int64.min % Self.day + Self.day))
        #expect(
            throws: EvaluationError(
                .extensionError,
                "error while evaluating `offset` extension function: overflows when adding an offset: "
                    + epochExpression(Int64.max) + "+(1ms)"
            )
        ) {
            try call("offset", Self.time(Int64.max), Self.span(1))
        }
        #expect(
            throws: EvaluationError(
                .extensionError,
                "error while evaluating `durationSince` extension function: "
                    + "overflows when computing the duration between "
                    + epochExpression(-2) + " and " + epochExpression(Int64.max)
            )
        ) {
            try call("durationSince", Self.time(-2), Self.time(Int64.max))
        }
        #expect(try call("offset", Self.time(Int64.max), Self.span(Int64.min)) == Self.time(-1))
        #expect(try call("offset", Self.time(1_000), Self.span(-3_000)) == Self.time(-2_000))
        #expect(try call("durationSince", Self.time(5), Self.time(8)) == Self.span(-3))
        #expect(try call("durationSince", Self.time(-1), Self.time(Int64.max)) == Self.span(Int64.min))
    }

    @Test(
        arguments: [
            (0, 0, 0, 0, 0), (999, 0, 0, 0, 0), (-999, 0, 0, 0, 0), (1_000, 1, 0, 0, 0), (-61_000, -61, -1, 0, 0),
            (93_784_005, 93_784, 1_563, 26, 1), (-93_784_005, -93_784, -1_563, -26, -1),
            (86_399_999, 86_399, 1_439, 23, 0),
            (Int64.max, 9_223_372_036_854_775, 153_722_867_280_912, 2_562_047_788_015, 106_751_991_167),
            (Int64.min, -9_223_372_036_854_775, -153_722_867_280_912, -2_562_047_788_015, -106_751_991_167),
        ] as [(Int64, Int64, Int64, Int64, Int64)])
    func convertsDurationsTruncatingTowardZero(
        milliseconds: Int64, seconds: Int64, minutes: Int64, hours: Int64, days: Int64
    ) throws {
        let duration = Self.span(milliseconds)
        #expect(try call("toMilliseconds", duration) == .long(milliseconds))
        #expect(try call("toSeconds", duration) == .long(seconds))
        #expect(try call("toMinutes", duration) == .long(minutes))
        #expect(try call("toHours", duration) == .long(hours))
        #expect(try call("toDays", duration) == .long(days))
    }

    @Test(
        arguments: [
            ("lessThan", [dec("1.0"), .long(1)], "type error: expected decimal, got long"),
            ("lessThan", [.string("1.0"), dec("1.0")], "type error: expected decimal, got string"),
            ("greaterThan", [dec("1.0"), ip("::1")], "type error: expected decimal, got ipaddr"),
            ("isInRange", [ip("::1"), .string("::1")], "type error: expected ipaddr, got string"),
            ("isIpv4", [dec("1.0")], "type error: expected ipaddr, got decimal"),
            ("offset", [span(1), span(1)], "type error: expected datetime, got duration"),
            ("offset", [time(0), time(1)], "type error: expected duration, got datetime"),
            ("durationSince", [time(0), span(1)], "type error: expected datetime, got duration"),
            ("toDays", [time(0)], "type error: expected duration, got datetime"),
            ("toTime", [.bool(true)], "type error: expected datetime, got bool"),
            ("decimal", [.long(1)], "type error: expected string, got long"),
            ("ip", [dec("1.0")], "type error: expected string, got decimal"),
            ("datetime", [.set([])], "type error: expected string, got set"),
            ("duration", [.record([:])], "type error: expected string, got record"),
        ] as [(String, [Value], String)])
    func rejectsWrongArgumentTypes(name: String, arguments: [Value], message: String) {
        #expect(throws: EvaluationError(.typeMismatch, message)) {
            try ExtensionFunctions.named(name)!.apply(arguments)
        }
    }
}
