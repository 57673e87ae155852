import FeedFormats
import FeedModel
import Foundation

extension TranslationContext {
    /// RSS tree (any version) → model.
    func feed(from channel: RSSChannel) -> Feed {
        let base = url(channel.link, base: channel.base)
        let selfLink = channel.atomLinks.first { $0.rel == "self" }?.href
        return Feed(
            id: selfLink ?? base ?? options.documentURL ?? channel.title,
            title: firstNonBlank(channel.title, channel.dublinCore.title)?.trimmed ?? "",
            subtitle: firstNonBlank(channel.description, channel.dublinCore.description),
            links: channelLinks(channel, base: base),
            language: firstNonBlank(channel.language, channel.dublinCore.language),
            authors: channelAuthors(channel),
            rights: firstNonBlank(channel.copyright, channel.dublinCore.rights),
            generator: channel.generator.map { Generator(name: $0) },
            image: channel.image.flatMap { url($0.url, base: base) } ?? channel.itunes.image,
            updated: date(channel.lastBuildDate, field: "lastBuildDate")
                ?? date(channel.pubDate, field: "pubDate")
                ?? date(channel.dublinCore.dates.first, field: "dc:date"),
            entries: channel.items.map { entry(from: $0, channel: channel) }
        )
    }

    /// The channel link as a base, resolved once per channel rather than once per item.
    private func channelBase(_ channel: RSSChannel) -> String? {
        if let cached = resolvedChannelBase, cached.link == channel.link, cached.base == channel.base {
            return cached.resolved
        }
        let resolved = url(channel.link, base: channel.base)
        resolvedChannelBase = (channel.link, channel.base, resolved)
        return resolved
    }

    private func channelLinks(_ channel: RSSChannel, base: String?) -> [Link] {
        var links: [Link] = []
        if let base { links.append(Link(href: base, rel: "alternate", type: "text/html")) }
        links += channel.atomLinks.compactMap { link in
            url(link.href, base: link.base ?? base).map { Link(href: $0, rel: link.rel, type: link.type) }
        }
        return links
    }

    /// `managingEditor`, then every `dc:creator`, then `dc:publisher`, then
    /// `itunes:author`: the first that names someone.
    private func channelAuthors(_ channel: RSSChannel) -> [Person] {
        if let editor = channel.managingEditor.flatMap(PersonText.parse) { return [editor] }
        let creators = channel.dublinCore.creators.compactMap(PersonText.parse)
        if !creators.isEmpty { return creators }
        if let publisher = channel.dublinCore.publisher.flatMap(PersonText.parse) { return [publisher] }
        return channel.itunes.author.flatMap(PersonText.parse).map { [$0] } ?? []
    }

    /// One item, translated as soon as it is decoded; the channel read so far gives the
    /// base for its relative links and its language.
    ///
    /// Relative links resolve against `xml:base` in scope, else the document's URL
    /// (RFC 3986); only when neither is known, against the channel's link.
    func entry(from item: RSSItem, channel: RSSChannel) -> Entry {
        let base = item.base ?? channelBase(channel)
        let link = url(item.link, base: item.linkBase ?? base)
        let itemBase = link ?? base
        let translated = withDeferredHTMLBase {
            Entry(
                id: identifier(item),
                title: title(item),
                links: itemLinks(item, link: link, base: base),
                summary: description(item).map {
                    html($0, base: item.descriptionBase ?? itemBase, field: "description")
                }
                    ?? item.itunes.summary.map(Text.plain) ?? item.media.description.map(Text.plain),
                content: item.contentEncoded.map {
                    html($0, base: item.contentEncodedBase ?? itemBase, field: "content:encoded")
                }
                    ?? item.xhtmlBody.map { html($0, base: itemBase, field: "xhtml:body") },
                published: date(item.pubDate, field: "pubDate")
                    ?? date(item.dublinCore.dates.first, field: "dc:date")
                    ?? date(item.atomPublished, field: "atom:published"),
                updated: date(item.dublinCore.modified.first, field: "dcterms:modified")
                    ?? date(item.dublinCore.dates.first, field: "dc:date")
                    ?? date(item.atomUpdated, field: "atom:updated"),
                authors: itemAuthors(item),
                categories: (item.categories.map { Category(term: $0.value.trimmed, scheme: $0.domain) }
                    + item.dublinCore.subjects.map { Category(term: $0.trimmed) }).filter {
                        !$0.term.isEmpty
                    },
                enclosures: enclosures(item, base: base),
                image: item.media.thumbnails.first?.url ?? item.media.contents.first?.thumbnails.first?.url
                    ?? item.itunes.image,
                language: firstNonBlank(channel.language, channel.dublinCore.language)
            )
        }
        return EntryIdentity.identified(translated)
    }

