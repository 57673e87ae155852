public import FeedFormats
import FeedWriter

/// The sources as an OPML 2.0 subscription list, the form feed readers import.
///
/// Each source is one outline whose `text` and `title` are its name and whose `xmlUrl` is
/// its `url` as written; `type` is `rss`, as OPML 2.0 asks of every subscription whatever
/// the feed's format (readers look at the feed itself). `htmlUrl` is written when the
/// site's address is already known. No date of writing goes in, so the same sources give
/// the same bytes.
public enum SourcesOPML {
    /// The document for `sources`, titled `title`; `siteURLs` maps a source's name to its
    /// site's address where known.
    public static func document(
        title: String?, sources: [ConfiguredSource], siteURLs: [String: String] = [:]
    ) -> OPMLDocument {
        OPMLDocument(
            title: title.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 },
            outlines: sources.map { source in
                OPMLOutline(
                    text: source.name, title: source.name, type: "rss", xmlURL: source.url,
                    htmlURL: siteURLs[source.name])
            })
    }

    /// The document's bytes.
    public static func bytes(_ document: OPMLDocument) throws(SourcesError) -> [UInt8] {
        do {
            return try document.xmlBytes()
        } catch {
            throw .file(CommandFailure(name: "OPML", message: "cannot write: \(error)"))
        }
    }
}
