import FeedModel
import FeedParser
import Foundation

/// A canonical, human-readable JSON dump of a parse result, for golden files: every model
/// field, dates as UTC RFC 3339, diagnostics as code and position only (messages may be
/// reworded without re-recording every golden).
enum ModelDump {
    static func json(_ parsed: ParsedFeed) -> [UInt8] {
        serialize([
            "format": parsed.format.rawValue,
            "wellFormed": parsed.isWellFormed,
            "diagnostics": parsed.diagnostics.map(diagnostic),
            "feed": feed(parsed.feed),
        ])
    }

    static func json(error: FeedParseError) -> [UInt8] {
        serialize(["error": error.description])
    }

    private static func serialize(_ object: [String: Any]) -> [UInt8] {
        let data = try! JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return Array(data) + [0x0A]
    }

    private static func diagnostic(_ diagnostic: ParseDiagnostic) -> String {
        let position = [diagnostic.line, diagnostic.column].compactMap { $0 }.map(String.init).joined(
            separator: ":")
        return "\(diagnostic.severity.rawValue) \(diagnostic.code.rawValue)"
            + (position.isEmpty ? "" : " @\(position)")
    }

    private static func feed(_ feed: Feed) -> [String: Any] {
        compact([
            "id": feed.id, "title": feed.title, "subtitle": feed.subtitle, "links": feed.links.map(link),
            "language": feed.language, "authors": feed.authors.map(person), "rights": feed.rights,
            "generator": feed.generator?.name, "image": feed.image, "updated": date(feed.updated),
            "entries": feed.entries.map(entry),
        ])
    }

    private static func entry(_ entry: Entry) -> [String: Any] {
        compact([
            "id": entry.id, "title": entry.title, "links": entry.links.map(link),
            "summary": entry.summary.map(text), "content": entry.content.map(text),
            "published": date(entry.published), "updated": date(entry.updated),
            "authors": entry.authors.map(person), "categories": entry.categories.map(category),
            "enclosures": entry.enclosures.map(enclosure), "image": entry.image, "language": entry.language,
        ])
    }

    private static func link(_ link: Link) -> [String: Any] {
        compact([
            "href": link.href, "rel": link.rel, "type": link.type, "title": link.title,
            "hreflang": link.hreflang,
            "length": link.length,
        ])
    }

    private static func person(_ person: Person) -> [String: Any] {
        compact(["name": person.name, "email": person.email, "uri": person.uri])
    }

    private static func category(_ category: Category) -> [String: Any] {
        compact(["term": category.term, "scheme": category.scheme, "label": category.label])
    }

    private static func enclosure(_ enclosure: Enclosure) -> [String: Any] {
        compact([
            "url": enclosure.url, "type": enclosure.mimeType, "length": enclosure.length,
            "title": enclosure.title,
        ])
    }

    private static func text(_ text: Text) -> [String: Any] {
        ["type": text.kind.rawValue, "value": text.value]
    }

    private static func date(_ date: Date?) -> String? {
        guard let date else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// Drops absent values and empty lists so goldens show only what was found.
    private static func compact(_ fields: [String: Any?]) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in fields {
            guard let value else { continue }
            if let list = value as? [Any], list.isEmpty { continue }
            result[key] = value
        }
        return result
    }
}
