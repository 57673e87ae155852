public import Foundation

/// One item of a feed (RSS `item`, Atom `entry`, JSON Feed item).
public struct Entry: Sendable, Equatable, Codable {
    /// Stable identifier: the source's id, else its alternate link, else a content-derived
    /// name (see ``EntryIdentity``); never random. Empty only in entries built by hand,
    /// which writers identify by the same rule.
    public var id: String
    public var title: String
    public var links: [Link]
    public var summary: Text?
    public var content: Text?
    public var published: Date?
    public var updated: Date?
    public var authors: [Person]
    public var categories: [Category]
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
