import FeedDates
public import FeedFormats
public import FeedModel
import FeedXML

extension JSONFeed {
    /// The JSON Feed 1.1 rendering of `feed`.
    public init(feed: Feed, context: WriteContext) {
        self.init(
            title: RequiredText.feedTitle(feed, context: context),
            homePageURL: feed.link(rel: "alternate").map { URIText.iri($0.href) },
            feedURL: context.selfURL,
            description: feed.subtitle,
            authors: JSONFeedAuthor.authors(feed.authors),
            language: feed.language,
            items: feed.entries.map { JSONFeedItem(entry: $0, context: context) },
            hubs: context.hubs.map { JSONFeedHub(type: "WebSub", url: URIText.iri($0)) }
        )
    }
}

extension JSONFeedItem {
    /// The JSON Feed rendering of one entry.
    ///
    /// JSON Feed requires `content_html` or `content_text`; an entry with no content
    /// falls back to its summary, then to its (derived) title.
    public init(entry: Entry, context: WriteContext) {
        let zone = context.timeZone
        let content =
            entry.content?.nonBlank ?? entry.summary?.nonBlank ?? .plain(RequiredText.entryTitle(entry))
        self.init(
            id: EntryIdentity.id(for: entry),
            url: entry.link(rel: "alternate").map { URIText.iri($0.href) },
            title: entry.title,
            contentHTML: content.kind == .html ? content.value : nil,
            contentText: content.kind == .plain ? content.value : nil,
            summary: entry.summary.map(JSONFeedItem.plainSummary),
            datePublished: entry.published.map { FeedDateFormat.rfc3339($0, in: zone) },
            dateModified: entry.updated.map { FeedDateFormat.rfc3339($0, in: zone) },
            authors: JSONFeedAuthor.authors(entry.authors),
            tags: JSONFeedItem.tags(entry.categories),
            attachments: Unique.values(entry.enclosures).map {
                JSONFeedAttachment(
                    url: URIText.iri($0.url), mimeType: MediaType.valid($0.mimeType), title: $0.title,
                    sizeInBytes: $0.length)
            },
            origin: entry.origin.map {
                JSONFeedOrigin(sourceName: $0.name, sourceFeedURL: $0.feedURL, sourceHomePageURL: $0.siteURL)
            }
        )
    }
}

extension JSONFeedItem {
    /// The categories' terms, each once, blank ones left out; built with one allocation in
    /// the common case (no blank term), as a 10,000-item feed asks it 10,000 times.
    static func tags(_ categories: [Category]) -> [String] {
        guard categories.contains(where: { $0.term.isBlank }) else {
            return Unique.values(categories.map(\.term))
        }
        return Unique.values(categories.compactMap(\.term.nonBlank))
    }

    /// JSON Feed's `summary` is plain text, so an HTML summary is reduced to its text.
    static func plainSummary(_ summary: Text) -> String {
        summary.kind == .html ? PlainTextSummary.text(fromHTML: summary.value) : summary.value
    }
}

extension JSONFeedAuthor {
    init(person: Person) {
        self.init(
            name: person.name.nonBlank,
            url: person.uri.nonBlank ?? person.email.nonBlank.map { "mailto:\($0)" })
    }

    /// The people that have a name or a URL (an author object needs one of them).
    static func authors(_ people: [Person]) -> [JSONFeedAuthor] {
        let authors = people.map(JSONFeedAuthor.init(person:))
        let usable = { (author: JSONFeedAuthor) in author.name != nil || author.url != nil }
        return authors.allSatisfy(usable) ? authors : authors.filter(usable)
    }
}
