import Testing

@testable import Cedar

@Suite struct ExtensionDecimalTests {
    @Test(
        arguments: [
            ("1.0", 10_000), ("-1.0", -10_000), ("123.456", 1_234_560), ("0.1234", 1_234), ("-0.0123", -123),
            ("55.1", 551_000), ("-0.5", -5_000), ("-0.0", 0), ("007.0100", 70_100), ("0.0001", 1),
            ("922337203685477.5807", Int64.max), ("-922337203685477.5808", Int64.min),
        ] as [(String, Int64)])
    func parsesValidDecimals(text: String, scaled: Int64) {
        #expect(CedarDecimal(parsing: text) == CedarDecimal(scaled: scaled))
    }

    @Test(arguments: [
        ("1", "`1` is not a well-formed decimal value"),
        ("1.", "`1.` is not a well-formed decimal value"),
        (".1", "`.1` is not a well-formed decimal value"),
        ("+1.0", "`+1.0` is not a well-formed decimal value"),
        ("-", "`-` is not a well-formed decimal value"),
        ("", "`` is not a well-formed decimal value"),
        ("1.0.0", "`1.0.0` is not a well-formed decimal value"),
        ("--1.0", "`--1.0` is not a well-formed decimal value"),
        (" 1.0", "` 1.0` is not a well-formed decimal value"),
        ("1.0 ", "`1.0 ` is not a well-formed decimal value"),
        ("1e3.0", "`1e3.0` is not a well-formed decimal value"),
        ("1.23456", "too many digits after the decimal in `1.23456`"),
        ("1.00000", "too many digits after the decimal in `1.00000`"),
        ("922337203685477.5808", "overflow when converting to decimal"),
        ("-922337203685477.5809", "overflow when converting to decimal"),
        ("922337203685478.0", "overflow when converting to decimal"),
        ("99999999999999999999.0", "overflow when converting to decimal"),
        ("99999999999999999999.12345", "overflow when converting to decimal"),
        ("\u{663}.0", "overflow when converting to decimal"),
        ("1.\u{663}\u{663}", "overflow when converting to decimal"),
        ("1.\u{663}\u{663}\u{663}", "too many digits after the decimal in `1.\u{663}\u{663}\u{663}`"),
    ])
    func rejectsInvalidDecimals(text: String, message: String) {
        #expect(CedarDecimal(parsing: text) == nil)
        #expect(
            throws: EvaluationError(.extensionError, "error while evaluating `decimal` extension function: \(message)")
        ) {
            try CedarDecimal(cedarString: text)
        }
    }

    @Test(
        arguments: [
            (10_000, "1.0"), (15_000, "1.5"), (10_500, "1.05"), (-5_000, "-0.5"), (0, "0.0"), (1, "0.0001"),
            (Int64.max, "922337203685477.5807"), (Int64.min, "-922337203685477.5808"),
        ] as [(Int64, String)])
    func writesCanonicalText(scaled: Int64, text: String) {
        let decimal = CedarDecimal(scaled: scaled)
        #expect(decimal.cedarText == text)
        #expect(CedarDecimal(parsing: decimal.cedarText) == decimal)
    }
}
