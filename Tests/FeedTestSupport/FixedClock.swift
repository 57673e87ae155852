public import Foundation

/// A clock that always says the same instant, for repeatable first-seen dates.
public enum FixedClock {
    /// 2026-01-15T09:30:00Z.
    public static let instant = Date(timeIntervalSince1970: 1_768_469_400)

    public static func now() -> Date { instant }
}
