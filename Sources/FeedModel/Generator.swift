/// The program that produced a feed.
public struct Generator: Sendable, Equatable, Hashable {
    public var name: String
    public var version: String?
    public var uri: String?

    public init(name: String, version: String? = nil, uri: String? = nil) {
        self.name = name
        self.version = version
        self.uri = uri
    }
}

extension Generator {
    /// This program, as named in the feeds it writes.
    public static let feedwright = Generator(
        name: "Feedwright", version: FeedwrightVersion.current,
        uri: "https://github.com/feedwright/feedwright")
}

/// Feedwright's own version: written into the `generator` element of the feeds it writes
/// and into the User-Agent of its HTTP requests. It lives in the model, which every module
/// may import, so that the fetcher does not depend on the writer (and libxml2) for it.
public enum FeedwrightVersion {
    /// The version of this build, e.g. `0.1.0`.
    public static let current = "0.1.0"
}
