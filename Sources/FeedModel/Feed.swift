public import Foundation

/// The one format-independent feed: what every parser produces and every writer consumes.
///
/// Fields keep their rich shape (links with `rel` and `type`, categories with a scheme) so
/// that translating between formats loses as little as the formats allow.
public struct Feed: Sendable, Equatable {
    /// A stable, permanent identifier (Atom `id`, JSON Feed `feed_url` fallback).
    public var id: String
    /// The feed's title as plain text.
    public var title: String
    /// What the feed is about (RSS `description`, Atom `subtitle`).
    public var subtitle: String?
    /// Web links: `alternate` is the site, `self` is where this feed is published.
    public var links: [Link]
    /// The feed's language, as an RFC 5646 tag (`en`, `ru-RU`).
    public var language: String?
    /// The feed's authors, which apply to entries that name none.
    public var authors: [Person]
    /// The copyright or licence statement.
    public var rights: String?
    /// The program that produced the feed.
    public var generator: Generator?
    /// The feed's image or icon (RSS `image`, Atom `icon`/`logo`, JSON Feed `icon`).
    public var image: String?
    /// The latest change to the content; derived from the entries, never from the clock.
    public var updated: Date?
    /// The entries, in the order the source gave them (``Entry/newestFirst(_:_:)`` sorts them).
    public var entries: [Entry]

    /// A feed with the fields that are known.
    public init(
        id: String,
        title: String,
        subtitle: String? = nil,
        links: [Link] = [],
        language: String? = nil,
        authors: [Person] = [],
        rights: String? = nil,
        generator: Generator? = nil,
        image: String? = nil,
        updated: Date? = nil,
        entries: [Entry] = []
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.links = links
        self.language = language
        self.authors = authors
        self.rights = rights
        self.generator = generator
        self.image = image
        self.updated = updated
        self.entries = entries
    }
}

extension Feed {
    /// The first link with the given relation, if any.
    public func link(rel: String) -> Link? {
        links.first { $0.rel == rel }
    }
}
