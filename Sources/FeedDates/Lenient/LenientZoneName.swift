import Foundation

/// An offset a zone name stands for: a fixed one, or Moscow time, whose meaning changed.
enum LenientOffset: Sendable, Equatable {
    case fixed(seconds: Int)
    /// `MSK`: Europe/Moscow's standard (non-summer) offset from the tz database at that
    /// moment, so a 2013 `MSK` is +4 like the clocks then, and a 2025 one +3.
    case moscowStandardTime

    static func hours(_ hours: Int, minutes: Int = 0) -> LenientOffset {
        .fixed(seconds: hours * 3600 + (hours < 0 ? -minutes : minutes) * 60)
    }

    private static let moscow = TimeZone(identifier: "Europe/Moscow")

    /// Seconds east of UTC for a wall-clock reading (as seconds since 1970 read as UTC).
    func seconds(atLocalEpochSeconds local: Int) -> Int {
        switch self {
        case .fixed(let seconds):
            return seconds
        case .moscowStandardTime:
            guard let moscow = Self.moscow else { return 3 * 3600 }
            let instant = Date(epochSeconds: local - 3 * 3600)
            return moscow.secondsFromGMT(for: instant) - Int(moscow.daylightSavingTimeOffset(for: instant))
        }
    }
}

/// A zone abbreviation the lenient parser knows; the list and its choices for ambiguous
/// names are documented on ``LenientDate``.
struct LenientZoneName: Sendable {
    enum Standing: Sendable {
        /// In RFC 822's own list.
        case rfc822
        /// Widely used but not RFC 822.
        case common
        /// Has several meanings; the documented one is taken and the choice noted.
        case ambiguous
    }

    let offset: LenientOffset
    let standing: Standing
    /// `GMT`, `UT`, `UTC`: may carry an offset of their own (`GMT+3`, `UTC+03:00`).
    let isUniversal: Bool

    init(_ offset: LenientOffset, _ standing: Standing, isUniversal: Bool = false) {
        self.offset = offset
        self.standing = standing
        self.isUniversal = isUniversal
    }

    static let all: [(name: String, zone: LenientZoneName)] = [
        ("UT", .init(.hours(0), .rfc822, isUniversal: true)),
        ("GMT", .init(.hours(0), .rfc822, isUniversal: true)),
        ("EST", .init(.hours(-5), .rfc822)),
        ("EDT", .init(.hours(-4), .rfc822)),
        ("CST", .init(.hours(-6), .rfc822)),
        ("CDT", .init(.hours(-5), .rfc822)),
        ("MST", .init(.hours(-7), .rfc822)),
        ("MDT", .init(.hours(-6), .rfc822)),
        ("PST", .init(.hours(-8), .rfc822)),
        ("PDT", .init(.hours(-7), .rfc822)),
        ("UTC", .init(.hours(0), .common, isUniversal: true)),
        ("AST", .init(.hours(-4), .ambiguous)),
        ("ADT", .init(.hours(-3), .common)),
        ("NST", .init(.hours(-3, minutes: 30), .common)),
        ("NDT", .init(.hours(-2, minutes: 30), .common)),
        ("AKST", .init(.hours(-9), .common)),
        ("AKDT", .init(.hours(-8), .common)),
        ("HST", .init(.hours(-10), .common)),
        ("WET", .init(.hours(0), .common)),
        ("WEST", .init(.hours(1), .common)),
        ("BST", .init(.hours(1), .ambiguous)),
        ("CET", .init(.hours(1), .common)),
        ("CEST", .init(.hours(2), .common)),
        ("MET", .init(.hours(1), .common)),
        ("MEST", .init(.hours(2), .common)),
        ("MEZ", .init(.hours(1), .common)),
        ("MESZ", .init(.hours(2), .common)),
        ("EET", .init(.hours(2), .common)),
        ("EEST", .init(.hours(3), .common)),
        ("MSK", .init(.moscowStandardTime, .common)),
        ("МСК", .init(.moscowStandardTime, .common)),
        ("MSD", .init(.hours(4), .common)),
        ("WAT", .init(.hours(1), .common)),
        ("CAT", .init(.hours(2), .common)),
        ("SAST", .init(.hours(2), .common)),
        ("EAT", .init(.hours(3), .common)),
        ("PKT", .init(.hours(5), .common)),
        ("IST", .init(.hours(5, minutes: 30), .ambiguous)),
        ("HKT", .init(.hours(8), .common)),
        ("SGT", .init(.hours(8), .common)),
        ("AWST", .init(.hours(8), .common)),
        ("JST", .init(.hours(9), .common)),
        ("KST", .init(.hours(9), .common)),
        ("ACST", .init(.hours(9, minutes: 30), .common)),
        ("ACDT", .init(.hours(10, minutes: 30), .common)),
        ("AEST", .init(.hours(10), .common)),
        ("AEDT", .init(.hours(11), .common)),
        ("NZST", .init(.hours(12), .common)),
        ("NZDT", .init(.hours(13), .common)),
    ]
}
