import FeedJSON

/// One finding: which rule, how bad, where, and on which element.
///
/// Encoded as JSON with the keys `code`, `severity`, `message`, `line`, `column`,
/// `element` and `parent` (absent values are `null`).
public struct ValidationDiagnostic: Sendable, Equatable, Codable {
    /// Which rule the finding comes from: the stable code to match on.
    public var code: ValidationCode
    /// How bad the finding is; the code's own severity unless a profile changed it.
    public var severity: Severity
    /// What is wrong, in one line, for a person to read.
    public var message: String
    /// 1-based line in the document, when the finding has a position.
    public var line: Int?
    /// 1-based column in characters, as libxml2 counts it.
    public var column: Int?
    /// The element (qualified name as written, or a JSON key path) the finding is about.
    public var element: String?
    /// The element's parent, for findings about a child that is missing or misplaced.
    public var parent: String?

    /// A finding with its message written out; line breaks in it are escaped.
    public init(
        code: ValidationCode, severity: Severity? = nil, message: String, line: Int? = nil,
        column: Int? = nil,
        element: String? = nil, parent: String? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.severity
        self.message = OneLineText.escaped(message)
        self.line = line
        self.column = column
        self.element = element
        self.parent = parent
    }

    /// A diagnostic whose message is the code's ``ValidationCode/template`` filled in.
    public init(
        code: ValidationCode, element: String?, parent: String?, value: String? = nil, detail: String? = nil,
        line: Int?, column: Int?
    ) {
        let message = Self.fill(
            code.template, element: element, parent: parent, value: value.map(Self.clip), detail: detail)
        self.init(code: code, message: message, line: line, column: column, element: element, parent: parent)
    }

    /// Long values (a whole paragraph in a date field) are cut so a line stays readable.
    static func clip(_ value: String) -> String {
        value.count <= 80 ? value : String(value.prefix(77)) + "…"
    }

    static func fill(_ template: String, element: String?, parent: String?, value: String?, detail: String?)
        -> String
    {
        var text = template
        for (key, replacement) in [
            ("{element}", element ?? "document"), ("{parent}", parent ?? "document"),
            ("{value}", value ?? ""),
            ("{detail}", detail ?? value ?? ""),
        ] where text.contains(key) {
            text = text.replacingOccurrences(of: key, with: replacement)
        }
        return text
    }
}

extension String {
    /// Plain substring replacement, so the module needs no Foundation for messages.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

/// How bad a validator finding is: errors break readers, warnings are likely to, and
/// notes are advice.
public enum Severity: String, Sendable, Equatable, Comparable, CaseIterable, Codable {
    /// Advice: the feed works, but could be better.
    case info
    /// Likely to cause trouble in some readers.
    case warning
    /// Breaks the specification: readers may reject or misread the feed.
    case error

    /// Orders severities from `info` to `error`, so a threshold reads `>= .warning`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
}

/// Everything the validator found in one document.
public struct ValidationReport: Sendable, Equatable {
    /// The format recognised: `rss2`, `rss091`, `rss092`, `rss1`, `rss090`, `atom`,
    /// `atom-entry`, `atom03`, `json`; `nil` when the document is no known feed.
    public var format: String?
    /// The findings in document order (JSON Feed findings in member order).
    public var diagnostics: [ValidationDiagnostic]

    /// A report of `diagnostics` on a document recognised as `format`.
    public init(format: String?, diagnostics: [ValidationDiagnostic]) {
        self.format = format
        self.diagnostics = diagnostics
    }

    /// Whether any finding is an error: the feed is invalid.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether any finding is an error or a warning (`--strict`).
    public var hasWarningsOrErrors: Bool { diagnostics.contains { $0.severity >= .warning } }

    /// How many findings of each severity.
    public func count(_ severity: Severity) -> Int { diagnostics.count { $0.severity == severity } }
}
