/// An author or contributor.
public struct Person: Sendable, Equatable, Hashable, Codable {
    /// The name to show; the one field every format requires of a person.
    public var name: String
    /// The person's e-mail address; RSS can only name an author through it.
    public var email: String?
    /// A page about the person.
    public var uri: String?

    /// A person with the details that are known.
    public init(name: String, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }
}

/// The program that produced a feed.
public struct Generator: Sendable, Equatable, Hashable {
    /// The program's name.
    public var name: String
    /// The program's version, written after the name in RSS and as an attribute in Atom.
    public var version: String?
    /// The program's home page.
    public var uri: String?

    /// A generator with the details that are known.
    public init(name: String, version: String? = nil, uri: String? = nil) {
        self.name = name
        self.version = version
        self.uri = uri
    }
}

/// Where a merged entry was taken from, so republished items credit their source.
public struct Origin: Sendable, Equatable, Hashable, Codable {
    /// The source's configured name.
    public var name: String
    /// The feed URL the entry was read from.
    public var feedURL: String
    /// The source's own site (its feed's `alternate` link), where a credit links to;
    /// `nil` when the feed names none.
    public var siteURL: String?

    /// The origin of an entry read from the feed at `feedURL`, published by the site at
    /// `siteURL`.
    public init(name: String, feedURL: String, siteURL: String? = nil) {
        self.name = name
        self.feedURL = feedURL
        self.siteURL = siteURL
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
