extension CronExpression {
    /// Why the expression matches no real date, or `nil` when it runs at all (`@reboot`
    /// included). `0 0 31 2 *` never fires; `0 0 29 2 *` fires in leap years.
    ///
    /// Decided by walking one whole Gregorian cycle (400 years, 146,097 days), after which
    /// dates and weekdays repeat exactly, so the answer holds for every year and does not
    /// depend on today's date. The walk stops at the first matching date.
    public var neverFiresReason: String? {
        guard case .times(let times) = schedule else { return nil }
        for number in 0..<146_097 where times.matches(CivilDay(number: number)) {
            return nil
        }
        return times.impossibleDateDescription
    }
}

extension CronTimes {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    /// The longest each month gets, leap years included.
    private static let longestMonths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// The reason in words: which months lack which days, or, when the weekday is what
    /// rules the dates out, that the three day fields never agree.
    fileprivate var impossibleDateDescription: String {
        let months = values[CronField.month.rawValue].values
        let days = values[CronField.dayOfMonth.rawValue].values
        let possible = months.contains { month in days.contains { $0 <= Self.longestMonths[month - 1] } }
        guard !possible else {
            return "never fires: no date matches its day of month, month and day of week together"
        }
        let monthText = Self.list(months.map { Self.monthNames[$0 - 1] }, joinedBy: "and")
        let dayText = Self.list(days.map(String.init), joinedBy: "or")
        return "never fires: \(monthText) \(months.count == 1 ? "has" : "have") no day \(dayText)"
    }

    /// `a`, `a or b`, `a, b or c`.
    private static func list(_ items: [String], joinedBy conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
    }
}
