/// The formats Feedwright writes.
public enum FeedFormat: String, Sendable, CaseIterable, Equatable {
    case rss
    case atom
    case json

    /// The media type a server should send the file with.
    public var mediaType: String {
        switch self {
        case .rss: "application/rss+xml"
        case .atom: "application/atom+xml"
        case .json: "application/feed+json"
        }
    }
}
