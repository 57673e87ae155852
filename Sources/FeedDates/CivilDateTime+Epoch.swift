extension CivilDateTime {
    /// The reading as if it were UTC: the value every zone offset is added to or subtracted from.
    var localEpochSeconds: Int {
        CivilCalendar.daysFromCivil(year: year, month: month, day: day) * CivilCalendar.secondsPerDay
            + hour * 3600 + minute * 60 + second
    }

    init(localEpochSeconds seconds: Int) {
        let (days, secondOfDay) = CivilCalendar.splitSeconds(seconds)
        let (year, month, day) = CivilCalendar.civilFromDays(days)
        self.init(
            unchecked: year, month, day,
            secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60
        )
    }
}
