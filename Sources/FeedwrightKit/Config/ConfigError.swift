/// A problem with `config.json`, described in one line that names the file, the key path
/// and, for JSON syntax errors, the line and column.
///
/// ```
/// config.json: feed.maxItems: expected an integer, found a string
/// config.json:4:12: invalid JSON: expected ',' or '}' after a member
/// config.json: cannot read: no such file
/// ```
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The config file's path as the user gave it (relative paths stay relative).
    public var file: String
    /// The dotted key path of the offending value (`feed.author.name`,
    /// `pinnedDates["Some title"]`), or `nil` when the problem is with the file as a whole.
    public var keyPath: String?
    /// The 1-based line of a JSON syntax error.
    public var line: Int?
    /// The 1-based column (in Unicode scalars) of a JSON syntax error.
    public var column: Int?
    /// What is wrong, without the file or key path.
    public var message: String

    /// A problem with `file`; `line` and `column` are given only for JSON syntax errors.
    public init(file: String, keyPath: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file[:line[:column]]: [keyPath: ]message`, as in the examples above.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return ([location] + [keyPath, message].compactMap { $0 }).joined(separator: ": ")
    }
}
