import FeedFormats
public import FeedModel
public import Foundation

/// The liberal parser: sniff the format, decode into the per-format tree, translate the
/// tree into the model. A bad field loses that field; ill-formed XML is recovered where
/// libxml2 can, and the result says so.
public enum Parser {
    /// Parses a document held in memory, collecting every entry.
    public static func parse(_ data: Data, options: ParseOptions = ParseOptions()) throws(FeedParseError)
        -> ParsedFeed
    {
        var entries: [Entry] = []
        var parsed = try stream(.data(data), options: options) { entry, _ in entries.append(entry) }
        parsed.feed.entries = entries
        return parsed
    }

    /// Parses a document and hands each entry to `onEntry` as soon as it is read, with a
    /// function giving the feed's header as read so far; the result's feed has no entries.
    /// Memory stays bounded by the largest entry when reading XML from a file.
    ///
    /// A document that is still gzip-compressed (compressed twice by a server, or a `.gz`
    /// file) is decompressed first, within `maxBytes`, with a `Compressed` warning.
    public static func stream(
        _ input: FeedInput, options: ParseOptions = ParseOptions(), onEntry: (Entry, () -> Feed) -> Void
    ) throws(FeedParseError) -> ParsedFeed {
        var (input, (head, isComplete)) = (input, try input.prefix(4096))
        var compressed: ParseDiagnostic?
        if GzipLayers.isGzip(head) {
            let (inflated, layers) = try GzipLayers.inflated(
                try input.data(limit: options.maxBytes), limit: options.maxBytes)
            (input, head, isComplete) = (.data(inflated), inflated, true)
            compressed = ParseDiagnostic(
                .compressed, .warning,
                "the document was gzip-compressed\(layers > 1 ? " \(layers) times" : "") after any HTTP "
                    + "decoding (a server compressing a compressed file, or a .gz file): decompressed")
        }
        var parsed = try stream(input, head: head, isComplete: isComplete, options: options, onEntry: onEntry)
        if let compressed { parsed.diagnostics.insert(compressed, at: 0) }
        return parsed
    }

    /// `stream` for a document that is not compressed, whose first bytes are `head`.
    private static func stream(
        _ input: FeedInput, head: Data, isComplete: Bool, options: ParseOptions,
        onEntry: (Entry, () -> Feed) -> Void
    ) throws(FeedParseError) -> ParsedFeed {
        let context = TranslationContext(options: options)
        let syntax = head.withUnsafeBytes { FormatSniffer.syntax(of: $0) }
        if syntax == .json {
            var parsed = try parseJSON(try input.data(limit: options.maxBytes), context: context)
            let header = parsed.feed
            for entry in header.entries { onEntry(entry, { header }) }
            parsed.feed.entries = []
            return parsed
        }
        try rejectNonFeed(input, head: head, isComplete: isComplete, options: options)
        let (xmlInput, repairs) = try repairedXMLInput(input, options: options)
        return try withoutActuallyEscaping(onEntry) { onEntry throws(FeedParseError) in
            var decoder = XMLFeedDecoder(context: context, onEntry: onEntry)
            if case .file = xmlInput { decoder.isLarge = true }
            var decoded = try decoder.decode(xmlInput)
            if let repairs {
                decoded.isWellFormed = false
                decoded.diagnostics.insert(repairs, at: 0)
            }
            let feed: Feed
            switch decoded.tree {
            case .rss(let channel): feed = context.feed(from: channel)
            case .atom(let atom): feed = context.feed(from: atom)
            }
            return ParsedFeed(
                feed: feed, format: decoded.format, isWellFormed: decoded.isWellFormed,
                diagnostics: decoded.diagnostics + context.diagnostics,
                entriesInDocument: decoded.entriesInDocument)
        }
    }

    /// Fails with one clear sentence for a document that is empty, has no element, or is a
    /// web page; any other document goes to the XML reader.
    private static func rejectNonFeed(
        _ input: FeedInput, head: Data, isComplete: Bool, options: ParseOptions
    ) throws(FeedParseError) {
        switch head.withUnsafeBytes({ DocumentStart.of($0, isComplete: isComplete) }) {
        case .other: return
        case .empty: throw FeedParseError("the document is empty")
        case .blank: throw FeedParseError("the document is empty: it holds nothing but whitespace")
        case .noRootElement:
            throw FeedParseError(
                "the document has no root element: nothing but an XML declaration and comments")
        case .webPage:
            let (page, _) = isComplete ? (head, true) : try input.prefix(WebPageFeedLinks.scanLimit)
            let feeds = page.withUnsafeBytes {
                WebPageFeedLinks.links(in: $0, documentURL: options.documentURL)
            }
            var error = FeedParseError(webPageMessage(feeds))
            error.isWebPage = true
            throw error
        }
    }

    /// What to tell someone who gave a web page where a feed was expected.
    static func webPageMessage(_ feeds: [String]) -> String {
        let shown = feeds.prefix(8).joined(separator: ", ")
        let more = feeds.count > 8 ? " and \(feeds.count - 8) more" : ""
        switch feeds.count {
        case 0: return "this is a web page (HTML), not a feed, and it links to no feed"
        case 1: return "this is a web page (HTML), not a feed; it links to the feed \(shown)"
        default: return "this is a web page (HTML), not a feed; it links to the feeds \(shown)\(more)"
        }
    }

    /// Documents up to this size are read into memory and have bare `&` and `<` repaired;
    /// larger files are streamed from disk as they are.
    static let repairLimit = 16 << 20

    private static func repairedXMLInput(
        _ input: FeedInput, options: ParseOptions
    ) throws(FeedParseError) -> (XMLInput, ParseDiagnostic?) {
        if case .file(let path) = input, input.fileSize() > repairLimit { return (.file(path), nil) }
        let bytes = [UInt8](try input.data(limit: options.maxBytes))
        guard let repaired = MarkupRepair.repair(bytes) else { return (.bytes(bytes), nil) }
        return (.bytes(repaired.bytes), ParseDiagnostic(.notWellFormed, .error, repairMessage(repaired)))
    }

    /// Names only the repairs that were made, so the common one-kind case reads simply.
    private static func repairMessage(_ repaired: MarkupRepair.Result) -> String {
        let parts = [
            (repaired.ampersands, "bare '&'"),
            (repaired.lessThans, "stray '<'"),
            (repaired.entities, "references XML does not define"),
            (repaired.strayEndTags, "end tags that match no open element (dropped)"),
            (repaired.insertedEndTags, "elements left open inside a closed one (closed there)"),
            (repaired.cdataEnds, "']]>' outside a CDATA section (kept as text)"),
            (repaired.unquotedValues, "attribute values without quotes (quoted)"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return "repaired " + parts.joined(separator: ", ")
            + ", so the text after them is kept; positions after them shift by a few columns"
    }

    static func parseJSON(_ data: Data, context: TranslationContext) throws(FeedParseError) -> ParsedFeed {
        var decoder = JSONFeedDecoder()
        let tree = try decoder.decode(data, maxEntries: context.options.maxEntries)
        let feed = context.feed(from: tree)
        let format: FeedSourceFormat = tree.version.hasSuffix("/1") ? .jsonFeed10 : .jsonFeed11
        return ParsedFeed(
            feed: feed, format: format, isWellFormed: true,
            diagnostics: decoder.diagnostics + context.diagnostics,
            entriesInDocument: decoder.entriesInDocument)
    }
}
