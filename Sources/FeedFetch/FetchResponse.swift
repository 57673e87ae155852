public import Foundation

/// What a fetch brought back: a 2xx body, or a 304 telling the caller to reuse what it has.
public struct FetchResponse: Sendable, Equatable {
    /// The HTTP status of the last hop: a 2xx code or 304.
    public var status: Int
    /// The URL the body came from, after redirects: the base for relative links.
    public var finalURL: String
    /// Empty for 304 Not Modified.
    public var body: Data
    /// The validators to keep for the next conditional request. A 304 that repeats none
    /// carries the ones that were sent, since they are still current.
    public var etag: String?
    /// The `Last-Modified` validator, as sent.
    public var lastModified: String?
    /// The `Content-Type` as sent; it may be wrong, so the caller sniffs the body.
    public var contentType: String?
    /// The `charset` of `Content-Type`, which overrides an XML declaration (RFC 7303).
    public var charset: String?
    /// Redirects followed, in order.
    public var redirects: [Redirect]

    /// A response as the fetcher builds it; public for callers that stand one in for a fetch.
    public init(
        status: Int, finalURL: String, body: Data = Data(), etag: String? = nil, lastModified: String? = nil,
        contentType: String? = nil, charset: String? = nil, redirects: [Redirect] = []
    ) {
        self.status = status
        self.finalURL = finalURL
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
        self.charset = charset
        self.redirects = redirects
    }

    /// True for 304: the stored items are still current.
    public var isNotModified: Bool { status == 304 }

    /// Where the source now lives for good: the end of the run of permanent redirects
    /// (301, 308) the fetch started with. `nil` when the first hop was temporary, because a
    /// temporary hop says nothing about where later requests should go.
    public var permanentURL: String? {
        redirects.prefix { $0.isPermanent }.last?.to
    }

    /// One redirect hop.
    public struct Redirect: Sendable, Equatable {
        /// The URL that answered with the redirect.
        public var from: String
        /// The absolute URL it pointed to.
        public var to: String
        /// The redirect status: 301, 302, 303, 307 or 308.
        public var status: Int

        /// A hop from `from` to `to` with `status`.
        public init(from: String, to: String, status: Int) {
            self.from = from
            self.to = to
            self.status = status
        }

        /// 301 and 308: the caller should update the source's URL.
        public var isPermanent: Bool { status == 301 || status == 308 }
    }
}
