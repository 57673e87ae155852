import FeedModel
public import FeedParser
public import FeedWriter
import Foundation

/// Reads an RFC 5005 archive page named by a `prev-archive` link: the document, and the
/// URL its relative links resolve against (`nil` for a file).
public typealias ArchivePageReader = @Sendable (String) async throws(CommandFailure) -> (FeedInput, String?)

/// One archive page a conversion followed.
public struct ArchivePage: Sendable {
    /// The page's address, as the `prev-archive` link gave it (resolved).
    public var location: String
    /// What the parser reported for the page; its feed holds no entries.
    public var parsed: ParsedFeed
    /// The page's items written, after those already written were left out.
    public var written: Int
    /// The page's items left out because an item with the same id was written before.
    public var repeated: Int
}

/// What following the archives added to a conversion.
public struct ArchiveHistory: Sendable {
    /// The pages read, newest first: the order the links lead.
    public var pages: [ArchivePage] = []
    /// The next `prev-archive` link when the page limit stopped the walk.
    public var notFollowed: String?
    /// A page linked a second time, which ended the walk: the archive links go round.
    public var loopsTo: String?
}

extension Converter {
    /// Converts `input`, then up to `limit` archive pages reached by following each
    /// document's `prev-archive` link (RFC 5005), into one feed: the subscription
    /// document's header, then its items and each page's, in the order read, every id once.
    ///
    /// The archive links are left out of the header written, since the output holds the
    /// history they point to. A page that cannot be read fails the whole conversion, so
    /// that nothing claims to be the complete history when it is not.
    public func convert(
        _ input: FeedInput, inputName: String, followingArchives limit: Int, read: ArchivePageReader,
        sink: @escaping StreamingFeedWriter.Sink
    ) async throws(ConvertError) -> (Conversion, ArchiveHistory) {
        let context = WriteContext(
            timeZone: outputTimeZone, selfURL: nil, documentURL: parseOptions.documentURL, readAt: readAt)
        let session: ArchiveSession
        do {
            session = ArchiveSession(
                writer: try StreamingFeedWriter(format: format, context: context, sink: sink))
        } catch {
            throw ConvertError(input: inputName, message: "cannot write \(format.rawValue): \(error.reason)")
        }
        let main = try session.read(input, name: inputName, options: parseOptions, converter: self)
        var history = ArchiveHistory()
        var next = ArchiveLinks.previous(of: main.parsed.feed, at: parseOptions.documentURL ?? inputName)
        var visited: Set<String> = [parseOptions.documentURL ?? inputName]
        while let location = next {
            guard history.pages.count < limit else {
                history.notFollowed = location
                break
            }
            guard visited.insert(location).inserted else {
                history.loopsTo = location
                break
            }
            let page = try await readPage(location, session: session, read: read)
            history.pages.append(page)
            next = ArchiveLinks.previous(of: page.parsed.feed, at: location)
        }
        do {
            try session.writer.finish(ArchiveLinks.removed(from: main.parsed.feed))
        } catch {
            throw ConvertError(input: inputName, message: "cannot write \(format.rawValue): \(error)")
        }
        return (Conversion(parsed: main.parsed, notes: session.writer.notes), history)
    }

    private func readPage(
        _ location: String, session: ArchiveSession, read: ArchivePageReader
    ) async throws(ConvertError) -> ArchivePage {
        let (input, documentURL): (FeedInput, String?)
        do {
            (input, documentURL) = try await read(location)
        } catch {
            throw ConvertError(input: location, message: "cannot read the archive page: \(error.message)")
        }
        var options = parseOptions
        options.documentURL = documentURL ?? (ArchiveLinks.isWeb(location) ? location : nil)
        options.httpCharset = nil
        let counted = try session.read(input, name: location, options: options, converter: self)
        return ArchivePage(
            location: location, parsed: counted.parsed, written: counted.written, repeated: counted.repeated)
    }
}

/// The writer shared by the subscription document and its archive pages, and the ids
/// written so far.
private final class ArchiveSession {
    let writer: StreamingFeedWriter
    private var written: Set<String> = []

    init(writer: StreamingFeedWriter) {
        self.writer = writer
    }

    /// Streams one document's items into the writer, each id once.
    func read(
        _ input: FeedInput, name: String, options: ParseOptions, converter: Converter
    ) throws(ConvertError) -> (parsed: ParsedFeed, written: Int, repeated: Int) {
        var (count, repeated) = (0, 0)
        var writeError: (any Error)?
        let parsed: ParsedFeed
        do {
            parsed = try Parser.stream(input, options: options) { entry, header in
                guard writeError == nil else { return }
                guard self.written.insert(entry.id).inserted else {
                    repeated += 1
                    return
                }
                count += 1
                do {
                    try self.writer.write(entry) { ArchiveLinks.removed(from: header()) }
                } catch {
                    writeError = error
                }
            }
        } catch {
            throw ConvertError(input: name, parseError: error)
        }
        if let writeError {
            throw ConvertError(
                input: name, message: "cannot write \(converter.format.rawValue): \(writeError)")
        }
        return (parsed, count, repeated)
    }
}

/// RFC 5005's links between a feed and its archive pages.
enum ArchiveLinks {
    static let relations: Set<String> = ["prev-archive", "next-archive", "current"]

    /// Where `feed`'s `prev-archive` link leads, resolved against `location` (a URL, or a
    /// file path whose directory a relative link is read in).
    static func previous(of feed: Feed, at location: String) -> String? {
        guard let href = feed.links.first(where: { $0.rel == "prev-archive" })?.href, !href.isEmpty else {
            return nil
        }
        if isWeb(href) || href.lowercased().hasPrefix("file:") { return href }
        if isWeb(location) { return URL(string: href, relativeTo: URL(string: location))?.absoluteString }
        if href.hasPrefix("/") { return href }
        return URL(fileURLWithPath: location).deletingLastPathComponent().appendingPathComponent(href).path
    }

    /// `feed` without the archive links, which a converted history no longer needs.
    static func removed(from feed: Feed) -> Feed {
        var feed = feed
        feed.links.removeAll { relations.contains($0.rel) }
        return feed
    }

    static func isWeb(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }
}
