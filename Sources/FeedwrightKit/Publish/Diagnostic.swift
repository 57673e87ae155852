/// A warning a build reports without stopping.
public struct BuildWarning: Sendable, Equatable, CustomStringConvertible {
    /// Where it arose: a file with an optional line, or an item.
    public var location: String
    /// What is wrong and, where it helps, what to do, without the location.
    public var message: String

    /// A warning about `location`.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// `location: warning: message`, the way compilers print warnings.
    public var description: String { "\(location): warning: \(message)" }
}

/// Something a build decided that a reader of its report should know, but that needs no
/// action (a later seed snapshot replacing an earlier one).
public struct BuildNote: Sendable, Equatable, CustomStringConvertible {
    /// Where it arose: a file and line.
    public var location: String
    /// What was decided, without the location.
    public var message: String

    /// A note about `location`.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// `location: note: message`, the way compilers print notes.
    public var description: String { "\(location): note: \(message)" }
}
