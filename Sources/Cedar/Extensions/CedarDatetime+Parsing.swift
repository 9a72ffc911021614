extension CedarDatetime {
    /// Parses Cedar's `datetime` literal syntax, as `datetime("…")` accepts it; nil when the text is not valid.
    ///
    /// Accepted forms: `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ssZ`, `YYYY-MM-DDThh:mm:ss.SSSZ`, and the latter two with
    /// a UTC offset `+hhmm` or `-hhmm` in place of `Z` (offset hours below 24, minutes below 60). The date must
    /// exist in the proleptic Gregorian calendar (years 0000–9999), hours are below 24, minutes and seconds
    /// below 60 (no leap second). The value is the instant in UTC.
    public init?(parsing text: String) {
        guard case .success(let value) = Self.parse(text) else { return nil }
        self = value
    }

    /// Parses Cedar's `datetime` literal syntax, throwing the evaluation error `datetime("…")` raises.
    public init(cedarString text: String) throws(EvaluationError) {
        switch Self.parse(text) {
        case .success(let value): self = value
        case .failure(let error): throw error.evaluationError(extensionName: "datetime")
        }
    }

    static let millisecondsPerDay: Int64 = 86_400_000

    /// Parses like Rust Cedar's `parse_datetime`: the date, time, and millisecond/offset patterns are checked
    /// first, in that order, then the date, time and offset values.
    static func parse(_ text: String) -> Result<CedarDatetime, ExtensionValueParseError> {
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool {
            index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
        }
        func byte(_ index: Int, is character: Character) -> Bool {
            index < bytes.count && bytes[index] == character.asciiValue
        }
        func number(_ start: Int, _ count: Int) -> Int64 {
            bytes[start..<start + count].reduce(0) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        }

        // YYYY-MM-DD
        guard (0..<4).allSatisfy(isDigit), byte(4, is: "-"), isDigit(5), isDigit(6), byte(7, is: "-"),
            isDigit(8), isDigit(9)
        else { return .failure(.init("invalid date pattern")) }
        let dateText = String(decoding: bytes[0..<10], as: UTF8.self)
        let (year, month, day) = (number(0, 4), number(5, 2), number(8, 2))
        func date() -> Result<Int64, ExtensionValueParseError> {
            guard let days = daysSinceEpoch(year: year, month: month, day: day) else {
                return .failure(.init("invalid date: \(dateText)"))
            }
            return .success(days * millisecondsPerDay)
        }
        if bytes.count == 10 { return date().map(CedarDatetime.init(milliseconds:)) }

        // Thh:mm:ss
        guard byte(10, is: "T"), isDigit(11), isDigit(12), byte(13, is: ":"), isDigit(14), isDigit(15),
            byte(16, is: ":"), isDigit(17), isDigit(18)
        else { return .failure(.init("invalid hour/minute/second pattern")) }
        let (hour, minute, second) = (number(11, 2), number(14, 2), number(17, 2))

        // (.SSS)?(Z|(+|-)hhmm)
        var index = 19
        var millisecond: Int64 = 0
        if byte(index, is: "."), isDigit(index + 1), isDigit(index + 2), isDigit(index + 3) {
            millisecond = number(index + 1, 3)
            index += 4
        }
        var offset: (positive: Bool, hours: Int64, minutes: Int64)?
        if byte(index, is: "Z"), bytes.count == index + 1 {
            offset = nil
        } else if byte(index, is: "+") || byte(index, is: "-"), (1...4).allSatisfy({ isDigit(index + $0) }),
            bytes.count == index + 5
        {
            offset = (byte(index, is: "+"), number(index + 1, 2), number(index + 3, 2))
        } else {
            return .failure(.init("invalid millisecond and/or offset pattern"))
        }

        let dateMilliseconds: Int64
        switch date() {
        case .success(let value): dateMilliseconds = value
        case .failure(let error): return .failure(error)
        }
        guard hour < 24, minute < 60, second < 60 else {
            return .failure(.init("invalid hour/minute/second: \(String(decoding: bytes[11..<19], as: UTF8.self))"))
        }
        var milliseconds = dateMilliseconds + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
        if let offset {
            guard offset.hours < 24, offset.minutes < 60 else {
                return .failure(.init("invalid offset range: \(offset.hours)\(offset.minutes)"))
            }
            let offsetMilliseconds = (offset.hours * 60 + offset.minutes) * 60_000
            milliseconds += offset.positive ? -offsetMilliseconds : offsetMilliseconds
        }
        return .success(CedarDatetime(milliseconds: milliseconds))
    }

    /// Days from 1970-01-01 to the given proleptic Gregorian date, or nil if no such date exists.
    static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        // Days-from-civil: count from 0000-03-01 so that leap days end each 400-year era's years.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func isLeap(_ year: Int64) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
