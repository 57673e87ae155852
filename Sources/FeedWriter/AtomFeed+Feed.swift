import FeedDates
public import FeedFormats
public import FeedModel
public import Foundation

extension AtomFeed {
    /// The Atom 1.0 rendering of `feed`.
    ///
    /// RFC 4287 requires an author on the feed unless every entry has one, so a feed
    /// without configured authors names its own title as the author.
    /// A feed or entry without a date of its own gets the stand-in ``AtomStandInDate``
    /// computes from the whole feed.
    public init(feed: Feed, context: WriteContext) {
        let standIn = AtomStandInDate(
            feedUpdated: feed.updated, entries: feed.entries, readAt: context.readAt)
        self.init(feed: feed, context: context, standIn: standIn)
    }

    /// The rendering with a given stand-in date, for a writer that computed it already.
    init(feed: Feed, context: WriteContext, standIn: AtomStandInDate) {
        let zone = context.timeZone
        self.init(
            id: AtomIdentifier.feedIRI(feed),
            title: AtomText(RequiredText.feedTitle(feed, context: context)),
            subtitle: feed.subtitle.map { AtomText($0) },
            updated: FeedDateFormat.rfc3339(feed.updated ?? standIn.date, in: zone),
            links: AtomFeed.links(feed, context: context),
            authors: AtomFeed.authors(feed, context: context),
            generator: AtomGenerator(
                name: context.generator.name, uri: context.generator.uri, version: context.generator.version),
            rights: feed.rights.map { AtomText($0) },
            language: feed.language,
            entries: feed.entries.map {
                AtomEntry(entry: $0, context: context, feedID: feed.id, undatedUpdated: standIn.date)
            }
        )
    }

    static func links(_ feed: Feed, context: WriteContext) -> [AtomLink] {
        var links = feed.links.filter { $0.rel != "self" }.map(AtomLink.init(link:))
        if let selfURL = context.selfURL {
            links.append(AtomLink(href: selfURL, rel: "self", type: FeedFormat.atom.mediaType))
        }
        links += context.hubs.map { AtomLink(href: $0, rel: "hub") }
        links += (context.history?.relations ?? []).map {
            AtomLink(href: $0.href, rel: $0.rel, type: FeedFormat.atom.mediaType)
        }
        return links
    }

    static func authors(_ feed: Feed, context: WriteContext) -> [AtomPerson] {
        let authors = AtomPerson.named(feed.authors)
        let everyEntryHasAuthor =
            !feed.entries.isEmpty && feed.entries.allSatisfy { !AtomPerson.named($0.authors).isEmpty }
        if authors.isEmpty && !everyEntryHasAuthor {
            return [AtomPerson(name: RequiredText.feedTitle(feed, context: context))]
        }
        return authors
    }
}

extension AtomEntry {
    /// The Atom 1.0 rendering of one entry.
    ///
    /// RFC 4287 requires `content` or an alternate link; an entry with neither (a bare
    /// headline) gets its title as text content rather than an invalid entry. An id that is
    /// not an IRI is made one (see `AtomIdentifier`), with `feedID` as its base. An entry
    /// without a date has `undatedUpdated` as its required `updated`: the feed's
    /// ``AtomStandInDate``, else the time the document was read.
    public init(entry: Entry, context: WriteContext, feedID: String? = nil, undatedUpdated: Date? = nil) {
        let zone = context.timeZone
        let updated = FeedDateFormat.rfc3339(
            entry.updated ?? entry.published ?? undatedUpdated
                ?? AtomStandInDate(feedUpdated: nil, entries: [entry], readAt: context.readAt).date,
            in: zone)
        self.init(
            id: AtomIdentifier.iri(for: entry, feedID: feedID),
            title: AtomText(RequiredText.entryTitle(entry)),
            updated: updated,
            published: entry.published.map { FeedDateFormat.rfc3339($0, in: zone) },
            authors: AtomPerson.named(entry.authors),
            links: AtomEntry.links(entry) + Unique.values(entry.enclosures).map(AtomLink.init(enclosure:)),
            categories: Unique.values(entry.categories).map {
                AtomCategory(term: $0.term, scheme: Self.categoryScheme($0.scheme), label: $0.label)
            },
            summary: entry.summary.map(AtomText.init(text:)),
            content: AtomEntry.content(entry),
            source: entry.origin.map { AtomSource(origin: $0, entryUpdated: updated) }
        )
    }

    /// The entry's links, each once; of several alternates with the same type and
    /// language only the first, since RFC 4287 allows one per pair (an RSS item may give
    /// both a `link` and an `atom:link`). Media types and language tags ignore case, and
    /// the IANA IRI of `alternate` means `alternate`, so the pair is compared that way.
    static func links(_ entry: Entry) -> [AtomLink] {
        var alternates = Set<[String?]>()
        return Unique.values(entry.links).filter { link in
            guard link.rel == "alternate" || link.rel == "http://www.iana.org/assignments/relation/alternate"
            else { return true }
            return alternates.insert([link.type?.lowercased(), link.hreflang?.lowercased()]).inserted
        }.map(AtomLink.init(link:))
    }

    /// A category's scheme identifies its vocabulary, so RFC 4287 wants an IRI: a bare
    /// word (an RSS `domain="tags"`) is left out rather than published as an invalid scheme.
    static func categoryScheme(_ scheme: String?) -> String? {
        scheme.nonBlank.flatMap { AtomIdentifier.isAbsoluteIRI($0) ? $0 : nil }
    }

    static func content(_ entry: Entry) -> AtomContent? {
        if let content = entry.content?.nonBlank {
            return AtomContent(content.value, type: content.kind == .html ? "html" : nil)
        }
        if entry.link(rel: "alternate") != nil { return nil }
        return AtomContent(RequiredText.entryTitle(entry))
    }
}

extension AtomSource {
    /// RFC 4287's `source` for a merged entry. Its `updated` is the entry's own: the source
    /// feed held this entry, so it was updated at least then, and unlike the time we read it
    /// the value stays the same from build to build (the W3C validator warns without one).
    init(origin: Origin, entryUpdated: String) {
        self.init(id: origin.feedURL, title: origin.name, selfLink: origin.feedURL, updated: entryUpdated)
    }
}

extension AtomText {
    init(text: Text) {
        self.init(text.value, kind: text.kind == .html ? .html : .text)
    }
}

extension AtomPerson {
    init(person: Person) {
        self.init(name: person.name, uri: person.uri, email: person.email)
    }

    /// The people with a name (Atom requires one), as Atom persons.
    static func named(_ people: [Person]) -> [AtomPerson] {
        people.filter { $0.name.nonBlank != nil }.map(AtomPerson.init(person:))
    }
}

extension AtomLink {
    init(link: Link) {
        self.init(
            href: URIText.iri(link.href), rel: link.rel, type: link.type, hreflang: link.hreflang,
            title: link.title,
            length: link.length)
    }

    init(enclosure: Enclosure) {
        self.init(
            href: URIText.iri(enclosure.url), rel: "enclosure", type: MediaType.valid(enclosure.mimeType),
            title: enclosure.title,
            length: enclosure.length)
    }
}
