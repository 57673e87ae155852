import FeedJSON

/// Something the parser noticed and worked around. Diagnostics are collected, never
/// thrown one at a time: a bad field loses that field, not the feed.
public struct ParseDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case info
        case warning
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

    public var code: ParseDiagnosticCode
    public var severity: Severity
    public var message: String
    /// 1-based; `nil` when the position is unknown (JSON documents, whole-document notes).
    public var line: Int?
    public var column: Int?
    /// The element (or JSON key) concerned.
    public var element: String?
    public var detail: Detail?

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

    public var description: String {
        let position = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
        let place = position.isEmpty ? "" : "\(position): "
        return "\(place)\(severity.rawValue): \(code.rawValue): \(message)"
    }
}

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
