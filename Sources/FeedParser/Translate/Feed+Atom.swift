import FeedFormats
import FeedModel

extension TranslationContext {
    /// Atom tree (1.0, or 0.3 mapped onto it) → model.
    func feed(from atom: AtomFeed) -> Feed {
        let base = atom.base
        return Feed(
            id: atom.id.trimmed.isEmpty ? (options.documentURL ?? atom.title.value) : atom.id.trimmed,
            title: text(atom.title),
            subtitle: atom.subtitle.map(text),
            links: atom.links.compactMap { link($0, base: base) },
            language: atom.language,
            authors: atom.authors.map(person),
            rights: atom.rights.map(text),
            generator: atom.generator.map { Generator(name: $0.name, version: $0.version, uri: $0.uri) },
            image: url(atom.icon ?? atom.logo, base: base),
            updated: date(atom.updated, field: "updated"),
            entries: atom.entries.map { entry(from: $0, feed: atom) }
        )
    }

    /// One entry, translated as soon as it is decoded.
    func entry(from entry: AtomEntry, feed: AtomFeed) -> Entry {
        let base = entry.base ?? feed.base
        let links = entry.links.filter { $0.rel != "enclosure" }.compactMap { link($0, base: base) }
        let published = date(entry.published, field: "published")
        let translated = withDeferredHTMLBase {
            Entry(
                id: entry.id.trimmed,
                title: text(entry.title),
                links: links,
                summary: entry.summary.map { richText($0, base: base, field: "summary") }
                    ?? entry.media.description.map(Text.plain),
                content: entry.content.flatMap { content($0, base: base) },
                published: published,
                updated: date(entry.updated, field: "updated"),
                authors: (entry.authors.isEmpty ? (entry.source == nil ? feed.authors : []) : entry.authors)
                    .map(
                        person),
                categories: entry.categories.filter { !$0.term.trimmed.isEmpty }
                    .map { Category(term: $0.term.trimmed, scheme: $0.scheme, label: $0.label) },
                enclosures: entry.links.filter { $0.rel == "enclosure" }.compactMap {
                    enclosure($0, base: base)
                }
                    + mediaEnclosures(entry.media, base: base),
                image: url(
                    entry.media.thumbnails.first?.url ?? entry.media.contents.first?.thumbnails.first?.url,
                    base: base),
                language: entry.language ?? feed.language
            )
        }
        return EntryIdentity.identified(translated)
    }

    /// A text construct as plain text: titles and other short fields.
    private func text(_ construct: AtomText) -> String {
        switch construct.kind {
        case .text: construct.value.trimmed
        case .html, .xhtml: plainText(fromHTML: construct.value).trimmed
        }
    }

    private func richText(_ construct: AtomText, base: String?, field: String) -> Text {
        switch construct.kind {
        case .text: .plain(construct.value)
        case .html, .xhtml: html(construct.value, base: base, field: field)
        }
    }

    private func content(_ content: AtomContent, base: String?) -> Text? {
        if content.src != nil { return nil }
        guard let kind = content.textKind else {
            if let type = content.type,
                type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml")
            {
                return .plain(content.value)
            }
            report(
                .unsupportedContent, .info, "content of type \(content.type ?? "?") is not text; left out",
                "content")
            return nil
        }
        return richText(AtomText(content.value, kind: kind), base: base, field: "content")
    }

    private func link(_ link: AtomLink, base: String?) -> Link? {
        guard let href = url(link.href, base: base) else { return nil }
        return Link(
            href: href, rel: link.rel ?? "alternate", type: link.type, title: link.title,
            hreflang: link.hreflang, length: link.length)
    }

    private func enclosure(_ link: AtomLink, base: String?) -> Enclosure? {
        guard let href = url(link.href, base: base) else { return nil }
        return Enclosure(
            url: href, mimeType: link.type ?? "application/octet-stream", length: link.length,
            title: link.title)
    }

    /// `media:content` as enclosures, as for RSS.
    private func mediaEnclosures(_ media: MediaRSS, base: String?) -> [Enclosure] {
        media.contents.compactMap { content in
            url(content.url, base: base).map {
                Enclosure(
                    url: $0, mimeType: content.type ?? "application/octet-stream",
                    length: content.fileSize.flatMap { Int64($0.trimmed) }, title: content.title)
            }
        }
    }

    private func person(_ person: AtomPerson) -> Person {
        Person(name: person.name.trimmed, email: person.email?.trimmed, uri: person.uri?.trimmed)
    }
}
