import Testing

@testable import Cedar

@Suite struct ExtensionDurationTests {
    @Test(
        arguments: [
            ("0ms", 0), ("1ms", 1), ("1s", 1_000), ("1m", 60_000), ("1h", 3_600_000), ("1d", 86_400_000),
            ("1d2h3m4s5ms", 93_784_005), ("-1d2h3m4s5ms", -93_784_005), ("1m5ms", 60_005), ("2h30m", 9_000_000),
            ("-0s", 0), ("007s", 7_000), ("1d1ms", 86_400_001), ("-1ms", -1),
            ("9223372036854775807ms", Int64.max), ("-9223372036854775808ms", Int64.min),
            ("106751991167d", 9_223_372_036_828_800_000), ("-106751991167d", -9_223_372_036_828_800_000),
            ("106751991167d7h12m55s807ms", Int64.max), ("-106751991167d7h12m55s808ms", Int64.min),
        ] as [(String, Int64)])
    func parsesValidDurations(text: String, milliseconds: Int64) {
        #expect(CedarDuration(parsing: text) == CedarDuration(milliseconds: milliseconds))
    }

    @Test(arguments: [
        ("", "invalid duration pattern"), ("-", "invalid duration pattern"), ("1", "invalid duration pattern"),
        ("d", "invalid duration pattern"), ("1x", "invalid duration pattern"), ("1h1d", "invalid duration pattern"),
        ("1s1m", "invalid duration pattern"), ("1ms1s", "invalid duration pattern"),
        ("1d1d", "invalid duration pattern"),
        ("1m1m", "invalid duration pattern"), ("1ms1ms", "invalid duration pattern"),
        ("--1d", "invalid duration pattern"),
        ("+1d", "invalid duration pattern"), ("1d-1h", "invalid duration pattern"), (" 1d", "invalid duration pattern"),
        ("1d ", "invalid duration pattern"), ("1D", "invalid duration pattern"), ("1.5h", "invalid duration pattern"),
        ("1d2", "invalid duration pattern"), ("١d", "invalid duration pattern"), ("1mss", "invalid duration pattern"),
        ("99999999999999999999dx", "invalid duration pattern"),
        ("9223372036854775808ms", "Duration overflows internal representation"),
        ("-9223372036854775809ms", "Duration overflows internal representation"),
        ("106751991168d", "Duration overflows internal representation"),
        ("106751991167d7h12m55s808ms", "Duration overflows internal representation"),
        ("99999999999999999999ms", "Duration overflows internal representation"),
    ])
    func rejectsInvalidDurations(text: String, message: String) {
        #expect(CedarDuration(parsing: text) == nil)
        #expect(
            throws: EvaluationError(.extensionError, "error while evaluating `duration` extension function: \(message)")
        ) {
            try CedarDuration(cedarString: text)
        }
    }

    @Test(arguments: [0, 1, -1, 90_000, Int64.max, Int64.min] as [Int64])
    func writesMillisecondsText(milliseconds: Int64) {
        let duration = CedarDuration(milliseconds: milliseconds)
        #expect(duration.cedarText == "\(milliseconds)ms")
        #expect(CedarDuration(parsing: duration.cedarText) == duration)
    }
}
