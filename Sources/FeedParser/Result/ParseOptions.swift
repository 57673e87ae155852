public import Foundation

/// How the parser reads a document.
public struct ParseOptions: Sendable {
    /// The zone for dates that carry none (a source's configured zone); UTC otherwise.
    public var defaultTimeZone: TimeZone
    /// Where the document came from: the base for relative links when it has no xml:base.
    public var documentURL: String?
    /// Sanitise every HTML field (on by default: feeds from outside are hostile).
    public var sanitizeHTML: Bool
    /// Leave each entry's HTML unsanitised, with the base its relative URLs resolve
    /// against in `Entry.htmlBase`, for the caller to sanitise later with `HTMLSanitizer`:
    /// merging sanitises only the items it publishes. An entry whose HTML fields have
    /// different bases has the second one sanitised here. Only meaningful with
    /// `sanitizeHTML`.
    public var deferSanitizing = false
    /// Documents larger than this are refused.
    public var maxBytes: Int
    /// At most this many items (RSS `item`, Atom `entry`, JSON Feed `items`) are read; the
    /// rest of the document is not, and a `LimitExceeded` warning says where reading
    /// stopped. Real feeds carry tens to a few thousand items: the cap keeps a hostile
    /// million-item document to a bounded partial result instead of minutes and gigabytes.
    /// `Int.max` reads every item (`--max-items 0` on the command line).
    public var maxEntries: Int
    /// The `charset` of the HTTP `Content-Type` the document came with: it overrides the
    /// XML declaration (RFC 7303), though not a byte order mark.
    public var httpCharset: String?

    /// The default ``maxEntries``.
    public static let defaultMaxEntries = 10_000

    /// Options for a document from outside: UTC, sanitised, 256 MiB and
    /// ``defaultMaxEntries`` items at most.
    public init(
        defaultTimeZone: TimeZone = TimeZone(identifier: "UTC")!,
        documentURL: String? = nil,
        sanitizeHTML: Bool = true,
        maxBytes: Int = 256 << 20,
        maxEntries: Int = ParseOptions.defaultMaxEntries,
        httpCharset: String? = nil
    ) {
        self.maxEntries = maxEntries
        self.httpCharset = httpCharset
        self.defaultTimeZone = defaultTimeZone
        self.documentURL = documentURL
        self.sanitizeHTML = sanitizeHTML
        self.maxBytes = maxBytes
    }
}
