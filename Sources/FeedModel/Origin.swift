/// Where a merged entry was taken from, so republished items credit their source.
public struct Origin: Sendable, Equatable, Hashable, Codable {
    /// The source's configured name.
    public var name: String
    /// The feed URL the entry was read from.
    public var feedURL: String

    public init(name: String, feedURL: String) {
        self.name = name
        self.feedURL = feedURL
    }
}
