import FeedFormats
import FeedModel

extension TranslationContext {
    /// Atom tree (1.0, or 0.3 mapped onto it) → model.
    ///
    /// Dublin Core is the fallback for each Atom element that is absent or blank
    /// (`dc:title`, `dc:description`, `dc:language`, `dc:creator`, `dc:rights`, `dc:date`).
    func feed(from atom: AtomFeed) -> Feed {
        let base = atom.base
        let dc = atom.dublinCore
        return Feed(
            id: atom.id.trimmed.isEmpty ? (options.documentURL ?? atom.title.value) : atom.id.trimmed,
            title: firstNonBlank(text(atom.title), dc.title)?.trimmed ?? "",
            subtitle: firstNonBlank(atom.subtitle.map(text), dc.description),
            links: atom.links.compactMap { link($0, base: base) },
            language: firstNonBlank(atom.language, dc.language),
            authors: authors(atom.authors, creators: dc.creators),
            rights: firstNonBlank(atom.rights.map(text), dc.rights),
            generator: atom.generator.map { Generator(name: $0.name, version: $0.version, uri: $0.uri) },
            image: atom.icon.flatMap { url($0, base: atom.iconBase ?? base) }
                ?? url(atom.logo, base: atom.logoBase ?? base),
            updated: date(atom.updated, field: "updated")
                ?? date(dc.modified.first, field: "dcterms:modified")
                ?? date(dc.dates.first, field: "dc:date"),
            entries: atom.entries.map { entry(from: $0, feed: atom) }
        )
    }

    /// One entry, translated as soon as it is decoded. Dublin Core is the fallback for
    /// each Atom element that is absent or blank, as for the feed; `dc:subject` adds
    /// categories.
    func entry(from entry: AtomEntry, feed: AtomFeed) -> Entry {
        let base = entry.base ?? feed.base
        let dc = entry.dublinCore
        let links = entry.links.filter { $0.rel != "enclosure" }.compactMap { link($0, base: base) }
        let published =
            date(entry.published, field: "published") ?? date(dc.dates.first, field: "dc:date")
        let translated = withDeferredHTMLBase {
            Entry(
                id: entry.id.trimmed,
                title: firstNonBlank(text(entry.title), dc.title)?.trimmed ?? "",
                links: links,
                summary: entry.summary.map { richText($0, base: base, field: "summary") }
                    ?? dc.description.map(Text.plain) ?? entry.media.description.map(Text.plain),
                content: entry.content.flatMap { content($0, base: base) },
                published: published,
                updated: date(entry.updated, field: "updated")
                    ?? date(dc.modified.first, field: "dcterms:modified")
                    ?? date(dc.dates.first, field: "dc:date"),
                authors: entryAuthors(entry, feed: feed),
                categories: (entry.categories.map {
                    Category(term: $0.term.trimmed, scheme: $0.scheme, label: $0.label)
                }
                    + dc.subjects.map { Category(term: $0.trimmed) }).filter { !$0.term.isEmpty },
                enclosures: entry.links.filter { $0.rel == "enclosure" }.compactMap {
                    enclosure($0, base: base)
                }
                    + mediaEnclosures(entry.media, base: base),
                image: url(
                    entry.media.thumbnails.first?.url ?? entry.media.contents.first?.thumbnails.first?.url,
                    base: base),
                language: entry.language ?? dc.language ?? feed.language ?? feed.dublinCore.language
            )
        }
        return EntryIdentity.identified(translated)
    }

    /// The entry's authors, else its `dc:creator`s; else, unless it was copied from
    /// another feed (`source`), the feed's (RFC 4287 section 4.2.1).
    private func entryAuthors(_ entry: AtomEntry, feed: AtomFeed) -> [Person] {
        let own = authors(entry.authors, creators: entry.dublinCore.creators)
        if !own.isEmpty || entry.source != nil { return own }
        return authors(feed.authors, creators: feed.dublinCore.creators)
    }

    /// Atom persons, else `dc:creator` names read as RSS bylines are.
    private func authors(_ people: [AtomPerson], creators: [String]) -> [Person] {
        people.isEmpty ? creators.compactMap(PersonText.parse) : people.map(person)
    }

    /// A text construct as plain text: titles and other short fields.
    private func text(_ construct: AtomText) -> String {
        switch construct.kind {
        case .text: construct.value.trimmed
        case .html, .xhtml: plainText(fromHTML: construct.value).trimmed
        }
    }

    /// Relative URLs resolve against the element's own `xml:base` when it has one.
    private func richText(_ construct: AtomText, base: String?, field: String) -> Text {
        switch construct.kind {
        case .text: .plain(construct.value)
        case .html, .xhtml: html(construct.value, base: construct.base ?? base, field: field)
        }
    }

    private func content(_ content: AtomContent, base inherited: String?) -> Text? {
        if content.src != nil { return nil }
        let base = content.base ?? inherited
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
        guard let href = url(link.href, base: link.base ?? base) else { return nil }
        return Link(
            href: href, rel: link.rel ?? "alternate", type: link.type, title: link.title,
            hreflang: link.hreflang, length: link.length)
    }

    private func enclosure(_ link: AtomLink, base: String?) -> Enclosure? {
        guard let href = url(link.href, base: link.base ?? base) else { return nil }
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
