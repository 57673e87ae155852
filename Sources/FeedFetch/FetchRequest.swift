/// What to fetch, and how politely.
public struct FetchRequest: Sendable {
    public var url: String
    /// Validators from the last successful fetch, for a conditional GET.
    public var etag: String?
    public var lastModified: String?
    /// The whole exchange, redirects included, must finish within this many seconds.
    public var timeout: Int
    /// A body larger than this (after decompression) is refused.
    public var maxBytes: Int

    public init(
        url: String, etag: String? = nil, lastModified: String? = nil, timeout: Int = 30,
        maxBytes: Int = 50 << 20
    ) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.timeout = timeout
        self.maxBytes = maxBytes
    }
}
