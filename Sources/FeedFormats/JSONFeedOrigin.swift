/// Feedwright's `_feedwright` item extension: the source a merged item was taken from.
/// JSON Feed reserves keys that start with an underscore for such extensions.
public struct JSONFeedOrigin: Sendable, Equatable {
    public var sourceName: String
    public var sourceFeedURL: String

    public init(sourceName: String, sourceFeedURL: String) {
        self.sourceName = sourceName
        self.sourceFeedURL = sourceFeedURL
    }
}
