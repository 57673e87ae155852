import FeedFormats
import FeedJSON
public import FeedModel
public import FeedXML

/// Writes a feed entry by entry as a parser produces them, handing bytes to `sink` in
/// chunks, so converting a large feed never holds the whole output in memory.
///
/// The header is written when the first entry arrives (or at `finish` for a feed with
/// none), from the feed as read by then. Feed-level fields that a source only gives after
/// its items are written after the items: every format allows that order.
///
/// Atom needs a date for the feed before its entries. When the header read by the first
/// entry has none, the entries are held until `finish`, where the newest date of the whole
/// document is known (see ``AtomStandInDate``); such a conversion holds the feed in memory.
public final class StreamingFeedWriter {
    /// Receives each chunk of output; the buffer is valid only during the call.
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    private let format: FeedFormat
    private let context: WriteContext
    private let sink: Sink
    private var xml: XMLWriter?
    private var json = JSONWriter(capacity: 1 << 17)
    private var header: Feed?
    private var pending = 0
    private var ids = EntryIDs()
    /// Atom entries held until the feed's stand-in date is known; `nil` when not holding.
    private var heldEntries: [Entry]?
    /// The stand-in date undated Atom entries get once it is known.
    private var standIn: AtomStandInDate?
    private var undated = AtomStandInDate.UndatedEntries()

    /// What the writer chose on the reader's behalf; complete after `finish`.
    public private(set) var notes: [WriteNote] = []

    /// A writer for one feed in `format`, handing its output to `sink`.
    public init(format: FeedFormat, context: WriteContext, sink: @escaping Sink) throws(XMLWriterError) {
        self.format = format
        self.context = context
        self.sink = sink
        if format != .json { xml = try XMLWriter() }
    }

    /// Writes one entry; `header` is asked for only once, before the first.
    public func write(_ entry: Entry, header: () -> Feed) throws {
        if self.header == nil { try start(header()) }
        let entry = ids.identify(entry)
        if heldEntries != nil {
            heldEntries!.append(entry)
            return
        }
        switch format {
        case .rss: RSSItem(entry: entry, context: context).write(to: xml!)
        case .atom: writeAtomEntry(entry)
        case .json:
            json.element()
            JSONFeedItem(entry: entry, context: context).write(to: &json)
        }
        pending += 1
        if pending >= 64 { try flush() }
    }

    /// Ends the document; `feed` is the feed as read to the end (without entries).
    public func finish(_ feed: Feed) throws {
        if header == nil { try start(feed) }
        if let held = heldEntries {
            heldEntries = nil
            standIn = AtomStandInDate(feedUpdated: feed.updated, entries: held, readAt: context.readAt)
            var final = feed
            final.entries = []
            writeAtomHeader(final)
            for entry in held { writeAtomEntry(entry) }
        }
        if let standIn {
            notes += standIn.notes(
                feedHadDate: standIn.source == .feedUpdated,
                undated: undated, zone: context.timeZone)
        }
        switch format {
        case .json:
            json.endArray()
            LateFields.json(written: header!, final: feed, context: context, to: &json)
            json.endObject()
            var tail = json.takeBytes()
            tail.append(UInt8(ascii: "\n"))
            try tail.withUnsafeBytes(sink)
        case .rss, .atom:
            if format == .rss, let note = WriteNote.siteLink(of: RSSChannel(feed: feed, context: context)),
                RSSChannel(feed: header!, context: context).link.isEmpty
            {
                notes.append(note)
            }
            LateFields.xml(format: format, written: header!, final: feed, context: context, to: xml!)
            let tail = try xml!.endDocument()
            try tail.withUnsafeBytes(sink)
        }
    }

    private func start(_ feed: Feed) throws {
        header = feed
        switch format {
        case .rss:
            let channel = RSSChannel(feed: feed, context: context)
            channel.startDocument(on: xml!)
            channel.writeHeader(to: xml!)
        case .atom:
            guard let updated = feed.updated else {
                heldEntries = []
                return
            }
            standIn = AtomStandInDate(feedUpdated: updated, entries: [], readAt: context.readAt)
            writeAtomHeader(feed)
        case .json:
            json.beginObject()
            JSONFeed(feed: feed, context: context).writeHeader(to: &json)
            json.key("items")
            json.beginArray()
        }
    }

    private func writeAtomHeader(_ feed: Feed) {
        let atom = AtomFeed(feed: feed, context: context, standIn: standIn!)
        atom.startDocument(on: xml!)
        atom.writeHeader(to: xml!)
    }

    private func writeAtomEntry(_ entry: Entry) {
        undated.add(entry)
        AtomEntry(entry: entry, context: context, feedID: header?.id, undatedUpdated: standIn?.date)
            .write(to: xml!)
    }

    private func flush() throws {
        pending = 0
        if let xml {
            try xml.drain(sink)
        } else {
            try json.drain(sink)
        }
    }
}
