/// Why an OPML file was refused: one line naming the file, and the line and column when the
/// problem has a place in it.
public struct OPMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the caller named it.
    public var file: String
    /// 1-based line, `nil` when the problem is the file as a whole (too large, unreadable).
    public var line: Int?
    /// 1-based column in characters, `nil` without a line.
    public var column: Int?
    /// What was wrong.
    public var message: String
    /// `true` when the file could not be read at all (missing, a directory): the fault is
    /// the path, not the file's content.
    public var isUnreadable: Bool

    /// A refusal of `file`, at `line`:`column` when given.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, message: String, isUnreadable: Bool = false
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isUnreadable = isUnreadable
    }

    /// `FILE:LINE:COLUMN: message`, or `FILE: message` without a place.
    public var description: String {
        guard let line else { return "\(file): \(message)" }
        return "\(file):\(line):\(max(column ?? 1, 1)): \(message)"
    }
}
