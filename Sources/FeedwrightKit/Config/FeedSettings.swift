public import FeedModel
public import Foundation

/// The `feed` object of `config.json` (required): the feed-level metadata.
public struct FeedSettings: Sendable, Equatable {
    /// `feed.title` (optional, non-empty string). `nil` when absent: the caller then uses
    /// the title of the seed page's news block.
    public var title: String?
    /// `feed.description` (optional, non-empty string). `nil` when absent: the caller then
    /// uses the feed's title.
    public var description: String?
    /// `feed.link` (required): the site's home page, an absolute `http` or `https` URL.
    public var link: String
    /// `feed.language` (optional): a BCP 47 language tag such as `ru` or `en-US`. Only the
    /// shape is checked: a primary subtag of 2–8 letters (or `x`/`i`), then `-`-separated
    /// subtags of 1–8 letters or digits.
    public var language: String?
    /// `feed.tagAuthority` (optional): the `authority,date` part of the `tag:` URIs used as
    /// entry IDs (RFC 4151), e.g. `news.example.ru,2025` or `editor@example.ru,2025-05-12`.
    /// Defaults to `"<host of link>,2025"` (a fixed year, so IDs never change).
    public var tagAuthority: String
    /// `feed.author` (optional object): the feed's author; `nil` when absent.
    public var author: Person?
    /// `feed.timeZone` (optional): an IANA time zone identifier such as `Europe/Moscow`,
    /// used to read zone-less seed dates and to render offsets. Defaults to `UTC`.
    public var timeZone: TimeZone
    /// `feed.maxItems` (optional): the most items a written feed holds, an integer ≥ 1.
    /// Defaults to 50.
    public var maxItems: Int

    /// Settings for the site at `link`; what is not given takes `config.json`'s default (no title,
    /// UTC, 50 items).
    public init(
        title: String? = nil, description: String? = nil, link: String, language: String? = nil,
        tagAuthority: String, author: Person? = nil,
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, maxItems: Int = 50
    ) {
        self.title = title
        self.description = description
        self.link = link
        self.language = language
        self.tagAuthority = tagAuthority
        self.author = author
        self.timeZone = timeZone
        self.maxItems = maxItems
    }
}
