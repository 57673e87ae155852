/// An RSS item `source`: the channel the item came from, named with its feed URL.
public struct RSSSource: Sendable, Equatable {
    public var url: String
    public var name: String

    public init(url: String, name: String) {
        self.url = url
        self.name = name
    }
}
