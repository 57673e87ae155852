import FeedFormats
import FeedModel

extension TranslationContext {
    /// JSON Feed tree → model.
    func feed(from json: JSONFeed) -> Feed {
        var links: [Link] = []
        if let home = url(json.homePageURL, base: nil) {
            links.append(Link(href: home, rel: "alternate", type: "text/html"))
        }
        if let feedURL = url(json.feedURL, base: nil) {
            links.append(Link(href: feedURL, rel: "self", type: "application/feed+json"))
        }
        for relation in ["current", "prev-archive", "next-archive"] {
            guard let href = url(json.archiveLinks[relation], base: nil) else { continue }
            links.append(Link(href: href, rel: relation, type: "application/feed+json"))
        }
        return Feed(
            id: json.feedURL ?? json.homePageURL ?? options.documentURL ?? json.title,
            title: json.title,
            subtitle: json.description,
            links: links,
            language: json.language,
            authors: json.authors.compactMap(person(from:)),
            image: url(json.icon ?? json.favicon, base: nil),
            entries: json.items.map { entry(from: $0, feedLanguage: json.language) }
        )
    }

    private func entry(from item: JSONFeedItem, feedLanguage: String?) -> Entry {
        var links: [Link] = []
        let itemURL = url(item.url, base: nil)
        if let itemURL { links.append(Link(href: itemURL)) }
        if let external = url(item.externalURL, base: nil) {
            links.append(Link(href: external, rel: "related"))
        }
        let translated = withDeferredHTMLBase {
            Entry(
                id: item.id,
                title: item.title ?? "",
                links: links,
                summary: item.summary.map(Text.plain),
                content: content(item),
                published: date(item.datePublished, field: "date_published"),
                updated: date(item.dateModified, field: "date_modified"),
                authors: item.authors.compactMap(person(from:)),
                categories: item.tags.map { Category(term: $0) },
                enclosures: item.attachments.compactMap { attachment in
                    url(attachment.url, base: nil).map {
                        Enclosure(
                            url: $0, mimeType: attachment.mimeType, length: attachment.sizeInBytes,
                            title: attachment.title)
                    }
                },
                image: url(item.image, base: nil),
                language: item.language ?? feedLanguage
            )
        }
        return EntryIdentity.identified(translated)
    }

    private func content(_ item: JSONFeedItem) -> Text? {
        if let html = item.contentHTML {
            return self.html(html, base: url(item.url, base: nil), field: "content_html")
        }
        return item.contentText.map(Text.plain)
    }

    private func person(from author: JSONFeedAuthor) -> Person? {
        guard let name = author.name ?? author.url else { return nil }
        if let url = author.url, url.hasPrefix("mailto:") {
            return Person(name: name, email: String(url.dropFirst(7)))
        }
        return Person(name: name, uri: author.url)
    }
}
