import FeedFormats
import FeedModel
import FeedXML
import Foundation

/// Where an XML document comes from: memory, or a file streamed from disk so memory does
/// not grow with its size.
enum XMLInput {
    case bytes([UInt8])
    case file(String)
}

/// An XML feed decoded into its per-format tree; items went to the entry handler.
struct DecodedXML {
    enum Tree {
        case rss(RSSChannel)
        case atom(AtomFeed)
    }

    var tree: Tree
    var format: FeedSourceFormat
    var isWellFormed: Bool
    var diagnostics: [ParseDiagnostic]
    /// Items in the whole document, when reading stopped at the item limit.
    var entriesInDocument: Int?
}

/// Streams an XML document through the reader, recognises the format from the root
/// element, hands each channel-level subtree to that format's decoder, and each item,
/// translated, to `onEntry` as soon as it is complete.
struct XMLFeedDecoder {
    let context: TranslationContext
    let onEntry: (Entry, () -> Feed) -> Void
    /// Whether the input is big enough to parse on a second thread.
    var isLarge = false

    func decode(_ input: XMLInput) throws(FeedParseError) -> DecodedXML {
        let reader = try makeReader(input)
        var stream = SubtreeStream(
            reader: reader, documentURL: context.options.documentURL, maxItems: context.options.maxEntries)
        stream.decodesTextOnReader = context.options.sanitizeHTML
        guard let root = stream.root() else {
            throw XMLFeedDecoder.firstError(reader) ?? FeedParseError("the document has no root element")
        }
        var decoded = try decodeBody(root: root, stream: &stream)
        decoded.isWellFormed = reader.isWellFormed
        decoded.diagnostics =
            XMLFeedDecoder.readerDiagnostics(reader)
            + stream.recoveries + decoded.diagnostics
        if let stop = stream.stoppedAt {
            decoded.entriesInDocument = ItemTagCount.count(
                input, itemName: stop.itemName, itemsRead: context.options.maxEntries,
                maxBytes: context.options.maxBytes)
            decoded.diagnostics.append(
                ParseDiagnostic(
                    .limitExceeded, .warning,
                    Self.truncationMessage(
                        limit: context.options.maxEntries, inDocument: decoded.entriesInDocument),
                    line: stop.line, column: stop.column, detail: .itemLimit(context.options.maxEntries)))
        }
        return decoded
    }

    /// The `LimitExceeded` message, with the document's item count when it is known.
    static func truncationMessage(limit: Int, inDocument: Int?) -> String {
        let rest =
            inDocument.map { "the document holds \($0) items; the other \($0 - limit) were not read" }
            ?? "the rest of the document was not read"
        return "truncated: stopped reading after \(limit) items (the item limit: raise it with "
            + "convert --max-items or a source's maxItems); \(rest)"
    }

    private func makeReader(_ input: XMLInput) throws(FeedParseError) -> XMLStreamReader {
        let options = XMLReaderOptions(recover: true, maxBytes: context.options.maxBytes)
        do {
            switch input {
            case .bytes(let bytes):
                return try XMLStreamReader(
                    bytes: bytes, url: context.options.documentURL, httpCharset: context.options.httpCharset,
                    options: options)
            case .file(let path):
                return try XMLStreamReader(
                    path: path, httpCharset: context.options.httpCharset, options: options)
            }
        } catch {
            throw FeedParseError(error.description)
        }
    }

    private func decodeBody(root: XMLElementStart, stream: inout SubtreeStream) throws(FeedParseError)
        -> DecodedXML
    {
        let context = self.context
        let onEntry = self.onEntry
        // The header a writer asks for before the first entry is read again at the end;
        // its diagnostics are reported then, once.
        let quiet = TranslationContext(options: context.options)
        switch (root.localName, root.namespaceURI) {
        case ("rss", let uri) where Namespace.isRSS2(uri):
            let version = RSSDecoder.version(of: root, doctype: stream.doctypePublicID)
            var decoder = RSSDecoder(version: version) { item, channel in
                onEntry(context.entry(from: item, channel: channel), { quiet.feed(from: channel) })
            }
            forEachSubtree(&stream, transparent: ["channel"]) { decoder.add($0) }
            return decoder.result()
        case ("RDF", Namespace.rdf):
            var decoder = RSSDecoder(version: .rss10) { item, channel in
                onEntry(context.entry(from: item, channel: channel), { quiet.feed(from: channel) })
            }
            forEachSubtree(&stream, transparent: []) { decoder.addRDF($0) }
            return decoder.result()
        case ("feed", let uri) where Namespace.isAtom(uri):
            var decoder = AtomDecoder(root: root, base: stream.rootBase) { entry, feed in
                onEntry(context.entry(from: entry, feed: feed), { quiet.feed(from: feed) })
            }
            if root.namespaceURI.isEmpty {
                decoder.note(.ignoredElement, "<feed> has no namespace; read as Atom 1.0", root)
            }
            forEachSubtree(&stream, transparent: []) { decoder.add($0) }
            return decoder.result()
        case ("entry", Namespace.atom10):
            // An Atom entry document (RFC 4287 section 4.1.2): a feed of one entry.
            var decoder = AtomDecoder(root: root, base: stream.rootBase) { entry, feed in
                onEntry(context.entry(from: entry, feed: feed), { quiet.feed(from: feed) })
            }
            decoder.addEntryDocument(stream.rootSubtree(root))
            return decoder.result()
        default:
            throw FeedParseError(
                "not a feed: the root element is <\(root.qualifiedName)>"
                    + (root.namespaceURI.isEmpty ? "" : " in namespace \(root.namespaceURI)"),
                line: root.line, column: root.column)
        }
    }

    /// Large files go through the two-thread pipeline; small documents are not worth a
    /// thread.
    private func forEachSubtree(
        _ stream: inout SubtreeStream, transparent: Set<String>, _ handle: (XMLNode) -> Void
    ) {
        if isLarge {
            SubtreePipeline.run(&stream, transparent: transparent, handle)
        } else {
            stream.forEachSubtree(transparent: transparent, handle)
        }
    }

    private static func readerDiagnostics(_ reader: XMLStreamReader) -> [ParseDiagnostic] {
        reader.diagnostics.map {
            let severity: ParseDiagnostic.Severity = $0.severity == .warning ? .warning : .error
            return ParseDiagnostic(
                code(for: $0.readerCode), severity, $0.message, line: $0.line, column: $0.column,
                detail: detail(for: $0.readerCode, reader: reader))
        }
    }

    /// The parser's code for a reader diagnostic: libxml2's own are all `NotWellFormed`.
    static func code(for readerCode: XMLReadDiagnostic.ReaderCode?) -> ParseDiagnosticCode {
        switch readerCode {
        case .invalidUTF8Replaced?, .unsupportedCharset?, .encodingMismatch?: .encodingMismatch
        case .undeclaredPrefix?: .undeclaredPrefix
        default: .notWellFormed
        }
    }

    private static func detail(
        for readerCode: XMLReadDiagnostic.ReaderCode?, reader: XMLStreamReader
    ) -> ParseDiagnostic.Detail? {
        switch readerCode {
        case .encodingMismatch?, .unsupportedCharset?:
            .decodedAs(reader.encoding.decoderOverride ?? reader.encoding.encoding)
        case .invalidUTF8Replaced?: .invalidUTF8Replaced(reader.invalidUTF8Replaced)
        default: nil
        }
    }

    private static func firstError(_ reader: XMLStreamReader) -> FeedParseError? {
        reader.diagnostics.first { $0.severity != .warning }.map {
            FeedParseError($0.message, line: $0.line, column: $0.column)
        }
    }
}
