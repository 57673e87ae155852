import Foundation

/// The generated sources' documents: RSS 2.0, Atom 1.0 and JSON Feed 1.1, written by hand
/// so that every byte is a function of the items alone.
enum GeneratedDocuments {
    static func rss(_ source: GeneratedSource, _ items: [GeneratedItem]) -> String {
        let entries = items.map { item in
            var lines = [
                "<item>", "<title>\(xml(item.title))</title>", "<link>\(xml(item.link))</link>",
                "<guid isPermaLink=\"false\">\(xml(item.id))</guid>",
            ]
            if let date = item.date {
                let stamp = GeneratedDates.rfc822(date, offsetHours: source.offsetHours)
                lines.append("<pubDate>\(source.writesZonelessDates ? zoneless(date) : stamp)</pubDate>")
            }
            if let category = item.category { lines.append("<category>\(xml(category))</category>") }
            lines += ["<description>\(xml(item.html))</description>", "</item>"]
            return lines.joined(separator: "\n")
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
            <title>\(xml(source.name))</title><link>https://p\(source.index).example/</link>
            <description>Generated partner \(source.index)</description>
            \(entries.joined(separator: "\n"))
            </channel></rss>

            """
    }

    static func atom(_ source: GeneratedSource, _ items: [GeneratedItem]) -> String {
        let entries = items.map { item in
            var lines = [
                "<entry>", "<title>\(xml(item.title))</title>", "<link href=\"\(xml(item.link))\"/>",
                "<id>\(xml(item.id))</id>",
            ]
            if let date = item.date {
                let stamp = GeneratedDates.rfc3339(date, offsetHours: source.offsetHours)
                lines += ["<published>\(stamp)</published>", "<updated>\(stamp)</updated>"]
            }
            if let category = item.category { lines.append("<category term=\"\(xml(category))\"/>") }
            lines += ["<summary type=\"html\">\(xml(item.html))</summary>", "</entry>"]
            return lines.joined(separator: "\n")
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>\(xml(source.name))</title><id>tag:p\(source.index).example,2026:feed</id>
            <link rel="self" href="https://p\(source.index).example/feed.atom"/>
            <link href="https://p\(source.index).example/"/>
            <updated>2026-01-15T09:00:00Z</updated><author><name>\(xml(source.name))</name></author>
            \(entries.joined(separator: "\n"))
            </feed>

            """
    }

    static func json(_ source: GeneratedSource, _ items: [GeneratedItem]) -> String {
        let entries = items.map { item in
            var fields = [
                "\"id\": \(string(item.id))", "\"title\": \(string(item.title))",
                "\"url\": \(string(item.link))",
                "\"content_html\": \(string(item.html))",
            ]
            if let date = item.date {
                fields.append("\"date_published\": \"\(GeneratedDates.rfc3339(date, offsetHours: 0))\"")
            }
            if let category = item.category { fields.append("\"tags\": [\(string(category))]") }
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        return """
            {"version": "https://jsonfeed.org/version/1.1", "title": \(string(source.name)),
             "home_page_url": "https://p\(source.index).example/",
             "feed_url": "https://p\(source.index).example/feed.json",
             "items": [
            \(entries.joined(separator: ",\n"))
             ]}

            """
    }

    private static func zoneless(_ date: Date) -> String {
        // Wall-clock Moscow time (UTC+3) without the zone: the config's timeZone says it.
        let stamp = GeneratedDates.rfc822(date, offsetHours: 3)
        return String(stamp.dropLast(6))
    }

    private static func xml(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func string(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

/// Feed date formats, computed by arithmetic from the seconds since 1970 (the civil-date
/// algorithm for the proleptic Gregorian calendar) so that neither the machine's locale nor
/// its zone database enters the bytes, and 100,000 dates cost no calendar calls.
enum GeneratedDates {
    /// From Thursday: 1970-01-01 was one.
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// `Thu, 15 Jan 2026 12:00:00 +0300`.
    static func rfc822(_ date: Date, offsetHours: Int) -> String {
        let time = Civil(date, offsetHours: offsetHours)
        return "\(weekdays[time.days % 7]), \(pad(time.day)) \(months[time.month - 1]) \(time.year) "
            + "\(pad(time.hour)):\(pad(time.minute)):\(pad(time.second)) +\(pad(offsetHours))00"
    }

    /// `2026-01-15T12:00:00+03:00`, or `…Z` in UTC.
    static func rfc3339(_ date: Date, offsetHours: Int) -> String {
        let time = Civil(date, offsetHours: offsetHours)
        let zone = offsetHours == 0 ? "Z" : "+\(pad(offsetHours)):00"
        return "\(time.year)-\(pad(time.month))-\(pad(time.day))T"
            + "\(pad(time.hour)):\(pad(time.minute)):\(pad(time.second))\(zone)"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// A wall-clock time after 1970, `offsetHours` east of UTC.
    private struct Civil {
        let days, year, month, day, hour, minute, second: Int

        init(_ date: Date, offsetHours: Int) {
            let seconds = Int(date.timeIntervalSince1970) + offsetHours * 3600
            days = seconds / 86_400
            (hour, minute, second) = (seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60)
            // Days since 0000-03-01, in 400-year eras; March first puts the leap day last.
            let shifted = days + 719_468
            let era = shifted / 146_097
            let dayOfEra = shifted - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let monthFromMarch = (5 * dayOfYear + 2) / 153
            day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
            month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
            year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        }
    }
}
