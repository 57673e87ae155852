/// An element from a namespace Feedwright does not interpret, kept rather than dropped so
/// nothing a publisher wrote is silently lost.
public struct ForeignElement: Sendable, Equatable {
    public var namespaceURI: String
    public var localName: String
    public var text: String

    public init(namespaceURI: String, localName: String, text: String) {
        self.namespaceURI = namespaceURI
        self.localName = localName
        self.text = text
    }
}
