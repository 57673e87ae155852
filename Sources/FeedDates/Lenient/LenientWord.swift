/// What a word in a date can mean. One table serves every language and role, keyed by the
/// packed, case-folded letters ``ASCIIScanner/word()`` produces, so a lookup is one hash of
/// a `UInt64` and never builds a `String`.
enum LenientWord: Sendable {
    /// 0 = Sunday, as `CivilCalendar.weekday(days:)` counts; `isLong` for anything but the
    /// three-letter RFC 822 name.
    case weekday(Int, isLong: Bool)
    /// 1 = January; `isLong` for English names other than the three-letter RFC 822 ones.
    case month(Int, isLong: Bool, isRussian: Bool)
    case zone(LenientZoneName)
    /// `AM` / `PM`.
    case meridiem(isPM: Bool)
    /// `st`, `nd`, `rd`, `th` after an English day number.
    case ordinalSuffix
    /// Russian `г` / `года` ("year") after a year.
    case yearMarker
    /// `at`, Russian `в`, between a date and its time.
    case connector

    /// Keys of single ASCII letters, which are their alphabet positions.
    static let letterA: UInt64 = 1
    static let letterJ: UInt64 = 10
    static let letterM: UInt64 = 13
    static let letterP: UInt64 = 16
    static let letterZ: UInt64 = 26

    static func lookUp(_ word: ScannedWord) -> LenientWord? {
        table[word.key]
    }

    /// The key of a whole word, packed by the same scanner code that reads dates.
    static func key(_ text: String) -> UInt64 {
        var bytes = text
        let key = bytes.withUTF8 { bytes -> UInt64? in
            var scanner = ASCIIScanner(bytes)
            guard let word = scanner.word(), scanner.isAtEnd else { return nil }
            return word.key
        }
        guard let key else { preconditionFailure("\(text) is not a single word") }
        return key
    }

    private static let englishMonths: [[String]] = [
        ["Jan", "January"], ["Feb", "February"], ["Mar", "March"], ["Apr", "April"], ["May"],
        ["Jun", "June"], ["Jul", "July"], ["Aug", "August"], ["Sep", "Sept", "September"],
        ["Oct", "October"], ["Nov", "November"], ["Dec", "December"],
    ]

    /// Nominative, genitive and the usual abbreviations.
    private static let russianMonths: [[String]] = [
        ["январь", "января", "янв"], ["февраль", "февраля", "фев", "февр"], ["март", "марта", "мар"],
        ["апрель", "апреля", "апр"], ["май", "мая"], ["июнь", "июня", "июн"], ["июль", "июля", "июл"],
        ["август", "августа", "авг"], ["сентябрь", "сентября", "сен", "сент"],
        ["октябрь", "октября", "окт"], ["ноябрь", "ноября", "ноя", "нояб"], ["декабрь", "декабря", "дек"],
    ]

    private static let weekdays: [[String]] = [
        ["Sun", "Sunday"], ["Mon", "Monday"], ["Tue", "Tues", "Tuesday"], ["Wed", "Weds", "Wednesday"],
        ["Thu", "Thur", "Thurs", "Thursday"], ["Fri", "Friday"], ["Sat", "Saturday"],
    ]

    private static let table: [UInt64: LenientWord] = {
        var table: [UInt64: LenientWord] = [:]
        func add(_ name: String, _ meaning: LenientWord) {
            precondition(table.updateValue(meaning, forKey: key(name)) == nil, "\(name) is listed twice")
        }
        for (index, names) in englishMonths.enumerated() {
            for name in names { add(name, .month(index + 1, isLong: name.count != 3, isRussian: false)) }
        }
        for (index, names) in russianMonths.enumerated() {
            for name in names { add(name, .month(index + 1, isLong: false, isRussian: true)) }
        }
        for (index, names) in weekdays.enumerated() {
            for name in names { add(name, .weekday(index, isLong: name.count != 3)) }
        }
        for (name, zone) in LenientZoneName.all { add(name, .zone(zone)) }
        add("am", .meridiem(isPM: false))
        add("pm", .meridiem(isPM: true))
        for suffix in ["st", "nd", "rd", "th"] { add(suffix, .ordinalSuffix) }
        add("г", .yearMarker)
        add("года", .yearMarker)
        add("at", .connector)
        add("в", .connector)
        return table
    }()
}
