extension CedarDatetime {
    /// The instant as an ISO 8601 UTC timestamp with milliseconds, `2024-10-15T11:38:02.101Z`, which
    /// `datetime("…")` reads back for years 0000–9999. Instants outside those years (reachable with `offset`)
    /// are written with a signed, wider year (`+10000-01-01T00:00:00.000Z`, `-0001-12-31T00:00:00.000Z`),
    /// which Cedar does not accept; use ``cedarExpression`` when the text must be Cedar.
    public var cedarText: String {
        let (days, millisecondOfDay) = milliseconds.quotientAndRemainder(dividingBy: Self.millisecondsPerDay)
        let (dayCount, dayMilliseconds) =
            millisecondOfDay < 0 ? (days - 1, millisecondOfDay + Self.millisecondsPerDay) : (days, millisecondOfDay)
        let (year, month, day) = Self.civilDate(daysSinceEpoch: dayCount)
        let yearText: String
        if (0...9999).contains(year) {
            yearText = Self.padded(year, 4)
        } else {
            yearText = (year < 0 ? "-" : "+") + Self.padded(year.magnitude, 4)
        }
        let seconds = dayMilliseconds / 1000
        let date = "\(yearText)-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
        let time =
            "\(Self.padded(seconds / 3600, 2)):\(Self.padded(seconds / 60 % 60, 2)):\(Self.padded(seconds % 60, 2))"
        return "\(date)T\(time).\(Self.padded(dayMilliseconds % 1000, 3))Z"
    }

    /// A Cedar expression that evaluates to this instant: `datetime("2024-10-15T11:38:02.101Z")`, or, outside
    /// years 0000–9999, `datetime("1970-01-01").offset(duration("…ms"))`.
    public var cedarExpression: String {
        let text = cedarText
        if text.hasPrefix("+") || text.hasPrefix("-") { return epochOffsetExpression }
        return "datetime(\"\(text)\")"
    }

    /// The instant as Rust Cedar writes computed datetimes in messages:
    /// `(datetime("1970-01-01")).offset(duration("1704067200000ms"))`.
    var epochOffsetExpression: String {
        "(datetime(\"1970-01-01\")).offset(\(CedarDuration(milliseconds: milliseconds).cedarExpression))"
    }

    /// The proleptic Gregorian date `daysSinceEpoch` days after 1970-01-01.
    static func civilDate(daysSinceEpoch: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func padded<T: BinaryInteger>(_ value: T, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
