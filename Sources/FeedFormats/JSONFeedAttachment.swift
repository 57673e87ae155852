/// A JSON Feed attachment; `url` and `mime_type` are required.
public struct JSONFeedAttachment: Sendable, Equatable {
    public var url: String
    public var mimeType: String
    public var title: String?
    public var sizeInBytes: Int64?
    public var durationInSeconds: Double?

    public init(
        url: String,
        mimeType: String,
        title: String? = nil,
        sizeInBytes: Int64? = nil,
        durationInSeconds: Double? = nil
    ) {
        self.url = url
        self.mimeType = mimeType
        self.title = title
        self.sizeInBytes = sizeInBytes
        self.durationInSeconds = durationInSeconds
    }
}
