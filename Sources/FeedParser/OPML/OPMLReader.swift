public import FeedFormats
import FeedXML

/// Reads OPML subscription lists with FeedXML's `XMLStreamReader` under the rules untrusted feeds
/// are read by: no network, no external entity or DTD ever loaded, libxml2's entity-loop
/// guard on, entity expansion and the document's size bounded.
///
/// Unlike a feed, a subscription list is not repaired: it is about to change the user's
/// config, so the first well-formedness error, an external entity, or an attribute longer
/// than ``maxAttributeLength`` refuses the whole file with one ``OPMLReadError`` naming its
/// line and column.
///
/// ```swift
/// let document = try OPMLReader.read(path: "subscriptions.opml")
/// for outline in document.subscriptions { print(outline.displayName ?? "", outline.feedURL!) }
/// ```
public enum OPMLReader {
    /// The largest file accepted: a list of ten thousand feeds is about 2 MB.
    public static let maxBytes = 16 << 20
    /// The longest attribute value accepted, in characters; a URL or a name longer than
    /// this is not a subscription but an attack or a broken export.
    public static let maxAttributeLength = 65_536

    /// The reader options: strict (no recovery), 16 MB at most, 1 MB of entity expansion.
    static let options = XMLReaderOptions(
        recover: false, maxDepth: 256, maxBytes: maxBytes, maxTextLength: 1 << 20,
        maxEntityExpansion: 1 << 20)

    /// Reads the file at `path`, streaming it.
    public static func read(path: String) throws(OPMLReadError) -> OPMLDocument {
        let reader: XMLStreamReader
        do {
            reader = try XMLStreamReader(path: path, options: options)
        } catch {
            throw OPMLReadError(file: path, message: startFailure(error), isUnreadable: isUnreadable(error))
        }
        return try read(reader, name: path)
    }

    /// Reads a document held in memory; `name` is what errors call it.
    public static func read(bytes: [UInt8], name: String) throws(OPMLReadError) -> OPMLDocument {
        let reader: XMLStreamReader
        do {
            reader = try XMLStreamReader(bytes: bytes, url: name, options: options)
        } catch {
            throw OPMLReadError(file: name, message: startFailure(error), isUnreadable: isUnreadable(error))
        }
        return try read(reader, name: name)
    }

    private static func read(_ reader: XMLStreamReader, name: String) throws(OPMLReadError) -> OPMLDocument {
        var builder = OPMLTreeBuilder(file: name)
        var checked = 0
        while let event = reader.next() {
            try refuseProblems(reader, name: name, after: &checked)
            try builder.take(event)
        }
        try refuseProblems(reader, name: name, after: &checked)
        return try builder.finish()
    }

    /// Throws the first diagnostic that makes the file unusable: any error, and an external
    /// entity (a warning for feeds, whose text survives without it; here it is a file
    /// trying to read something else). Only the diagnostics after `checked` are looked at,
    /// so a file full of warnings costs one look at each.
    private static func refuseProblems(
        _ reader: XMLStreamReader, name: String, after checked: inout Int
    ) throws(OPMLReadError) {
        let diagnostics = reader.diagnostics
        guard diagnostics.count > checked else { return }
        defer { checked = diagnostics.count }
        let refused = diagnostics[checked...].first { diagnostic in
            diagnostic.severity >= .error || diagnostic.readerCode == .externalEntityNotLoaded
                || diagnostic.readerCode == .externalParameterEntityNotLoaded
        }
        guard let refused else { return }
        throw OPMLReadError(
            file: name, line: max(refused.line, 1), column: max(refused.column, 1),
            message: "not a well-formed OPML file: " + refused.message)
    }

    private static func isUnreadable(_ error: XMLReadError) -> Bool {
        if case .tooLarge = error.kind { return false }
        return true
    }

    private static func startFailure(_ error: XMLReadError) -> String {
        switch error.kind {
        case .cannotOpen, .isDirectory, .parserUnavailable:
            // The error names the path itself; the caller's line names it once.
            let text = error.description
            let prefix = (error.path ?? "") + ": "
            return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
        case .tooLarge(let size, let limit):
            return "the file is \(size) bytes, more than the \(limit)-byte limit for an OPML file"
        }
    }
}
