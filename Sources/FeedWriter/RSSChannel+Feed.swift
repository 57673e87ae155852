import FeedDates
public import FeedFormats
public import FeedModel

extension RSSChannel {
    /// The RSS 2.0 rendering of `feed`: one small function per translated field.
    public init(feed: Feed, context: WriteContext) {
        let updated = feed.updated.map { FeedDateFormat.rfc822($0, in: context.timeZone) }
        let title = RequiredText.feedTitle(feed, context: context)
        self.init(
            title: title,
            link: RSSChannel.siteLink(feed, context: context),
            description: feed.subtitle.nonBlank ?? title,
            language: feed.language,
            copyright: feed.rights,
            managingEditor: feed.authors.first.flatMap(RSSChannel.mailbox),
            lastBuildDate: updated,
            generator: RSSChannel.generatorText(context.generator),
            docs: "https://www.rssboard.org/rss-specification",
            atomLinks: RSSChannel.atomLinks(context) + RSSChannel.relatedLinks(feed),
            items: feed.entries.map { RSSItem(entry: $0, context: context) }
        )
    }

    /// The self link, then one `rel="hub"` link per WebSub hub, which subscribers look for
    /// beside the self link.
    static func atomLinks(_ context: WriteContext) -> [RSSAtomLink] {
        let own = context.selfURL.map {
            RSSAtomLink(href: URIText.uri($0), rel: "self", type: FeedFormat.rss.mediaType)
        }
        let history = (context.history?.relations ?? []).map {
            RSSAtomLink(href: URIText.uri($0.href), rel: $0.rel, type: FeedFormat.rss.mediaType)
        }
        return [own].compactMap { $0 } + context.hubs.map { RSSAtomLink(href: URIText.uri($0), rel: "hub") }
            + history
    }

    /// The feed's `related` links (a rubric feed's main feed), as `atom:link`: RSS 2.0 has
    /// no element of its own for them.
    static func relatedLinks(_ feed: Feed) -> [RSSAtomLink] {
        feed.links.filter { $0.rel == "related" }.map {
            RSSAtomLink(href: URIText.uri($0.href), rel: "related", type: $0.type)
        }
    }

    /// RSS 2.0 requires the channel's link to the site. A feed that names none (an Atom feed
    /// with only a self link, a JSON Feed without `home_page_url`) gets the best stand-in:
    /// its self link, an http(s) feed id, the site root of its first item's link, or the
    /// URL the document was read from.
    static func siteLink(_ feed: Feed, context: WriteContext) -> String {
        let candidates =
            [feed.link(rel: "alternate")?.href, feed.link(rel: "self")?.href, context.selfURL, feed.id]
            + [(feed.entries.first?.link(rel: "alternate")?.href).flatMap(siteRoot), context.documentURL]
        let link = candidates.lazy.compactMap { $0 }.first {
            $0.hasPrefix("http://") || $0.hasPrefix("https://")
        }
        return link.map(URIText.uri) ?? ""
    }

    /// `https://example.org/` of `https://example.org/news/1`.
    private static func siteRoot(_ link: String) -> String? {
        guard let scheme = link.range(of: "://") else { return nil }
        let rest = link[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(link[..<scheme.upperBound] + host) + "/"
    }

    /// RSS wants `email (Name)` in person fields; without an e-mail there is nothing valid
    /// to write there.
    static func mailbox(_ person: Person) -> String? {
        guard let email = person.email else { return nil }
        return person.name.isEmpty ? email : "\(email) (\(person.name))"
    }

    static func generatorText(_ generator: Generator) -> String {
        [generator.name, generator.version].compactMap { $0 }.joined(separator: " ")
    }
}

extension RSSItem {
    /// The RSS 2.0 rendering of one entry.
    ///
    /// RSS 2.0 requires a title or a description: an item with neither gets the title
    /// `RequiredText` derives from its content or link. Blank fields are left out.
    public init(entry: Entry, context: WriteContext) {
        let author = entry.authors.first { $0.name.nonBlank != nil || $0.email.nonBlank != nil }
        let description = entry.summary?.nonBlank.map(HTMLText.html)
        self.init(
            title: entry.title.nonBlank ?? (description == nil ? RequiredText.entryTitle(entry) : nil),
            link: entry.link(rel: "alternate").map { URIText.uri($0.href) },
            description: description,
            author: author.flatMap(RSSChannel.mailbox),
            categories: Unique.values(
                entry.categories.map { RSSCategory($0.term, domain: $0.scheme.nonBlank) }),
            enclosures: Unique.values(entry.enclosures).map {
                RSSEnclosure(
                    url: URIText.uri($0.url), length: $0.length ?? 0, type: MediaType.valid($0.mimeType))
            },
            guid: RSSItem.guid(for: entry),
            pubDate: entry.effectiveDate.map { FeedDateFormat.rfc822($0, in: context.timeZone) },
            source: entry.origin.map {
                RSSSource(url: URIText.uri($0.feedURL), name: $0.name.nonBlank ?? $0.feedURL)
            },
            contentEncoded: entry.content?.nonBlank.map(HTMLText.html),
            dublinCore: DublinCore(creators: author.flatMap { $0.email == nil ? [$0.name] : nil } ?? [])
        )
    }

    /// The id `EntryIdentity` gives the entry; a permalink only when it is the very URL
    /// the item links to (a derived id never is).
    public static func guid(for entry: Entry) -> RSSGuid {
        let id = EntryIdentity.id(for: entry)
        let isLink = id.hasPrefix("http") && id == entry.link(rel: "alternate")?.href
        return RSSGuid(isLink ? URIText.uri(id) : id, isPermaLink: isLink)
    }
}
