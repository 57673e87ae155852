public import FeedModel
public import Foundation

/// What a writer needs besides the feed itself: how to render instants, and the URLs the
/// files are published under (for self links).
public struct WriteContext: Sendable {
    /// Instants are stored; this zone only decides the offset they are written with.
    public var timeZone: TimeZone
    /// The published URL of the file being written, for `rel="self"` and `feed_url`.
    public var selfURL: String?
    /// WebSub hubs the feed names beside its self link (`rel="hub"`, JSON Feed `hubs`), so
    /// that readers can subscribe for pushed updates; empty for none.
    public var hubs: [String] = []
    /// The program named in the written feed's `generator`.
    public var generator: Generator
    /// Where the feed being converted came from: the last stand-in for a site link that
    /// RSS requires and a source did not give.
    public var documentURL: String?
    /// When the document being written was read (the command line sets the current time;
    /// tests a fixed one): the last stand-in for a date Atom requires and a document does
    /// not have at all (see ``AtomStandInDate``). `nil` keeps writing deterministic for
    /// callers with no clock; only then is the stand-in the epoch.
    public var readAt: Date?
    /// RFC 5005 archive links (and, for an archive page, `fh:archive`); `nil` for a feed
    /// without an archive.
    public var history: HistoryLinks?

    /// A context; only the time zone has no sensible default.
    public init(
        timeZone: TimeZone, selfURL: String? = nil, generator: Generator = .feedwright,
        documentURL: String? = nil, readAt: Date? = nil
    ) {
        self.timeZone = timeZone
        self.selfURL = selfURL
        self.generator = generator
        self.documentURL = documentURL
        self.readAt = readAt
    }
}
