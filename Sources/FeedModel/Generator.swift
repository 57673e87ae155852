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
