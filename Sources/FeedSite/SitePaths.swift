public import FeedModel
public import Foundation

/// Where pages and anchors live, relative to the output directory.
///
/// Every name is derived from the entry's id through ``StableDigest``, never from its title
/// or position, so a page keeps its address when the title is corrected, when other items
/// arrive, and on every machine.
public enum SitePaths {
    /// The timeline page.
    public static let index = "index.html"
    /// The folder of article pages.
    public static let articlesFolder = "articles"

    /// `articles/<hex>.html` for an own entry (`origin == nil`) that has content; `nil` for
    /// partner entries and headlines, whose place is an anchor on the timeline.
    public static func articlePath(for entry: Entry) -> String? {
        guard entry.origin == nil, hasArticle(entry) else { return nil }
        return "\(articlesFolder)/\(hex(entry)).html"
    }

    /// The fragment id of an entry on the timeline page: `item-<hex>`, a valid HTML id
    /// (letters, digits and a hyphen) whatever characters the entry id holds.
    public static func anchor(for entry: Entry) -> String {
        "item-\(hex(entry))"
    }

    /// The fragment id of a day section on the timeline page, e.g. `day-2025-05-10`, for the
    /// local day of `date` in `timeZone`.
    public static func dayAnchor(for date: Date, in timeZone: TimeZone) -> String {
        "day-" + LocalTime(date, in: timeZone).isoDate
    }

    /// Where an own entry can be opened: its article page, else `index.html#<anchor>`.
    public static func location(of entry: Entry) -> String {
        articlePath(for: entry) ?? "\(index)#\(anchor(for: entry))"
    }

    /// Whether an entry has a body worth a page of its own. A JSON Feed item must carry
    /// content, so a headline read back from our own feed.json has its title as plain
    /// content; that repeats the title and is no article. Judged on the text as pages print
    /// it, so that the links the feeds get and the pages written always agree.
    static func hasArticle(_ entry: Entry) -> Bool {
        guard let content = entry.content else { return false }
        let body = PageText.clean(content.value)
        return !body.isBlank && !(content.kind == .plain && body == PageText.clean(entry.title))
    }

    private static func hex(_ entry: Entry) -> String {
        var digest = StableDigest()
        digest.add(bytes: entry.id.utf8)
        return digest.hex
    }
}
