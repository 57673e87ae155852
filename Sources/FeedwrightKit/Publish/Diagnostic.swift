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

/// Something a build decided that a reader of its report should know, but that needs no
/// action (a later seed snapshot replacing an earlier one).
public struct BuildNote: Sendable, Equatable, CustomStringConvertible {
    /// Where it arose: a file and line.
    public var location: String
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): note: \(message)" }
}