    /// `guid` when present; then RSS 1.0's `rdf:about`; else none, and `EntryIdentity`
    /// gives the entry its link or a content-derived id.
    private func identifier(_ item: RSSItem) -> String {
        if let guid = item.guid?.value.trimmed, !guid.isEmpty { return guid }
        if let about = item.about, !about.isEmpty { return about }
        return ""
    }

    /// `description`, else `dc:description` when the description is absent or blank.
    private func description(_ item: RSSItem) -> String? {
        if let description = item.description, !description.isBlank { return description }
        return item.dublinCore.description ?? item.description
    }

    /// `title`, else `dc:title`, else `media:title`: the first that is not blank.
    private func title(_ item: RSSItem) -> String {
        firstNonBlank(item.title, item.dublinCore.title, item.media.title)?.trimmed ?? ""
    }

    private func itemLinks(_ item: RSSItem, link: String?, base: String?) -> [Link] {
        var links: [Link] = []
        if let link { links.append(Link(href: link)) }
        let atomAlternate = item.atomLinks.contains { $0.rel == "alternate" }
        if link == nil, !atomAlternate, let guid = item.guid, guid.isPermaLink,
            URLResolution.isAbsolute(guid.value.trimmed), let href = url(guid.value, base: nil)
        {
            links.append(Link(href: href))
        }
        links += item.atomLinks.filter {
            $0.rel != "enclosure" && !($0.rel == "alternate" && $0.href == link)
        }
        .compactMap { link in
            url(link.href, base: link.base ?? base).map { Link(href: $0, rel: link.rel, type: link.type) }
        }
        if let comments = url(item.comments, base: base) {
            links.append(Link(href: comments, rel: "replies", type: "text/html"))
        }
        return links
    }

    /// `author`, then every `dc:creator` (a name appears once); iTunes only when neither.
    private func itemAuthors(_ item: RSSItem) -> [Person] {
        var people = ([item.author].compactMap { $0 } + item.dublinCore.creators).compactMap(PersonText.parse)
        people = people.enumerated().filter { index, person in
            !people[..<index].contains { $0.name == person.name }
        }.map(\.element)
        if !people.isEmpty { return people }
        let atomAuthors = item.atomAuthors.filter { !$0.name.trimmed.isEmpty }
        if !atomAuthors.isEmpty {
            return atomAuthors.map {
                Person(name: $0.name.trimmed, email: $0.email?.trimmed, uri: $0.uri?.trimmed)
            }
        }
        return item.itunes.author.flatMap(PersonText.parse).map { [$0] } ?? []
    }

    private func enclosures(_ item: RSSItem, base: String?) -> [Enclosure] {
        var result: [Enclosure] = []
        for enclosure in item.enclosures {
            guard let href = url(enclosure.url, base: enclosure.base ?? base) else { continue }
            let length = enclosure.length > 0 ? enclosure.length : nil
            result.append(Enclosure(url: href, mimeType: enclosure.type, length: length))
        }
        for link in item.atomLinks where link.rel == "enclosure" {
            guard let href = url(link.href, base: link.base ?? base),
                !result.contains(where: { $0.url == href })
            else {
                continue
            }
            let length = number(link.length, field: "atom:link/@length")
            result.append(
                Enclosure(url: href, mimeType: link.type ?? "application/octet-stream", length: length))
        }
        for content in item.media.contents {
            guard let href = url(content.url, base: base), !result.contains(where: { $0.url == href }) else {
                continue
            }
            let length = number(content.fileSize, field: "media:content/@fileSize")
            result.append(
                Enclosure(
                    url: href, mimeType: content.type ?? "application/octet-stream", length: length,
                    title: content.title))
        }
        return result
    }
}
