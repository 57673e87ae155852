/// A media file attached to an entry (RSS `enclosure`, Atom `link rel="enclosure"`,
/// JSON Feed `attachments`).
public struct Enclosure: Sendable, Equatable, Hashable, Codable {
    public var url: String
    public var mimeType: String
    /// Size in bytes; `nil` when unknown (RSS then writes 0, as its best practice says).
    public var length: Int64?
    public var title: String?

    public init(url: String, mimeType: String, length: Int64? = nil, title: String? = nil) {
        self.url = url
        self.mimeType = mimeType
        self.length = length
        self.title = title
    }
}
