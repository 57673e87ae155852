public import Foundation

/// What a fetch brought back.
public struct FetchResponse: Sendable {
    public var status: Int
    /// The URL the body came from, after redirects: the base for relative links.
    public var finalURL: String
    /// Empty for 304 Not Modified.
    public var body: Data
    public var etag: String?
    public var lastModified: String?
    /// The `charset` of `Content-Type`, which overrides an XML declaration (RFC 7303).
    public var charset: String?
    /// Redirects followed, in order; permanent ones (301, 308) should update the source.
    public var redirects: [Redirect]

    public var isNotModified: Bool { status == 304 }

    /// One redirect hop.
    public struct Redirect: Sendable, Equatable {
        public var from: String
        public var to: String
        public var status: Int

        public var isPermanent: Bool { status == 301 || status == 308 }
    }
}
