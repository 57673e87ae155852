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
    /// The User-Agent header of every request; see ``Fetcher/userAgent(contact:)`` for the
    /// default and ``FetchPolicy/isValidUserAgent(_:)`` for what a header value may hold.
    public var userAgent: String

    /// A policy with the given limits; every default is a safe choice for fetching feeds
    /// from the public web.
    public init(
        connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(30),
        maxBodyBytes: Int = 50 << 20, maxRedirects: Int = 5, perHostLimit: Int = 2, overallLimit: Int = 8,
        maxCompressionRatio: Int = 100, allowedAddresses: [AddressRange] = [],
        userAgent: String = Fetcher.userAgent(contact: nil)
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.perHostLimit = perHostLimit
        self.overallLimit = overallLimit
        self.maxCompressionRatio = maxCompressionRatio
        self.allowedAddresses = allowedAddresses
        self.userAgent = userAgent
    }

    /// True when the fetcher may connect to `address`.
    public func allows(_ address: IPAddress) -> Bool {
        AddressKind(address) == .public || allowedAddresses.contains { $0.contains(address) }
    }
}

extension FetchPolicy {
    /// True when `text` can be sent as a User-Agent: one line of printable ASCII (RFC 9110
    /// field values may not hold control characters, and bytes above 0x7F are read
    /// differently by different servers), starting with a product token such as
    /// `Feedwright/1.0` and without spaces at either end, which servers strip or reject.
    public static func isValidUserAgent(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, isTokenByte(first), last != 0x20 else {
            return false
        }
        return bytes.allSatisfy { (0x20...0x7E).contains($0) }
    }

    /// RFC 9110's `tchar`: the characters a token (such as a product name) may hold.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
