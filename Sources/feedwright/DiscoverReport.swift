import FeedAggregator
import Foundation

/// How `discover` words what it found: notes on stderr, feeds on stdout.
struct DiscoverReport {
    let input: String
    let discovery: FeedDiscovery

    /// Redirects, a page that is a feed itself, and a feed found only by guessing.
    func printNotes() {
        for redirect in discovery.redirects where redirect.isPermanent {
            Console.error("\(input): note: moved permanently (\(redirect.status)) to \(redirect.to)")
        }
        switch discovery.feeds.first?.via {
        case .this: Console.error("\(input): note: this is a feed itself, not a page")
        case .guess:
            Console.error("\(input): note: the page declares no feed; found one at a common location")
        case .link, nil: break
        }
    }

    /// Why nothing was found, naming every location tried and what it answered.
    var noFeedMessage: String {
        let tried = discovery.checked.compactMap { location in
            location.problem.map { "\(location.url): \($0)" }
        }
        guard !tried.isEmpty else {
            return "\(input): the page declares no feed (no <link rel=\"alternate\"> with a feed type)"
        }
        return "\(input): the page declares no feed, and no common location serves one ("
            + tried.joined(separator: "; ") + ")"
    }

    /// One line per feed: URL, type and title, separated by tabs; a tab or line break in a
    /// title becomes a space, so every feed stays one line of three fields.
    static func printText(_ feeds: [DiscoveredFeed]) {
        for feed in feeds {
            let title = String((feed.title ?? "").map { $0.isNewline || $0 == "\t" ? " " : $0 })
            print([feed.url, feed.type, title].joined(separator: "\t"))
        }
    }

    /// The feeds as a JSON array, one `{url, type, title, via}` object a line, keys in that
    /// order; a missing title is `null`.
    static func json(_ feeds: [DiscoveredFeed]) -> String {
        guard !feeds.isEmpty else { return "[]" }
        let objects = feeds.map { feed in
            let fields = [
                ("url", quoted(feed.url)), ("type", quoted(feed.type)),
                ("title", feed.title.map(quoted) ?? "null"),
                ("via", quoted(feed.via.rawValue)),
            ]
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }

    /// A JSON string literal, escaped by Foundation's encoder.
    private static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
