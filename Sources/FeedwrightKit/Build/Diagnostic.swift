/// A warning a build reports without stopping.
public struct BuildWarning: Sendable, Equatable, CustomStringConvertible {
    /// Where it arose: a file with an optional line, or an item.
    public var location: String
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): warning: \(message)" }
}
