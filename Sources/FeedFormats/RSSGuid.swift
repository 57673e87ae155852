/// An RSS `guid`. `isPermaLink` defaults to true in the specification, so writers say
/// `false` explicitly for identifiers that are not URLs to open.
public struct RSSGuid: Sendable, Equatable {
    public var value: String
    public var isPermaLink: Bool

    public init(_ value: String, isPermaLink: Bool) {
        self.value = value
        self.isPermaLink = isPermaLink
    }
}
