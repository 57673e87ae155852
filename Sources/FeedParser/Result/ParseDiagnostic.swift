import FeedXML

/// Something the parser noticed and worked around. Diagnostics are collected, never
/// thrown one at a time: a bad field loses that field, not the feed.
public struct ParseDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case info
        case warning
        case error
    }

    public var code: ParseDiagnosticCode
    public var severity: Severity
    public var message: String
    /// 1-based; `nil` when the position is unknown (JSON documents, whole-document notes).
    public var line: Int?
    public var column: Int?
    /// The element (or JSON key) concerned.
    public var element: String?

    public init(
        _ code: ParseDiagnosticCode, _ severity: Severity, _ message: String, line: Int? = nil,
        column: Int? = nil, element: String? = nil
    ) {
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
