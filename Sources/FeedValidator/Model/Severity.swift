/// How bad a validator finding is: errors break readers, warnings are likely to, and
/// notes are advice.
public enum Severity: String, Sendable, Equatable, Comparable, CaseIterable, Codable {
    case info
    case warning
    case error

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
