/// How bad a validator finding is: errors break readers, warnings are likely to, and
/// notes are advice.
public enum Severity: String, Sendable, Equatable, Comparable, CaseIterable {
    case info
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.info, .warning, .error]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
