public import FeedFetch

/// What discovery found for one page, and what it tried.
public struct FeedDiscovery: Sendable, Equatable {
    /// The page's URL after redirects (`nil` for a file read without a base URL).
    public var pageURL: String?
    /// The redirects followed to reach the page.
    public var redirects: [FetchResponse.Redirect]
    /// The feeds found, in the order found.
    public var feeds: [DiscoveredFeed]
    /// The common locations tried, each with what it answered, in the order tried.
    public var checked: [CheckedLocation]

    /// A discovery's result; public for callers that report one.
    public init(
        pageURL: String?, redirects: [FetchResponse.Redirect] = [], feeds: [DiscoveredFeed],
        checked: [CheckedLocation] = []
    ) {
        self.pageURL = pageURL
        self.redirects = redirects
        self.feeds = feeds
        self.checked = checked
    }
}

/// A common location tried on the page's origin.
public struct CheckedLocation: Sendable, Equatable {
    /// The URL asked for.
    public var url: String
    /// Why it is no feed (`HTTP 404 from …`), or `nil` when it is one.
    public var problem: String?

    /// A location and what it answered.
    public init(url: String, problem: String?) {
        self.url = url
        self.problem = problem
    }
}

/// A page that could not be read: the URL or file as given, then what failed.
public struct DiscoveryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The address as given.
    public var url: String
    /// What failed, without the address.
    public var message: String

    /// A failure to read `url`.
    public init(url: String, message: String) {
        self.url = url
        self.message = message
    }

    /// `url: message`.
    public var description: String { "\(url): \(message)" }
}
