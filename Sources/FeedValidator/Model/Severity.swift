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
