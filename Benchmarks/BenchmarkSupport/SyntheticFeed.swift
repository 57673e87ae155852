public import FeedModel
import Foundation

/// A feed shaped like the benchmark corpus: half Russian, markup in titles, ~3 KB bodies,
/// categories and enclosures on most items.
public enum SyntheticFeed {
    /// With `richHTML`, bodies carry the markup of real publishing systems instead of plain
    /// paragraphs: see ``richBody(index:)``.
    public static func make(itemCount: Int, richHTML: Bool = false) -> Feed {
        let start = Date(timeIntervalSince1970: 1_747_057_500)
        let entries = (0..<itemCount).map {
            entry(index: $0, date: start.addingTimeInterval(Double(-$0) * 600), richHTML: richHTML)
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

    private static func entry(index: Int, date: Date, richHTML: Bool) -> Entry {
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
            content: .html(
                richHTML ? richBody(index: index) : String(repeating: paragraph + "\n", count: 30)),
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

    /// About 3 KB of the HTML blogs publish: links with queries, images with `srcset`,
    /// attributes in either quote and in capitals, inline styles, references; every tenth
    /// body has a relative link and every twentieth a comment (which sends it through the
    /// sanitiser).
    public static func richBody(index: Int) -> String {
        let link =
            index.isMultiple(of: 10)
            ? "/archive/\(index).html" : "https://bench.example.com/?p=\(index)&amp;ref=feed"
        let paragraph = """
            <p class='lead'>Participants <A HREF="\(link)" title="More">discussed</A> the situation &#8212; \
            and <em>agreed</em> on <span style="color: #333">measures</span>&hellip;</p>
            <figure><img src="https://bench.example.com/img/\(index).jpg" \
            srcset="https://bench.example.com/img/\(index)-2x.jpg 2x, https://bench.example.com/img/\(index)-3x.jpg 3x" \
            alt="Фото &laquo;\(index)&raquo;" width=640 height=480><figcaption>Фото: редакция</figcaption></figure>
            <ul><li><a href='https://bench.example.com/tags/\(index % 7)'>tag</a></li><li>Рынок &amp; кофе</li></ul>

            """
        let comment = index.isMultiple(of: 20) ? "<!-- more -->\n" : ""
        return comment + String(repeating: paragraph, count: 5)
    }
}
