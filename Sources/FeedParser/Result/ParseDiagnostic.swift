import FeedJSON

/// Something the parser noticed and worked around. Diagnostics are collected, never
/// thrown one at a time: a bad field loses that field, not the feed.
public struct ParseDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How much a diagnostic matters to someone using the parsed feed.
    public enum Severity: String, Sendable, Equatable {
        /// Worth knowing; nothing was lost.
        case info
        /// Something was read in a way that may not be what the publisher meant.
        case warning
        /// Something was lost or repaired.
        case error
    }

    /// What a summary can name beyond the code, where one code covers things a reader
    /// would tell apart.
    public enum Detail: Sendable, Equatable {
        /// `EncodingMismatch`: the document was decoded in this encoding, not the one it
        /// declared (or UTF-8, with no declaration).
        case decodedAs(String)
        /// `EncodingMismatch`: this many invalid UTF-8 sequences were replaced with U+FFFD.
        case invalidUTF8Replaced(Int)
        /// `LimitExceeded`: reading stopped after this many items, the item limit
        /// (``ParseOptions/maxEntries``); ``ParsedFeed/entriesInDocument`` says how many
        /// the document holds.
        case itemLimit(Int)
    }

    /// What kind of thing happened: the stable code to match on.
    public var code: ParseDiagnosticCode
    /// How much it matters: `error` means something was lost or repaired.
    public var severity: Severity
    /// The details, in one line, for a person to read.
    public var message: String
    /// 1-based; `nil` when the position is unknown (JSON documents, whole-document notes).
    public var line: Int?
    /// 1-based, with ``line``; `nil` when the position is unknown.
    public var column: Int?
    /// The element (or JSON key) concerned.
    public var element: String?
    /// Structured details beyond ``code``, for the codes that carry them.
    public var detail: Detail?

    /// A diagnostic; line breaks in `message` are escaped so it stays one line.
    public init(
        _ code: ParseDiagnosticCode, _ severity: Severity, _ message: String, line: Int? = nil,
        column: Int? = nil, element: String? = nil, detail: Detail? = nil
    ) {
        self.detail = detail
        self.code = code
        self.severity = severity
        self.message = OneLineText.escaped(message)
        self.line = line
        self.column = column
        self.element = element
    }

    /// `line:column: severity: Code: message`, the position left out when unknown.
    public var description: String {
        let position = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
        let place = position.isEmpty ? "" : "\(position): "
        return "\(place)\(severity.rawValue): \(code.rawValue): \(message)"
    }
}

/// A document that could not be read at all (as opposed to one read with diagnostics).
public struct FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, in one line, for a person to read.
    public var message: String
    /// The 1-based line the reader stopped at, when it knows.
    public var line: Int?
    /// The 1-based column the reader stopped at, when it knows.
    public var column: Int?
    /// True when the document is a web page (HTML) rather than a feed, so that a caller
    /// holding the page can look for the feeds it declares.
    public var isWebPage = false

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
