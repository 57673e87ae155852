import FeedHTML
import FeedModel
import FeedParser
import FeedWriter
import Foundation

/// Reads any bytes as a feed, as `convert` and `build` do, then checks that what we would
/// write from it reads back well-formed with the same number of entries.
enum ParserFuzzing {
    static func run(_ input: Data) {
        let variant = input.first.map { Int($0) % 3 } ?? 0
        let parsed: ParsedFeed
        do {
            parsed = try Parser.parse(input, options: options(variant: variant))
        } catch {
            invariant(!error.description.contains("\n"), "a parse error spans lines: \(error)")
            return
        }
        for diagnostic in parsed.diagnostics {
            invariant(!diagnostic.description.contains("\n"), "a diagnostic spans lines: \(diagnostic)")
        }
        var feed = parsed.feed
        if variant == 2 { feed.entries = sanitizedLater(feed.entries) }
        for format in FeedFormat.allCases { checkRoundTrip(feed, format: format) }
    }

    /// Sanitising on (the default), off (`--no-sanitize`), and deferred to publishing
    /// time, as partner sources are read.
    private static func options(variant: Int) -> ParseOptions {
        var options = ParseOptions(
            defaultTimeZone: TimeZone(identifier: "Europe/Moscow")!,
            documentURL: "https://partner.example/feeds/main.xml",
            sanitizeHTML: variant != 1,
            maxBytes: FuzzTarget.maxInputBytes)
        options.deferSanitizing = variant == 2
        return options
    }

    private static func sanitizedLater(_ entries: [Entry]) -> [Entry] {
        let sanitizer = HTMLSanitizer()
        return entries.map { entry in
            var entry = entry
            for keyPath in [\Entry.summary, \Entry.content] {
                guard let text = entry[keyPath: keyPath], text.kind == .html else { continue }
                entry[keyPath: keyPath] = .html(sanitizer.sanitize(text.value, baseURL: entry.htmlBase).html)
            }
            entry.htmlBase = nil
            return entry
        }
    }

    private static func checkRoundTrip(_ feed: Feed, format: FeedFormat) {
        let context = WriteContext(
            timeZone: TimeZone(identifier: "UTC")!, documentURL: "https://partner.example/feeds/main.xml")
        guard let bytes = try? FeedRenderer.render(feed, as: format, context: context) else {
            broken("\(format.rawValue) could not be written")
        }
        let reread: ParsedFeed
        do {
            reread = try Parser.parse(Data(bytes))
        } catch {
            broken("our \(format.rawValue) output is unreadable: \(error)")
        }
        invariant(
            reread.isWellFormed, "our \(format.rawValue) output is not well-formed: \(reread.diagnostics)")
        invariant(
            reread.feed.entries.count == feed.entries.count,
            "\(format.rawValue) round trip: \(feed.entries.count) entries written, \(reread.feed.entries.count) read"
        )
    }
}
