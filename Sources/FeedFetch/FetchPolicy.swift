/// How politely and how defensively a ``Fetcher`` behaves: time and size limits,
/// redirects, how many requests may run at once, and which non-public addresses it may reach.
public struct FetchPolicy: Sendable {
    /// Opening the connection (TCP and TLS) must finish within this.
    public var connectTimeout: Duration
    /// The whole fetch, redirects and body included, must finish within this.
    public var totalTimeout: Duration
    /// A body larger than this (after decompression) is refused, as soon as it is seen.
    public var maxBodyBytes: Int
    /// At most this many redirects are followed.
    public var maxRedirects: Int
    /// Requests in flight to one host at once.
    public var perHostLimit: Int
    /// Requests in flight at once, all hosts together.
    public var overallLimit: Int
    /// A compressed body may expand at most this many times, chunk by chunk, so that a
    /// small "zip bomb" is stopped before it fills memory rather than after.
    public var maxCompressionRatio: Int
    /// Non-public addresses (loopback, private, link-local…) the fetcher may reach anyway;
    /// every other address of a kind other than ``AddressKind/public`` is refused.
    public var allowedAddresses: [AddressRange]

    public init(
        connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(30),
        maxBodyBytes: Int = 50 << 20, maxRedirects: Int = 5, perHostLimit: Int = 2, overallLimit: Int = 8,
        maxCompressionRatio: Int = 100, allowedAddresses: [AddressRange] = []
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.perHostLimit = perHostLimit
        self.overallLimit = overallLimit
        self.maxCompressionRatio = maxCompressionRatio
        self.allowedAddresses = allowedAddresses
    }

    /// True when the fetcher may connect to `address`.
    public func allows(_ address: IPAddress) -> Bool {
        AddressKind(address) == .public || allowedAddresses.contains { $0.contains(address) }
    }
}
