import Foundation

/// A small RSS partner feed written into a sandbox, so a test can change what a partner
/// offers between two builds.
struct PartnerFeed {
    /// One item: its guid, title and RFC 822 date (`nil` for an undated item).
    struct Item {
        var guid: String
        var title: String
        var date: String?
    }

    var items: [Item]

    func write(to url: URL) throws {
        let body = items.map { item in
            "<item><title>\(item.title)</title><guid isPermaLink=\"false\">\(item.guid)</guid>"
                + (item.date.map { "<pubDate>\($0)</pubDate>" } ?? "")
                + "<description>&lt;b onclick=\"steal()\"&gt;\(item.title)&lt;/b&gt;</description></item>"
        }
        let xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Partner</title>"
            + "<link>https://partner.example/</link><description>d</description>"
            + body.joined() + "</channel></rss>"
        try Data(xml.utf8).write(to: url)
    }

    /// `count` items an hour apart, newest first, from 12 May 2025 12:00 UTC back.
    static func hourly(_ prefix: String, count: Int, from start: Int = 0) -> PartnerFeed {
        PartnerFeed(
            items: (start..<start + count).map { index in
                Item(
                    guid: "\(prefix)-\(index)", title: "\(prefix) story \(index)",
                    date: String(format: "Mon, 12 May 2025 %02d:00:00 +0000", 12 - index))
            })
    }
}
