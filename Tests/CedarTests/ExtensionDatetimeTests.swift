import Testing

@testable import Cedar

@Suite struct ExtensionDatetimeTests {
    @Test(
        arguments: [
            ("1970-01-01", 0),
            ("2024-10-15", 1_728_950_400_000),
            ("2024-10-15T11:38:02Z", 1_728_992_282_000),
            ("2024-10-15T11:38:02.101Z", 1_728_992_282_101),
            ("2024-10-15T11:38:02.101+1134", 1_728_950_642_101),
            ("2024-10-15T11:38:02.101-1134", 1_729_033_922_101),
            ("2024-10-15T11:38:02+1134", 1_728_950_642_000),
            ("2024-10-15T23:59:00+2359", 1_728_950_400_000),
            ("2024-10-15T00:00:00-2359", 1_729_036_740_000),
            ("1969-12-31T23:59:59.999Z", -1),
            ("2024-02-29", 1_709_164_800_000),
            ("2000-02-29", 951_782_400_000),
            ("0000-01-01", -62_167_219_200_000),
            ("0000-02-29", -62_162_121_600_000),
            ("9999-12-31T23:59:59.999Z", 253_402_300_799_999),
            ("0000-01-01T00:00:00+2359", -62_167_305_540_000),
            ("9999-12-31T23:59:59.999-2359", 253_402_387_139_999),
        ] as [(String, Int64)])
    func parsesValidDatetimes(text: String, milliseconds: Int64) {
        #expect(CedarDatetime(parsing: text) == CedarDatetime(milliseconds: milliseconds))
    }

    @Test(arguments: [
        ("", "invalid date pattern"), ("a", "invalid date pattern"), ("-1", "invalid date pattern"),
        ("11-12-13", "invalid date pattern"), ("1111-1x-20", "invalid date pattern"),
        ("10000-01-01", "invalid date pattern"), ("+2024-01-01", "invalid date pattern"),
        ("2024-1-01", "invalid date pattern"), ("٢٠٢٤-01-01", "invalid date pattern"),
        ("2024-10-15Z", "invalid hour/minute/second pattern"), ("2024-01-01T", "invalid hour/minute/second pattern"),
        ("2024-01-01 00:00:00Z", "invalid hour/minute/second pattern"),
        ("2024-01-01t00:00:00Z", "invalid hour/minute/second pattern"),
        ("2024-01-01T01:02", "invalid hour/minute/second pattern"),
        ("2024-01-01T1:02:03Z", "invalid hour/minute/second pattern"),
        ("2024-00-01T01:02Z", "invalid hour/minute/second pattern"),
        ("2024-01-01T00:00:00", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00ZZ", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00z", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00.0001Z", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00.01Z", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00.001", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00+00:00", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00+000", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00+00000", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00.001Z ", "invalid millisecond and/or offset pattern"),
        ("2024-01-01T00:00:00➕0000", "invalid millisecond and/or offset pattern"),
        ("2024-13-01T00:00:00.0001Z", "invalid millisecond and/or offset pattern"),
        ("2024-00-01", "invalid date: 2024-00-01"), ("2024-01-00", "invalid date: 2024-01-00"),
        ("2024-02-30", "invalid date: 2024-02-30"), ("2025-02-29", "invalid date: 2025-02-29"),
        ("1900-02-29", "invalid date: 1900-02-29"), ("2024-04-31", "invalid date: 2024-04-31"),
        ("2024-13-01T25:00:00Z", "invalid date: 2024-13-01"),
        ("2024-01-01T24:00:00Z", "invalid hour/minute/second: 24:00:00"),
        ("2024-01-01T01:60:03Z", "invalid hour/minute/second: 01:60:03"),
        ("2016-12-31T23:59:60Z", "invalid hour/minute/second: 23:59:60"),
        ("2016-12-31T23:59:60+9999", "invalid hour/minute/second: 23:59:60"),
        ("2024-01-01T00:00:00+2400", "invalid offset range: 240"),
        ("2024-01-01T00:00:00-0060", "invalid offset range: 060"),
        ("2024-01-01T00:00:00.123+9999", "invalid offset range: 9999"),
    ])
    func rejectsInvalidDatetimes(text: String, message: String) {
        #expect(CedarDatetime(parsing: text) == nil)
        #expect(
            throws: EvaluationError(.extensionError, "error while evaluating `datetime` extension function: \(message)")
        ) {
            try CedarDatetime(cedarString: text)
        }
    }

    @Test(
        arguments: [
            (0, "1970-01-01T00:00:00.000Z"), (-1, "1969-12-31T23:59:59.999Z"),
            (1_728_992_282_101, "2024-10-15T11:38:02.101Z"), (-62_167_219_200_000, "0000-01-01T00:00:00.000Z"),
            (253_402_300_799_999, "9999-12-31T23:59:59.999Z"), (253_402_300_800_000, "+10000-01-01T00:00:00.000Z"),
            (-62_167_219_200_001, "-0001-12-31T23:59:59.999Z"),
        ] as [(Int64, String)])
    func writesCanonicalText(milliseconds: Int64, text: String) {
        let datetime = CedarDatetime(milliseconds: milliseconds)
        #expect(datetime.cedarText == text)
        if !text.hasPrefix("+"), !text.hasPrefix("-") { #expect(CedarDatetime(parsing: text) == datetime) }
    }

    @Test func civilDateRoundTripsAcrossEras() {
        for days in stride(from: Int64(-800_000), through: 3_000_000, by: 997) {
            let (year, month, day) = CedarDatetime.civilDate(daysSinceEpoch: days)
            #expect(CedarDatetime.daysSinceEpoch(year: year, month: month, day: day) == days)
        }
    }
}
