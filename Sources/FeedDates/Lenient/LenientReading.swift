import Foundation

/// The fields a grammar read, before they are checked and turned into an instant.
struct LenientReading {
    var year = 0
    var month = 0
    var day = 0
    var hour = 0
    var minute = 0
    var second = 0
    var nanoseconds = 0
    /// Only for ``LenientDate/Form/unixEpoch``.
    var epochSeconds = 0
    /// The zone the text named, or nil to read the time in the default zone.
    var zone: LenientOffset?
    /// The day name the text gave, 0 = Sunday.
    var weekday: Int?
    /// Defects recorded whatever the form.
    var repairs = LenientDate.Repairs()
    /// Defects only against a reference grammar (see ``LenientDate/Repair``); `missingComma`
    /// only against RFC 822's.
    var strictRepairs = LenientDate.Repairs()

    mutating func setDate(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day count since 1970, as week and ordinal dates compute it.
    mutating func setDate(days: Int) {
        let (year, month, day) = CivilCalendar.civilFromDays(days)
        setDate(year: year, month: month, day: day)
    }

    /// Validates the reading (Feb 30 and hour 25 give nil) and fixes its instant: with the
    /// named offset, or in `defaultZone` by ``CivilDateTime/instant(in:)`` when none was named.
    func result(form: LenientDate.Form, defaultZone: TimeZone) -> LenientDate.Result? {
        var repairs = repairs
        if form.hasReferenceGrammar {
            var strict = strictRepairs
            if form != .rfc822 { strict.remove(.missingComma) }
            repairs.formUnion(strict)
        }
        let fraction = Double(nanoseconds) / 1e9
        if form == .unixEpoch {
            let date = Date(timeIntervalSince1970: Double(epochSeconds) + fraction)
            return LenientDate.Result(date: date, zoneWasAssumed: false, form: form, repairs: repairs)
        }
        var second = second
        if second == 60 {
            second = 59
            repairs.insert(.leapSecond)
        }
        guard
            let civil = CivilDateTime(
                year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        if let weekday, weekday != CivilCalendar.weekday(days: days) {
            repairs.insert(.wrongDayName)
        }
        let local = civil.localEpochSeconds
        let seconds: Double =
            if let zone {
                Double(local - zone.seconds(atLocalEpochSeconds: local))
            } else {
                civil.instant(in: defaultZone).timeIntervalSince1970
            }
        return LenientDate.Result(
            date: Date(timeIntervalSince1970: seconds + fraction),
            zoneWasAssumed: zone == nil, form: form, repairs: repairs
        )
    }

    private var days: Int {
        CivilCalendar.daysFromCivil(year: year, month: month, day: day)
    }
}
