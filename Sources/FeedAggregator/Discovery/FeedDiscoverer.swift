public import FeedFetch
public import Foundation

/// Finds the feeds of a page: the page itself when it is a feed, else the feeds it declares,
/// else the first common location on its origin that serves a feed.
///
/// Every request goes through the given `Fetcher`, so its limits (size, time, redirects,
/// addresses) hold for the page and for each guess. Guesses are made one after the other and
/// stop at the first feed, so a site sees at most five extra requests.
public struct FeedDiscoverer: Sendable {
    /// The paths tried on the page's origin when it declares no feed, in order.
    public static let commonPaths = ["/feed", "/rss.xml", "/atom.xml", "/feed.json", "/index.xml"]

    private let fetcher: Fetcher

    /// A discoverer fetching with `fetcher`.
    public init(fetcher: Fetcher) {
        self.fetcher = fetcher
    }

    /// Fetches `url` and finds its feeds; fails only when the page itself cannot be fetched.
    public func discover(url: String) async throws(DiscoveryError) -> FeedDiscovery {
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(FetchRequest(url: url))
        } catch {
            throw DiscoveryError(url: url, message: error.description)
        }
        var discovery = Self.discover(page: response.body, pageURL: response.finalURL, name: url)
        discovery.redirects = response.redirects
        if discovery.feeds.isEmpty {
            (discovery.checked, discovery.feeds) = await guess(around: response.finalURL)
        }
        return discovery
    }

    /// The page itself when it is a feed, else the feeds it declares; no request is made.
    /// `name` stands for a page without a URL (a file) when it is a feed itself.
    public static func discover(page: Data, pageURL: String?, name: String) -> FeedDiscovery {
        if case .success(let feed) = FeedRecognizer.recognize(page, url: pageURL ?? name, via: .this) {
            return FeedDiscovery(pageURL: pageURL, feeds: [feed])
        }
        return FeedDiscovery(pageURL: pageURL, feeds: FeedLinkExtractor.feeds(in: page, pageURL: pageURL))
    }

    /// Tries the common paths on the origin of `pageURL` in order, up to the first feed.
    private func guess(around pageURL: String) async -> ([CheckedLocation], [DiscoveredFeed]) {
        var checked: [CheckedLocation] = []
        for location in Self.commonLocations(of: pageURL) {
            switch await probe(location) {
            case .success(let feed):
                checked.append(CheckedLocation(url: location, problem: nil))
                return (checked, [feed])
            case .failure(let problem):
                checked.append(CheckedLocation(url: location, problem: problem.message))
            }
        }
        return (checked, [])
    }

    /// The feed at `location` (reported at its URL after redirects), or why it is none.
    private func probe(_ location: String) async -> Result<DiscoveredFeed, DiscoveryError> {
        do {
            let response = try await fetcher.fetch(FetchRequest(url: location))
            return FeedRecognizer.recognize(response.body, url: response.finalURL, via: .guess).mapError {
                DiscoveryError(url: location, message: "not a feed: \($0.message)")
            }
        } catch {
            return .failure(DiscoveryError(url: location, message: error.description))
        }
    }

    /// The common paths on the origin (scheme, host and port) of `pageURL`.
    public static func commonLocations(of pageURL: String) -> [String] {
        guard let page = URL(string: pageURL) else { return [] }
        return commonPaths.compactMap { URL(string: $0, relativeTo: page)?.absoluteString }
    }
}
