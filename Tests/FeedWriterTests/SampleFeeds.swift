import FeedModel
import Foundation

/// Models the golden tests render; each one exists to cover something particular.
enum SampleFeeds {
    static let moscow = TimeZone(identifier: "Europe/Moscow")!

    /// Every field the writers know, and text that must be escaped or guarded.
    static let kitchenSink = Feed(
        id: "tag:news.example.com,2025:feed",
        title: "Новости & <мнения>",
        subtitle: "Заголовки «дня» — и статьи",
        links: [Link(href: "https://news.example.com/", rel: "alternate", type: "text/html")],
        language: "ru",
        authors: [Person(name: "Редакция", email: "editor@news.example.com")],
        rights: "© 2025 Редакция",
        updated: Date(timeIntervalSince1970: 1_747_057_500),
        entries: [
            Entry(
                id: "https://news.example.com/a/1",
                title: "Россия – это не про лавандовый раф: «X5 Клуб» & <кофе>",
                links: [Link(href: "https://news.example.com/a/1")],
                summary: .plain("Первый абзац с <тегом> & амперсандом."),
                content: .html("<p>Текст ]]> внутри</p>\n<p>— Диалог, — сказал он.</p>"),
                published: Date(timeIntervalSince1970: 1_747_057_500),
                updated: Date(timeIntervalSince1970: 1_747_057_500),
                authors: [Person(name: "Иван Петров")],
                categories: [
                    Category(term: "Политика", scheme: "https://news.example.com/rubrics", label: "Политика")
                ],
                enclosures: [
                    Enclosure(url: "https://news.example.com/a/1.mp3", mimeType: "audio/mpeg", length: 12345)
                ]
            ),
            Entry(
                id: "tag:news.example.com,2025:headlines/20130601-1200-0000000000000001",
                title: "Заголовок 2013 года (UTC+4)",
                published: Date(timeIntervalSince1970: 1_370_073_600),
                updated: Date(timeIntervalSince1970: 1_370_073_600),
                origin: Origin(name: "Партнёр", feedURL: "https://partner.example.org/rss")
            ),
        ]
    )

    /// A feed with no entries: required elements must still be present.
    static let empty = Feed(
        id: "tag:news.example.com,2025:feed",
        title: "Пустая лента",
        links: [Link(href: "https://news.example.com/")]
    )

    static let all: [(name: String, feed: Feed)] = [("kitchen-sink", kitchenSink), ("empty", empty)]
}
