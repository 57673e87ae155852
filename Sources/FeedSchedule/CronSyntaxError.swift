import FeedJSON

/// Why a cron expression was rejected, and where: the field (when the problem lies inside
/// one) and the 0-based column of the offending character in the text as given, so a
/// caller can print a caret under it.
///
/// `description` is one line, for example
/// `cron expression "*/0 * * * *": minute field, column 2: step must be at least 1`.
public struct CronSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The expression exactly as it was given.
    public let expression: String
    /// The field the problem is in; `nil` for problems with the expression as a whole
    /// (empty, an unknown macro, too many fields).
    public let field: CronField?
    /// 0-based offset, in characters, of the character the message is about; equal to
    /// the length of the text when something is missing at the end.
    public let column: Int
    /// What is wrong, without the expression or position (those are in `description`).
    public let message: String

    /// An error as the parser reports it; public so callers can write expected errors in tests.
    public init(expression: String, field: CronField?, column: Int, message: String) {
        self.expression = expression
        self.field = field
        self.column = column
        self.message = message
    }

    /// The message with the expression and place. Line breaks and other controls in the
    /// expression are shown escaped so the message stays one line; tabs are kept, so that
    /// columns still line up with the quoted text.
    public var description: String {
        let place = field.map { "\($0.name) field, column \(column)" } ?? "column \(column)"
        return "cron expression \"\(OneLineText.escaped(expression, tabs: .kept))\": \(place): \(message)"
    }
}
