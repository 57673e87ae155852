import FeedXML

/// A document that could not be read at all (as opposed to one read with diagnostics).
public struct FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, in one line, for a person to read.
    public var message: String
    /// The 1-based line the reader stopped at, when it knows.
    public var line: Int?
    /// The 1-based column the reader stopped at, when it knows.
    public var column: Int?

    /// An error; line breaks in `message` are escaped so it stays one line.
    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = OneLineText.escaped(message)
        self.line = line
        self.column = column
    }

    /// `line:column: message`, or the message alone without a position.
    public var description: String {
        guard let line else { return message }
        return "\(line):\(column ?? 0): \(message)"
    }
}
