/// The `feed.author` object of `config.json` (optional): the person or organisation
/// credited with the feed.
public struct AuthorSettings: Sendable, Equatable {
    /// `feed.author.name` (required inside `author`, non-empty string).
    public var name: String
    /// `feed.author.email` (optional): an address of the form `local@domain`.
    public var email: String?
    /// `feed.author.uri` (optional): the author's home page, an absolute `http(s)` URL.
    public var uri: String?

    public init(name: String, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }
}
