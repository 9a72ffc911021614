extension CedarDatetime {
    /// The instant `duration` later (earlier if negative), or nil if it is outside the 64-bit range.
    public func offset(by duration: CedarDuration) -> CedarDatetime? {
        let (sum, overflow) = milliseconds.addingReportingOverflow(duration.milliseconds)
        return overflow ? nil : CedarDatetime(milliseconds: sum)
    }

    /// The time from `other` to this instant, or nil if it is outside the 64-bit range.
    public func duration(since other: CedarDatetime) -> CedarDuration? {
        let (difference, overflow) = milliseconds.subtractingReportingOverflow(other.milliseconds)
        return overflow ? nil : CedarDuration(milliseconds: difference)
    }

    /// The start (00:00 UTC) of this instant's day, rounding toward the past for instants before 1970;
    /// nil if that is below the 64-bit range.
    public var date: CedarDatetime? {
        let (days, remainder) = milliseconds.quotientAndRemainder(dividingBy: Self.millisecondsPerDay)
        guard remainder < 0 else { return CedarDatetime(milliseconds: days * Self.millisecondsPerDay) }
        let (start, overflow) = (days - 1).multipliedReportingOverflow(by: Self.millisecondsPerDay)
        return overflow ? nil : CedarDatetime(milliseconds: start)
    }

    /// The time elapsed since the start (00:00 UTC) of this instant's day, in 0 ..< 24 h.
    public var timeOfDay: CedarDuration {
        let remainder = milliseconds % Self.millisecondsPerDay
        return CedarDuration(milliseconds: remainder < 0 ? remainder + Self.millisecondsPerDay : remainder)
    }
}

extension CedarDuration {
    /// Whole seconds, truncated toward zero.
    public var seconds: Int64 { milliseconds / 1000 }
    /// Whole minutes, truncated toward zero.
    public var minutes: Int64 { seconds / 60 }
    /// Whole hours, truncated toward zero.
    public var hours: Int64 { minutes / 60 }
    /// Whole days, truncated toward zero.
    public var days: Int64 { hours / 24 }
}
