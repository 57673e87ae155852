import FeedXML

/// A document that could not be read at all (as opposed to one read with diagnostics).
public struct FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = OneLineText.escaped(message)
        self.line = line
        self.column = column
    }

    public var description: String {
        guard let line else { return message }
        return "\(line):\(column ?? 0): \(message)"
    }
}
