import FeedFormats
public import FeedModel
public import FeedXML

/// Model → per-format tree → bytes, for each format Feedwright writes.
public enum FeedRenderer {
    /// The bytes of `feed` in `format`. The same feed and context give the same bytes.
    public static func render(
        _ feed: Feed, as format: FeedFormat, context: WriteContext
    ) throws(XMLWriterError) -> [UInt8] {
        try rendered(feed, as: format, context: context).bytes
    }

    /// The bytes of `feed` in `format`, with what the writer had to choose for it (stand-in
    /// dates Atom requires).
    public static func rendered(
        _ feed: Feed, as format: FeedFormat, context: WriteContext
    ) throws(XMLWriterError) -> RenderedFeed {
        var feed = feed
        feed.entries = EntryIDs.unique(feed.entries)
        let isArchive = context.history?.isArchive == true
        switch format {
        case .rss:
            let channel = RSSChannel(feed: feed, context: context)
            return RenderedFeed(
                bytes: try channel.xmlBytes(isArchive: isArchive),
                notes: [WriteNote.siteLink(of: channel)].compactMap { $0 })
        case .atom:
            let standIn = AtomStandInDate(
                feedUpdated: feed.updated, entries: feed.entries, readAt: context.readAt)
            let bytes = try AtomFeed(feed: feed, context: context, standIn: standIn).xmlBytes(
                isArchive: isArchive)
            var undated = AtomStandInDate.UndatedEntries()
            for entry in feed.entries { undated.add(entry) }
            let notes = standIn.notes(
                feedHadDate: standIn.source == .feedUpdated, undated: undated, zone: context.timeZone)
            return RenderedFeed(bytes: bytes, notes: notes)
        case .json:
            let json = JSONFeed(feed: feed, context: context)
            return RenderedFeed(bytes: json.jsonBytes(history: context.history), notes: [])
        }
    }
}

/// A written feed and the notes its writer left.
public struct RenderedFeed: Sendable {
    /// The file's content, ready to write out.
    public var bytes: [UInt8]
    /// What the writer chose on the reader's behalf, for the user to hear about.
    public var notes: [WriteNote]
}

/// The formats Feedwright writes.
public enum FeedFormat: String, Sendable, CaseIterable, Equatable {
    /// RSS 2.0.
    case rss
    /// Atom 1.0 (RFC 4287).
    case atom
    /// JSON Feed 1.1.
    case json

    /// The media type a server should send the file with.
    public var mediaType: String {
        switch self {
        case .rss: "application/rss+xml"
        case .atom: "application/atom+xml"
        case .json: "application/feed+json"
        }
    }
}
