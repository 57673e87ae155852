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
