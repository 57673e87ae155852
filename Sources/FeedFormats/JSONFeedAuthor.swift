/// A JSON Feed 1.1 author object; at least one field should be present.
public struct JSONFeedAuthor: Sendable, Equatable {
    public var name: String?
    public var url: String?
    public var avatar: String?

    public init(name: String? = nil, url: String? = nil, avatar: String? = nil) {
        self.name = name
        self.url = url
        self.avatar = avatar
    }
}
