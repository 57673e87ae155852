import FeedDates
public import FeedModel
public import Foundation

/// Atom requires `updated` on the feed and on every entry (RFC 4287 §4.1.1, §4.1.2), and
/// RSS and JSON Feed sources often leave dates out. Nothing is invented: the stand-in is
/// the newest date the document has — the feed's own `updated`, else the newest date of
/// any entry — and only a document without a single date takes the time it was read
/// (``WriteContext/readAt``). Each use is reported as a ``WriteNote``. RSS and JSON Feed
/// simply leave missing dates out.
public struct AtomStandInDate: Sendable, Equatable {
    /// Where the stand-in came from, for the note that reports it.
    public enum Source: Sendable, Equatable {
        /// The feed's own `updated`.
        case feedUpdated
        /// The newest date of any entry.
        case newestEntry
        /// The time the document was read: it has no date at all.
        case readAt
        /// No date and no clock (a library caller without ``WriteContext/readAt``).
        case epoch
    }

    /// The date written where a date is missing.
    public var date: Date
    /// Where ``date`` came from.
    public var source: Source

    /// The stand-in for a feed whose own `updated` is `feedUpdated`, with `entries`.
    public init(feedUpdated: Date?, entries: some Sequence<Entry>, readAt: Date?) {
        if let feedUpdated {
            (date, source) = (feedUpdated, .feedUpdated)
        } else if let newest = AtomStandInDate.newestDate(of: entries) {
            (date, source) = (newest, .newestEntry)
        } else if let readAt {
            (date, source) = (readAt, .readAt)
        } else {
            (date, source) = (Date(timeIntervalSince1970: 0), .epoch)
        }
    }

    /// The newest `published` or `updated` among `entries`.
    static func newestDate(of entries: some Sequence<Entry>) -> Date? {
        var newest: Date?
        for entry in entries {
            for date in [entry.published, entry.updated].compactMap({ $0 })
            where newest.map({ date > $0 }) ?? true {
                newest = date
            }
        }
        return newest
    }

    /// The notes for a feed written with this stand-in: one for the feed when it had no
    /// date and the document had none either, one for its undated entries (named by the first one's title, as written).
    public func notes(feedHadDate: Bool, undated: UndatedEntries, zone: TimeZone) -> [WriteNote] {
        var notes: [WriteNote] = []
        let written = FeedDateFormat.rfc3339(date, in: zone)
        // A feed dated by its newest entry is what RFC 4287 means by `updated` (the last
        // time the feed changed), so only a date from outside the document is news.
        if !feedHadDate, source == .readAt || source == .epoch {
            notes.append(
                WriteNote(
                    .undatedFeed, "the feed has no date; Atom's required <updated> is \(origin) \(written)"))
        }
        if let first = undated.firstTitle {
            let name = "entry \"\(first)\""
            let more = undated.count > 1 ? " and \(undated.count - 1) more" : ""
            let verb = undated.count > 1 ? "have" : "has"
            notes.append(
                WriteNote(
                    .undatedEntry,
                    "\(name)\(more) \(verb) no date; Atom's required <updated> is \(origin) \(written)"))
        }
        return notes
    }

    /// The entries written without a date of their own: how many, and the first one's
    /// title as written.
    public struct UndatedEntries: Sendable {
        /// How many entries had no date.
        public private(set) var count = 0
        /// The first undated entry's title, to name it in the note.
        public private(set) var firstTitle: String?

        /// None counted yet.
        public init() {}

        mutating func add(_ entry: Entry) {
            guard entry.effectiveDate == nil else { return }
            if firstTitle == nil { firstTitle = RequiredText.entryTitle(entry) }
            count += 1
        }
    }

    private var origin: String {
        switch source {
        case .feedUpdated, .newestEntry: "the feed's newest date"
        case .readAt: "the time the document was read:"
        case .epoch: "the epoch (no date, no clock):"
        }
    }
}
