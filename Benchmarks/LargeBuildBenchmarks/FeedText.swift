/// A document being written as UTF-8 bytes, with the two date formats feeds use.
struct FeedText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `instant` as RFC 822 (RSS `pubDate`), in Moscow time for Russian publishers.
    mutating func appendRFC822(_ instant: Int64, moscow: Bool) {
        let date = CivilDate(instant + (moscow ? 3 * 3600 : 0))
        append(
            "\(Self.weekdays[date.weekday]), \(date.day) \(Self.months[date.month - 1]) \(date.year) "
                + "\(date.time) \(moscow ? "+0300" : "GMT")")
    }

    /// `instant` as RFC 3339 (Atom `published`/`updated`).
    mutating func appendRFC3339(_ instant: Int64, moscow: Bool) {
        let date = CivilDate(instant + (moscow ? 3 * 3600 : 0))
        append(
            "\(date.year)-\(CivilDate.twoDigits[date.month])-\(CivilDate.twoDigits[date.day])T\(date.time)\(moscow ? "+03:00" : "Z")"
        )
    }

    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
}

/// A proleptic Gregorian date and time of day, from seconds since 1970 (no Foundation
/// formatter: the generator writes millions of dates).
fileprivate struct CivilDate {
    let year: Int
    let month: Int
    let day: Int
    /// 0 is a Thursday (1 January 1970 was one).
    let weekday: Int
    let time: String

    static let twoDigits = (0..<60).map { $0 < 10 ? "0\($0)" : "\($0)" }

    init(_ seconds: Int64) {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let second = Int(seconds - Int64(days) * 86_400)
        weekday = ((days % 7) + 7) % 7
        // Days to civil date, after Howard Hinnant's published algorithm.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        time =
            "\(Self.twoDigits[second / 3600]):\(Self.twoDigits[second / 60 % 60]):\(Self.twoDigits[second % 60])"
    }
}
