/// A failure reported by libxml2's `xmlTextWriter` (a call returned -1), or a misuse of
/// ``XMLWriter`` such as ending an element that was never started.
public struct XMLWriterError: Error, CustomStringConvertible, Equatable {
    /// The writer operation that failed, e.g. `"endElement"` or `"attribute href"`.
    public let operation: String
    /// What went wrong, in words.
    public let reason: String

    /// Creates an error for `operation` with a human-readable `reason`.
    public init(operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "XMLWriter.\(operation): \(reason)" }
}
