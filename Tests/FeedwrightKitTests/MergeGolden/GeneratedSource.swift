import Foundation

/// Partner source number `index` of ``GeneratedSite``: its format, its config entry and its
/// items, each a function of `index` (and the edition) only.
struct GeneratedSource {
    enum Format { case rss, atom, json }

    static let categories = [
        "Politics", "politics", "Экономика", "Sport", "Культура", "Tech", "Наука", "World",
    ]

    let index: Int

    var format: Format {
        if index % 40 == 13 { return .json }
        return index % 2 == 1 ? .atom : .rss
    }

    var name: String { "Partner \(index)" }

    var path: String {
        let ext = ["rss": "xml", "atom": "atom", "json": "json"]["\(format)"]!
        return index == GeneratedSite.missingSource
            ? "partners/missing-\(index).xml" : "partners/p\(index).\(ext)"
    }

    /// RSS sources writing their dates without a zone, read in the config's `timeZone`.
    var writesZonelessDates: Bool { index % 250 == 42 }

    /// Hours east of UTC the source writes its dates in.
    var offsetHours: Int {
        switch format {
        case .rss: index % 3 == 0 ? 3 : 0
        case .atom: index % 4 == 1 ? 3 : 0
        case .json: 0
        }
    }

    var configEntry: String {
        var fields = [#""name": "\#(name)""#, #""url": "\#(path)""#]
        if writesZonelessDates { fields.append(#""timeZone": "Europe/Moscow""#) }
        if index % 50 == 3 { fields.append(#""maxItems": 20"#) }
        if index % 50 == 27 { fields.append(#""maxAge": "2d""#) }
        return "    {" + fields.joined(separator: ", ") + "}"
    }

    /// The items of `edition`, newest first: edition 1 of a changed source drops its three
    /// newest items (its copy of a slot-2 story among them), rewrites one summary and adds
    /// new items (a story the changed sources share; on some, one of their own and one
    /// without a date).
    func items(edition: Int) -> [GeneratedItem] {
        var items = (0..<GeneratedSite.itemsPerSource).map(item)
        guard edition > 0 else { return items }
        items.removeFirst(3)
        items[0].html = "<p>Обновлённый текст заметки партнёра \(index).</p>"
        return freshItems + items
    }

    private var freshItems: [GeneratedItem] {
        let urgent = "Экстренное заседание совета №\(index % 50): «бюджет» пересмотрен"
        var fresh = [
            GeneratedItem(
                id: "fresh-\(index)-b", title: index % 2 == 0 ? urgent : urgent.uppercased(),
                link: link("fresh-b"),
                date: GeneratedSite.newest.addingTimeInterval(Double(5 + index / 100) * 60),
                html: "<p>Заседание.</p>", category: nil)
        ]
        if index % 200 == 11 {
            fresh.insert(
                GeneratedItem(
                    id: "fresh-\(index)-a", title: "Партнёр \(index): срочный выпуск", link: link("fresh-a"),
                    date: GeneratedSite.newest.addingTimeInterval(Double(20 - index / 200) * 60),
                    html: "<p>Срочно.</p>", category: "World"),
                at: 0)
        }
        if index % 200 == 64 {
            fresh.append(
                GeneratedItem(
                    id: "fresh-\(index)-c", title: "Партнёр \(index): без даты, выпуск 2",
                    link: link("fresh-c"),
                    date: nil, html: "<p>Без даты.</p>", category: nil))
        }
        return fresh
    }

    /// How long before ``GeneratedSite/newest`` an item of no shared story was published:
    /// from two hours back, 140 minutes per slot, the sources spread over those minutes.
    static func uniqueMinutes(slot: Int, index: Int) -> Int { 120 + slot * 140 + (index * 37) % 140 }

    private func item(_ slot: Int) -> GeneratedItem {
        var item = GeneratedItem(
            id: id(slot), title: "Партнёр \(index): заметка \(slot)", link: link("\(slot)"),
            date: GeneratedSite.newest.addingTimeInterval(
                -Double(Self.uniqueMinutes(slot: slot, index: index)) * 60),
            html: html(slot), category: slot % 3 == 0 ? Self.categories[(index + slot) % 8] : nil)
        if slot % 4 == 1 {
            item.title = "Partner \(index) note \(slot) — it’s “fine” & <calm>"
        }
        if GeneratedStory.isShared(slot: slot) {
            let story = GeneratedStory(slot: slot, group: index % 200)
            item.title = story.title(copy: index / 200)
            item.date = story.instant(copy: index / 200)
            // A wire story that every copy republishes under the wire's guid: the copies kept
            // beside the first (more than the window later) clash in the published feed.
            if story.group % 3 == 0 { item.id = "urn:golden:wire:\(story.group)" }
        }
        if slot == 10 && index % 250 == 17 {
            item.date = nil
            item.id = "urn:golden:undated"
        }
        return item
    }

    /// Sources 0-99 share guids in every fifth slot with the source 50 further on, for
    /// different stories (older than the published window; the clashes it shows are in
    /// `item(_:)`).
    private func id(_ slot: Int) -> String {
        if slot % 5 == 4 && index < 100 { return "urn:golden:clash:\(slot)-\(index % 50)" }
        switch format {
        case .rss: return "https://p\(index).example/items/\(slot)"
        case .atom: return "tag:p\(index).example,2026:\(slot)"
        case .json: return "p\(index)-\(slot)"
        }
    }

    private func link(_ tail: String) -> String { "https://p\(index).example/news/\(tail)" }

    private func html(_ slot: Int) -> String {
        guard slot % 7 == 3 else { return "<p>Заметка \(slot) партнёра \(index): короткий текст.</p>" }
        return "<p>Текст <b>важный</b><script>alert(\(index))</script> "
            + "<a href=\"javascript:void(0)\" onclick=\"steal()\">ссылка</a>"
            + "<iframe src=\"https://evil.example/\"></iframe><img src=\"x.png\" onerror=\"boom()\"></p>"
    }

    /// The source's document in its format.
    func document(_ items: [GeneratedItem]) -> String {
        switch format {
        case .rss: GeneratedDocuments.rss(self, items)
        case .atom: GeneratedDocuments.atom(self, items)
        case .json: GeneratedDocuments.json(self, items)
        }
    }
}
