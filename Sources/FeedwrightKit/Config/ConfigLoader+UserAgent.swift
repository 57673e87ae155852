import FeedFetch

/// `fetch.userAgent`: how Feedwright introduces itself to the partner sites it fetches.
extension ConfigLoader {
    /// The configured User-Agent, or `nil` when the key is absent (then
    /// ``FetchSettings/userAgent(feedLink:)`` names the site being published).
    static func userAgent(_ object: ConfigObject) throws(ConfigIssue) -> String? {
        guard let text = try object.string("userAgent") else { return nil }
        guard FetchPolicy.isValidUserAgent(text) else {
            throw .invalid(
                object.keyPath("userAgent"),
                expected: "one line of printable ASCII starting with a product such as \"Feedwright/1.0\"",
                found: text)
        }
        return text
    }
}

extension FetchSettings {
    /// The User-Agent sent with every request: `fetch.userAgent` when set, otherwise
    /// `Feedwright/<version> (+<feed.link>)`, so that a publisher who wonders who is
    /// fetching finds the site that republishes their items, whose operator they can reach.
    public func userAgent(feedLink: String) -> String {
        userAgent ?? Fetcher.userAgent(contact: feedLink)
    }
}
