import Foundation

/// A site of 2,000 generated partner feeds (and a seed page), written to a temporary
/// directory, for the merge's golden test: the same bytes on every machine and every run.
///
/// It is a function of the source index and the item index only (no random numbers), so a
/// difference in the published files is a change of the merge, never of the inputs. What
/// the merge has to get right is all there: RSS 2.0, Atom and a few JSON Feeds; dates over
/// five days in two zones and a few items without one; stories carried by ten sources with
/// other quote marks, case, `ё`/`е`, dashes or spaces (``GeneratedStory``), minutes apart and
/// some more than the dedup window later; guids two sources share; HTML the sanitiser must
/// clean; sources with their own `maxItems` or `maxAge`; and one source whose file is
/// missing. Edition 1 changes a few sources: their newest items go (the archive stands in)
/// and new ones come.
struct GeneratedSite {
    static let sourceCount = 2000
    static let itemsPerSource = 50
    /// The source whose file is never written: a failing source in every build.
    static let missingSource = 1234
    /// The newest generated instant: 2026-01-15T09:00:00Z, half an hour before `FixedClock`.
    static let newest = Date(timeIntervalSince1970: 1_768_467_600)

    let root: URL

    /// The directory `root` with the config, the seed page and edition 0 of every source.
    init(root: URL, maxItems: Int, archive: Bool) throws {
        self.root = root
        let manager = FileManager.default
        try manager.createDirectory(
            at: root.appendingPathComponent("partners"), withIntermediateDirectories: true)
        try manager.createDirectory(
            at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        try Data(Self.config(maxItems: maxItems, archive: archive).utf8)
            .write(to: root.appendingPathComponent("config.json"))
        try Data(GeneratedSeedPage.text.utf8).write(to: root.appendingPathComponent("seeds/000_front.txt"))
        for index in 0..<Self.sourceCount where index != Self.missingSource {
            try write(source: index, edition: 0)
        }
    }

    var configFile: URL { root.appendingPathComponent("config.json") }

    /// Rewrites the sources edition 1 changes: one in a hundred.
    func writeEdition1() throws {
        for index in Self.changedSources where index != Self.missingSource {
            try write(source: index, edition: 1)
        }
    }

    static let changedSources = (0..<sourceCount).filter { $0 % 100 == 11 || $0 % 100 == 64 }

    private func write(source index: Int, edition: Int) throws {
        let source = GeneratedSource(index: index)
        let items = source.items(edition: edition)
        try Data(source.document(items).utf8).write(to: root.appendingPathComponent(source.path))
    }

    /// The config: every source in index order, a few with limits of their own.
    static func config(maxItems: Int, archive: Bool) -> String {
        let sources = (0..<sourceCount).map { GeneratedSource(index: $0).configEntry }
        let archiveSetting = archive ? #", "archive": {"pageSize": 100}"# : ""
        return """
            {
              "feed": {"title": "Сводка партнёров", "link": "https://hub.example.com/",
                "language": "ru", "tagAuthority": "hub.example.com,2026", "timeZone": "Europe/Moscow",
                "maxItems": \(maxItems)},
              "seeds": {"directory": "seeds"},
              "sources": [
            \(sources.joined(separator: ",\n"))
              ],
              "dedup": {"window": "30m"},
              "output": {"directory": "feeds", "baseURL": "https://hub.example.com/feeds/",
                "categories": true, "pages": true\(archiveSetting)},
              "state": {"path": ".feedwright/state.sqlite"}
            }

            """
    }
}

/// The site's own front page: a few headlines that partners also carry (the site's copy
/// wins), and one article, so that the pages include an article page.
enum GeneratedSeedPage {
    static let text: String = {
        var lines = ["Лента хаба"]
        for slot in [2, 7, 12] {
            let story = GeneratedStory(slot: slot, group: 5)
            lines.append("\(moscowStamp(story.instant.addingTimeInterval(-240))) \(story.title(copy: 0))")
        }
        lines.append(
            "\(moscowStamp(GeneratedSite.newest.addingTimeInterval(-3600))) Собственная новость хаба")
        lines += ["Обзор недели: что писали партнёры", "Обзоры", "", "Первый абзац обзора.", "Второй абзац."]
        return lines.joined(separator: "\n") + "\n"
    }()

    /// `DD.MM.YYYY, HH:MM` in Moscow time (UTC+3 all year since 2014).
    private static func moscowStamp(_ date: Date) -> String {
        let iso = GeneratedDates.rfc3339(date, offsetHours: 3)  // 2026-01-15T12:00:00+03:00
        let part = { (from: Int, length: Int) in
            String(iso.dropFirst(from).prefix(length))
        }
        return "\(part(8, 2)).\(part(5, 2)).\(part(0, 4)), \(part(11, 5))"
    }
}
