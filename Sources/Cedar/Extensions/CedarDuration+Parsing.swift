extension CedarDuration {
    /// Parses Cedar's `duration` literal syntax, as `duration("…")` accepts it; nil when the text is not valid.
    ///
    /// The text is an optional `-` followed by one or more quantity-unit pairs, each a run of decimal digits and
    /// a unit, the units in the order `d`, `h`, `m`, `s`, `ms`, each at most once (`"1d2h3m4s5ms"`, `"-90m"`,
    /// `"0s"`). The total must fit a signed 64-bit count of milliseconds.
    public init?(parsing text: String) {
        guard case .success(let value) = Self.parse(text) else { return nil }
        self = value
    }

    /// Parses Cedar's `duration` literal syntax, throwing the evaluation error `duration("…")` raises.
    public init(cedarString text: String) throws(EvaluationError) {
        switch Self.parse(text) {
        case .success(let value): self = value
        case .failure(let error): throw error.evaluationError(extensionName: "duration")
        }
    }

    /// Milliseconds per unit, in the order the units must appear.
    private static let units: [(name: String, milliseconds: Int128)] = [
        ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1_000), ("ms", 1),
    ]

    /// Parses like Rust Cedar's `parse_duration`: pattern `^-?((\d+)d)?((\d+)h)?((\d+)m)?((\d+)s)?((\d+)ms)?$`
    /// with ASCII digits, then a total that must fit in 64 bits.
    static func parse(_ text: String) -> Result<CedarDuration, ExtensionValueParseError> {
        let invalid = ExtensionValueParseError("invalid duration pattern")
        let overflow = ExtensionValueParseError("Duration overflows internal representation")
        var bytes = Substring(text).utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return .failure(invalid) }

        var nextUnit = 0
        var total: Int128 = 0
        var overflowed = false
        while !bytes.isEmpty {
            let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard !digits.isEmpty else { return .failure(invalid) }
            bytes = bytes.dropFirst(digits.count)
            // The unit: `ms` when an `m` is followed by `s`, otherwise a single letter.
            let unitName: String
            if bytes.starts(with: "ms".utf8) {
                unitName = "ms"
            } else if let letter = bytes.first {
                unitName = String(decoding: [letter], as: UTF8.self)
            } else {
                return .failure(invalid)
            }
            guard let unitIndex = units[nextUnit...].firstIndex(where: { $0.name == unitName }) else {
                return .failure(invalid)
            }
            bytes = bytes.dropFirst(unitName.utf8.count)
            nextUnit = unitIndex + 1
            // Each quantity must fit in an unsigned 64-bit integer; the total must fit in a signed one.
            guard let quantity = UInt64(Substring(digits)) else {
                overflowed = true
                continue
            }
            total += Int128(quantity) * units[unitIndex].milliseconds
        }
        if overflowed { return .failure(overflow) }
        if negative { total = -total }
        guard let milliseconds = Int64(exactly: total) else { return .failure(overflow) }
        return .success(CedarDuration(milliseconds: milliseconds))
    }

    /// The duration as Rust Cedar displays it, a count of milliseconds: `90000ms`, `-5ms`.
    /// `duration("…")` reads it back.
    public var cedarText: String { "\(milliseconds)ms" }

    /// A Cedar expression that evaluates to this value: `duration("90000ms")`.
    public var cedarExpression: String { "duration(\"\(cedarText)\")" }
}
