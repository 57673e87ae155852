import FeedFormats
public import FeedModel
public import Foundation

/// The liberal parser: sniff the format, decode into the per-format tree, translate the
/// tree into the model. A bad field loses that field; ill-formed XML is recovered where
/// libxml2 can, and the result says so.
public enum FeedParser {
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
    public static func stream(
        _ input: FeedInput, options: ParseOptions = ParseOptions(), onEntry: (Entry, () -> Feed) -> Void
    ) throws(FeedParseError) -> ParsedFeed {
        let context = TranslationContext(options: options)
        let syntax = try input.syntax()
        if syntax == .json {
            var parsed = try parseJSON(try input.data(limit: options.maxBytes), context: context)
            let header = parsed.feed
            for entry in header.entries { onEntry(entry, { header }) }
            parsed.feed.entries = []
            return parsed
        }
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
                diagnostics: decoded.diagnostics + context.diagnostics)
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
            diagnostics: decoder.diagnostics + context.diagnostics)
    }
}
