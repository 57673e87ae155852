public import Foundation

/// One item of a feed (RSS `item`, Atom `entry`, JSON Feed item).
public struct Entry: Sendable, Equatable, Codable {
    /// Stable identifier: the source's id, else its alternate link, else a content-derived
    /// name (see ``EntryIdentity``); never random. Empty only in entries built by hand,
    /// which writers identify by the same rule.
    public var id: String
    /// The entry's title as plain text; empty when the source gave none.
    public var title: String
    /// The entry's links: `alternate` is the page it stands for.
    public var links: [Link]
    /// A short summary or excerpt.
    public var summary: Text?
    /// The entry's full content.
    public var content: Text?
    /// When the entry was first published.
    public var published: Date?
    /// When the entry last changed.
    public var updated: Date?
    /// The entry's authors; empty means the feed's authors.
    public var authors: [Person]
    /// The entry's categories or tags.
    public var categories: [Category]
    /// Media files attached to the entry (podcast episodes, downloads).
    public var enclosures: [Enclosure]
    /// A representative image (Media RSS thumbnail, iTunes image, JSON Feed `image`).
    public var image: String?
    /// The entry's language (`xml:lang` in scope, JSON Feed `language`).
    public var language: String?
    /// Where a merged entry came from; `nil` for the site's own items.
    public var origin: Origin?
    /// Set only when the parser was asked to defer sanitising: the base against which the
    /// still unsanitised HTML of `summary` and `content` resolves its relative URLs.
    public var htmlBase: String?

    /// An entry with the fields that are known; an empty `id` is filled in by
    /// ``EntryIdentity`` when the entry is written.
    public init(
        id: String,
        title: String,
        links: [Link] = [],
        summary: Text? = nil,
        content: Text? = nil,
        published: Date? = nil,
        updated: Date? = nil,
        authors: [Person] = [],
        categories: [Category] = [],
        enclosures: [Enclosure] = [],
        image: String? = nil,
        language: String? = nil,
        origin: Origin? = nil
    ) {
        self.id = id
        self.title = title
        self.links = links
        self.summary = summary
        self.content = content
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.enclosures = enclosures
        self.image = image
        self.language = language
        self.origin = origin
    }
}

extension Entry {
    /// The instant the entry is sorted and deduplicated by: `published`, else `updated`.
    public var effectiveDate: Date? { published ?? updated }

    /// The order feeds are published in: newest first, undated last, equal instants by ID,
    /// so that the order never depends on input order or on the sort algorithm.
    public static func newestFirst(_ lhs: Entry, _ rhs: Entry) -> Bool {
        let left = lhs.effectiveDate ?? .distantPast
        let right = rhs.effectiveDate ?? .distantPast
        return left != right ? left > right : lhs.id < rhs.id
    }

    /// The first link with the given relation, if any.
    public func link(rel: String) -> Link? {
        links.first { $0.rel == rel }
    }
}

/// A category or tag: Atom's `term`/`scheme`/`label`, RSS's text and `domain`.
public struct Category: Sendable, Equatable, Hashable, Codable {
    /// The category itself (Atom `term`, the text of RSS `category`, a JSON Feed tag).
    public var term: String
    /// The taxonomy `term` belongs to (Atom `scheme`, RSS `domain`).
    public var scheme: String?
    /// A human-readable name to show instead of `term` (Atom `label`).
    public var label: String?

    /// A category with the details that are known.
    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}
