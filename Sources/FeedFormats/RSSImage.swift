/// An RSS channel `image`.
public struct RSSImage: Sendable, Equatable {
    public var url: String
    public var title: String?
    public var link: String?
    public var width: String?
    public var height: String?
    public var description: String?

    public init(
        url: String, title: String? = nil, link: String? = nil, width: String? = nil, height: String? = nil,
        description: String? = nil
    ) {
        self.url = url
        self.title = title
        self.link = link
        self.width = width
        self.height = height
        self.description = description
    }
}
