/// The five fields of a Vixie cron expression, in the order they are written.
public enum CronField: Int, Sendable, CaseIterable {
    /// 0-59.
    case minute
    /// 0-23.
    case hour
    /// 1-31; a day a month lacks never matches (`31` skips April).
    case dayOfMonth
    /// 1-12 or `jan`-`dec`.
    case month
    /// 0-7 or `sun`-`sat`, Sunday being 0 and 7.
    case dayOfWeek

    /// The field's name in messages.
    public var name: String {
        switch self {
        case .minute: "minute"
        case .hour: "hour"
        case .dayOfMonth: "day of month"
        case .month: "month"
        case .dayOfWeek: "day of week"
        }
    }

    /// The values a field may be written with. Day of week accepts 7 as a second Sunday,
    /// as Vixie cron does, so `*` and steps range over 0-7 there.
    var bounds: ClosedRange<Int> {
        switch self {
        case .minute: 0...59
        case .hour: 0...23
        case .dayOfMonth: 1...31
        case .month: 1...12
        case .dayOfWeek: 0...7
        }
    }

    /// Three-letter names, matched case-insensitively; the first name stands for
    /// `bounds.lowerBound`. Only month and day of week have them.
    var names: [String] {
        switch self {
        case .month: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        case .dayOfWeek: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        default: []
        }
    }
}
