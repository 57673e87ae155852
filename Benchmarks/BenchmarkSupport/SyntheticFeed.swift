public import FeedModel
import Foundation

/// A feed shaped like the benchmark corpus: half Russian, markup in titles, ~3 KB bodies,
/// categories and enclosures on most items.
public enum SyntheticFeed {
    public static func make(itemCount: Int) -> Feed {
        let start = Date(timeIntervalSince1970: 1_747_057_500)
        let entries = (0..<itemCount).map {
            entry(index: $0, date: start.addingTimeInterval(Double(-$0) * 600))
        }
        return Feed(
            id: "tag:bench.example.com,2025:feed",
            title: "Benchmark & <feed>",
            links: [Link(href: "https://bench.example.com/")],
            language: "ru",
            authors: [Person(name: "Редакция", email: "editor@bench.example.com")],
            updated: start,
            entries: entries
        )
    }

    private static func entry(index: Int, date: Date) -> Entry {
        let russian = index.isMultiple(of: 2)
        let title =
            russian
            ? "Новость №\(index): «Рынок» & <кофе> — рост на \(index % 97)%"
            : "Story #\(index): markets & <coffee> — up \(index % 97)%"
        let paragraph =
            russian
            ? "<p>Участники встречи обсудили ситуацию в регионах — и договорились о мерах.</p>"
            : "<p>Participants discussed the situation in the regions — and agreed on measures.</p>"
        return Entry(
            id: "https://bench.example.com/items/\(index)",
            title: title,
            links: [Link(href: "https://bench.example.com/items/\(index)")],
            summary: .html(paragraph),
            content: .html(String(repeating: paragraph + "\n", count: 30)),
            published: date,
            updated: date,
            authors: [Person(name: russian ? "Иван Петров" : "Jane Doe")],
            categories: (0...(index % 3)).map { Category(term: "Рубрика \($0)") },
            enclosures: index % 10 < 7
                ? [
                    Enclosure(
                        url: "https://bench.example.com/media/\(index).mp3", mimeType: "audio/mpeg",
                        length: 1_024)
                ]
                : []
        )
    }
}
