/// A template that cannot be read, parsed or rendered.
///
/// The message names the file as it was given (the override's path, or `default:<name>` for
/// a built-in template), the line and column when the template library reports them, and
/// what was wrong, so that a user editing an override can go straight to the mistake.
public struct SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template file as given, e.g. `/srv/site/templates/index.mustache`.
    public var file: String
    /// 1-based line of the mistake; `nil` when it concerns the whole file.
    public var line: Int?
    /// 1-based column of the mistake; `nil` when the line is not known either.
    public var column: Int?
    /// What was wrong.
    public var message: String

    /// An error at `line`:`column` of `file`, or about the whole file.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and compilers use.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
