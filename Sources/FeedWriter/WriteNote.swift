/// Something a writer chose on the reader's behalf and the user should hear about, such
/// as a date Atom requires that the source did not give. Writers return notes; only the
/// executable prints them.
public struct WriteNote: Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// An entry without any date was given the stand-in date for Atom's `updated`.
        case undatedEntry = "UndatedEntry"
        /// The feed had no date of its own; its `updated` is a stand-in.
        case undatedFeed = "UndatedFeed"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue) \(message)" }
}
