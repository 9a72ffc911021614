extension CedarDecimal {
    /// The number of digits after the decimal point a `decimal` keeps.
    static let fractionDigits = 4
    private static let scale: Int64 = 10_000

    /// Parses Cedar's `decimal` literal syntax, as `decimal("…")` accepts it; nil when the text is not valid.
    ///
    /// The text is an optional `-`, one or more digits, a `.`, and one to four digits (`"-12.5"`, `"0.0001"`);
    /// its value must fit a 64-bit integer once scaled by 10,000 (so −922337203685477.5808 through
    /// 922337203685477.5807).
    public init?(parsing text: String) {
        guard case .success(let value) = Self.parse(text) else { return nil }
        self = value
    }

    /// Parses Cedar's `decimal` literal syntax, throwing the evaluation error `decimal("…")` raises for bad text.
    public init(cedarString text: String) throws(EvaluationError) {
        switch Self.parse(text) {
        case .success(let value): self = value
        case .failure(let error): throw error.evaluationError(extensionName: "decimal")
        }
    }

    /// Parses like Rust Cedar: the text must match `^(-?\d+)\.(\d+)$` (where `\d` is any Unicode decimal digit),
    /// and then each part must convert to a 64-bit integer; errors are reported in Rust's order.
    static func parse(_ text: String) -> Result<CedarDecimal, ExtensionValueParseError> {
        let wellFormed = ExtensionValueParseError("`\(text)` is not a well-formed decimal value")
        let overflow = ExtensionValueParseError("overflow when converting to decimal")
        let scalars = Array(text.unicodeScalars)
        let negative = scalars.first == "-"
        let digitsStart = negative ? 1 : 0
        guard let point = scalars.firstIndex(of: ".") else { return .failure(wellFormed) }
        let whole = scalars[digitsStart..<point]
        let fraction = scalars[(point + 1)...]
        guard !whole.isEmpty, !fraction.isEmpty, whole.allSatisfy(Self.isDecimalDigit),
            fraction.allSatisfy(Self.isDecimalDigit)
        else { return .failure(wellFormed) }

        // Only ASCII digits convert to integers; other decimal digits match the pattern but fail to convert.
        guard let wholeValue = Self.integer(whole, negative: negative),
            case let (scaledWhole, wholeOverflow) = wholeValue.multipliedReportingOverflow(by: scale),
            !wholeOverflow
        else { return .failure(overflow) }
        let fractionUTF8Length = fraction.reduce(0) { $0 + String($1).utf8.count }
        guard fractionUTF8Length <= fractionDigits else {
            return .failure(ExtensionValueParseError("too many digits after the decimal in `\(text)`"))
        }
        guard let fractionValue = Self.integer(fraction, negative: false) else { return .failure(overflow) }
        var fractionScaled = fractionValue
        for _ in fraction.count..<fractionDigits { fractionScaled *= 10 }
        let (value, valueOverflow) =
            negative
            ? scaledWhole.subtractingReportingOverflow(fractionScaled)
            : scaledWhole.addingReportingOverflow(fractionScaled)
        guard !valueOverflow else { return .failure(overflow) }
        return .success(CedarDecimal(scaled: value))
    }

    /// Whether `scalar` is a Unicode decimal digit (general category Nd), as Rust's regex `\d` matches.
    private static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    /// The value of ASCII digits as a signed 64-bit integer, or nil if a digit is not ASCII or it overflows.
    private static func integer(_ digits: ArraySlice<Unicode.Scalar>, negative: Bool) -> Int64? {
        var value: Int64 = 0
        for scalar in digits {
            guard scalar.isASCII, let digit = Int64(String(scalar)) else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = next
        }
        return value
    }

    /// The value as Cedar text that `decimal("…")` reads back: `1.5`, `-0.0001`, `2.0`.
    ///
    /// Rust Cedar shows decimals by the text they were built from; this is the shortest such text.
    public var cedarText: String {
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt64(Self.scale)
        var fraction = String(magnitude % UInt64(Self.scale))
        fraction = String(repeating: "0", count: Self.fractionDigits - fraction.count) + fraction
        while fraction.count > 1, fraction.hasSuffix("0") { fraction.removeLast() }
        return (scaled < 0 ? "-" : "") + "\(whole).\(fraction)"
    }

    /// A Cedar expression that evaluates to this value: `decimal("1.5")`.
    public var cedarExpression: String { "decimal(\"\(cedarText)\")" }
}
