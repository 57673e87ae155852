/// A parsed five-field Vixie cron expression (or one of its `@` macros).
///
/// Syntax, as Vixie cron and cronie read it: five fields separated by spaces or tabs
/// (minute 0-59, hour 0-23, day of month 1-31, month 1-12, day of week 0-7 where both 0
/// and 7 are Sunday); each field a comma-separated list of `*`, `n`, `a-b`, each with an
/// optional `/step`; `n/step` means `n-max/step` (cronie); month and day-of-week values may
/// be three-letter names in any case (`jan`, `MON-fri`), steps may not. Ranges do not wrap
/// (`fri-mon` is an error). Macros: `@yearly` (= `@annually`), `@monthly`, `@weekly`,
/// `@daily` (= `@midnight`), `@hourly`, and `@reboot`, which has no time and so no next run;
/// macros are lower-case only, as cron compares them.
///
/// **Day of month and day of week.** As in Vixie cron and cronie, a field counts as
/// unrestricted when its text *starts with* `*`, so `*/2` is unrestricted too. When both
/// day fields are restricted a day matches if *either* matches (`0 0 13 * 5` runs on every
/// 13th and on every Friday); otherwise it must match both, which for a `*` field means
/// the other one alone decides (and `0 0 */2 * 1` runs on odd days that are Mondays, just
/// as cron does, surprising as that is). `dayMatching` says which applies.
///
/// **Time zones and DST.** Fields are matched against wall-clock time in the zone passed
/// to `nextRuns(after:count:in:)`, with offsets from the tz database. Where the wall clock
/// jumps, Feedwright does what Vixie cron and cronie do for DST, and does it for every
/// offset change the tz database records (Moscow's 2011 and 2014 changes included).
/// A *wildcard-time* expression is one whose minute or hour field starts with `*`
/// (`*/15 * * * *`, `@hourly`); any other has a *fixed time* (`30 2 * * *`, `@daily`).
/// - In a gap (spring forward), a fixed-time run whose wall time does not exist runs once
///   at the instant the clock jumps (02:30 in Berlin's March gap runs at 03:00 CEST);
///   wildcard-time runs in the gap are skipped, so that day has fewer of them.
/// - In an overlap (fall back), a fixed-time run whose wall time happens twice runs once,
///   at the first occurrence; wildcard-time runs happen at both occurrences.
/// Vixie applies these rules only to jumps under three hours, since it cannot tell DST
/// from someone setting the clock; Feedwright reads transitions from the tz database and
/// applies them to every transition.
public struct CronExpression: Sendable, Equatable, CustomStringConvertible {
    enum Schedule: Sendable, Equatable {
        case reboot
        case times(CronTimes)
    }

    let schedule: Schedule

    /// Parses `text`; leading and trailing whitespace is ignored.
    /// - Throws: `CronSyntaxError` naming the field and column of the first problem.
    public init(parsing text: String) throws(CronSyntaxError) {
        schedule = try CronParser(text).parse()
    }

    /// `@reboot`: runs when the cron daemon starts, never at a time, so `nextRuns` is
    /// empty and a caller should say so rather than report "no upcoming runs".
    public var isReboot: Bool { schedule == .reboot }

    /// The values `field` allows, ascending (day of week as 0-6, Sunday 0); empty for
    /// `@reboot`.
    public func values(of field: CronField) -> [Int] {
        guard case .times(let times) = schedule else { return [] }
        return times.values[field.rawValue].values
    }

    /// Whether the field was written starting with `*`, which is what Vixie cron's
    /// day-matching and DST rules look at; `false` for `@reboot`.
    public func startsWithStar(_ field: CronField) -> Bool {
        guard case .times(let times) = schedule else { return false }
        return times.startsWithStar[field.rawValue]
    }

    /// How the two day fields combine; see the type's documentation.
    public var dayMatching: CronDayMatching {
        guard case .times(let times) = schedule else { return .both }
        return times.dayMatching
    }

    /// The expression in a canonical form that parses back to an equal value: macros are
    /// expanded (except `@reboot`), names become numbers, Sunday is 0, lists are sorted
    /// and merged into ranges. `*`-started fields keep their `*` because it changes
    /// meaning.
    public var description: String {
        guard case .times(let times) = schedule else { return "@reboot" }
        return CronField.allCases.map { field in
            times.values[field.rawValue].rendered(
                startsWithStar: times.startsWithStar[field.rawValue], in: field)
        }.joined(separator: " ")
    }
}

/// How a cron expression's day-of-month and day-of-week fields combine.
public enum CronDayMatching: Sendable, Equatable {
    /// A day must match both fields (at least one of them starts with `*`).
    case both
    /// A day matches if either field matches (both are restricted).
    case either
}

/// The five allowed-value sets and the Vixie "starts with `*`" flags.
struct CronTimes: Sendable, Equatable {
    var values = [CronValueSet](repeating: CronValueSet(), count: 5)
    var startsWithStar = [Bool](repeating: false, count: 5)

    var dayMatching: CronDayMatching {
        startsWithStar[CronField.dayOfMonth.rawValue] || startsWithStar[CronField.dayOfWeek.rawValue]
            ? .both : .either
    }

    /// Vixie's MIN_STAR/HR_STAR: such jobs skip DST gaps and repeat in overlaps.
    var isWildcardTime: Bool {
        startsWithStar[CronField.minute.rawValue] || startsWithStar[CronField.hour.rawValue]
    }

    func allows(_ value: Int, in field: CronField) -> Bool {
        values[field.rawValue].contains(value)
    }

    /// Whether cron would run on this local date at all.
    func matches(_ day: CivilDay) -> Bool {
        guard allows(day.month, in: .month) else { return false }
        let dayOfMonth = allows(day.day, in: .dayOfMonth)
        let dayOfWeek = allows(day.weekday, in: .dayOfWeek)
        return dayMatching == .both ? dayOfMonth && dayOfWeek : dayOfMonth || dayOfWeek
    }
}
