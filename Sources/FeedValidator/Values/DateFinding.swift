internal import Foundation

/// What a date check found: the instant (when the text names one) and the defects.
struct DateCheckResult {
    var date: Date?
    var findings: [(code: ValidationCode, detail: String)] = []

    static func invalid(_ code: ValidationCode, _ detail: String) -> DateCheckResult {
        DateCheckResult(date: nil, findings: [(code, detail)])
    }
}

/// Proleptic Gregorian calendar arithmetic (Howard Hinnant's `days_from_civil`).
enum Calendar {
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        default: 0
        }
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    /// 0 = Sunday.
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let days = daysFromCivil(year: year, month: month, day: day)
        return ((days % 7) + 11) % 7
    }

    /// Checks the fields and returns the instant, or the `ImpossibleDate` detail.
    static func instant(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetMinutes: Int
    ) -> Result<Date, ImpossibleDate> {
        guard (1...12).contains(month) else { return .failure(ImpossibleDate("month \(month)")) }
        guard (1...daysInMonth(year: year, month: month)).contains(day) else {
            return .failure(ImpossibleDate("day \(day) of month \(month) in \(year)"))
        }
        guard hour <= 23, minute <= 59, second <= 60 else {
            return .failure(ImpossibleDate("time \(hour):\(minute):\(second)"))
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
        return .success(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    struct ImpossibleDate: Error {
        var detail: String
        init(_ detail: String) { self.detail = detail }
    }
}
