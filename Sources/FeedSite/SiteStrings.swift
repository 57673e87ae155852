/// The words pages print around the feed's own text, in the feed's language; templates see
/// them as `strings`.
struct SiteStrings: Sendable {
    /// Before a partner item's source name: "Source: Wire".
    let source: String
    /// The link from an article back to its place on the timeline.
    let back: String
    /// The heading of the group of items without a date.
    let undated: String
    /// Shown on a timeline with no items.
    let empty: String
    /// Before the links to the three feeds.
    let subscribe: String
    /// Stands in for an empty title, so that every link has text.
    let untitled: String
    /// Before an entry's categories.
    let rubric: String
    /// On a rubric page, before the links back to the whole site and its feeds.
    let allNews: String
    /// The link to the OPML list of the site's sources.
    let sources: String
}

/// A language the pages are written in: their words and how dates read.
///
/// A fixed table rather than the system's locale data, so that the same feed gives the
/// same bytes on every machine whatever ICU version or locale it has.
struct SiteLanguage: Sendable {
    let strings: SiteStrings
    /// Sunday first, as ``LocalTime/weekday`` counts.
    let weekdays: [String]
    /// The month names as they read after a day number.
    let months: [String]

    /// Russian for `ru` and its regional forms, English for everything else.
    static func forTag(_ tag: String?) -> SiteLanguage {
        let primary = tag?.split(separator: "-").first?.lowercased()
        return primary == "ru" ? .russian : .english
    }

    /// The heading of a day on the timeline, e.g. "Saturday, 10 May 2025".
    func dayLabel(_ time: LocalTime) -> String {
        "\(weekdays[time.weekday]), \(dateLabel(time))"
    }

    /// A date without the weekday, e.g. "10 May 2025" or "10 мая 2025".
    func dateLabel(_ time: LocalTime) -> String {
        "\(time.day) \(months[time.month - 1]) \(time.year)"
    }

    static let english = SiteLanguage(
        strings: SiteStrings(
            source: "Source", back: "Back to the timeline", undated: "Undated", empty: "No items yet.",
            subscribe: "Subscribe", untitled: "(untitled)", rubric: "Rubric",
            allNews: "All news",
            sources: "Our sources (OPML)"),
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ])

    // Month names in the genitive, as a Russian date ("10 мая") needs.
    static let russian = SiteLanguage(
        strings: SiteStrings(
            source: "Источник", back: "Вернуться к ленте", undated: "Без даты", empty: "Новостей пока нет.",
            subscribe: "Подписаться", untitled: "(без заголовка)", rubric: "Рубрика",
            allNews: "Все новости",
            sources: "Наши источники (OPML)"),
        weekdays: ["Воскресенье", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"],
        months: [
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря",
        ])
}
