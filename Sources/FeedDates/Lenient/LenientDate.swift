public import Foundation

/// The one lenient date parser a liberal feed parser uses for every date it meets: RSS
/// `pubDate`/`lastBuildDate`, `dc:date`, Atom `published`/`updated`/`issued`/`modified`/
/// `created` and JSON Feed dates.
///
/// Hand-written over UTF-8 bytes (no `DateFormatter`, no regular expressions, no allocation
/// per date), because a 10,000-item feed parses a date per item. The result says which form
/// matched, whether the zone was assumed, and which defects were forgiven (``Repair``), so a
/// validator can report exactly what was wrong while the reader keeps the date.
///
/// Accepted forms (each example is checked by the tests):
///
/// | Form | Example | Notes |
/// |---|---|---|
/// | `rfc822` | `Mon, 12 May 2025 16:45:00 +0300` | RSS; RFC 822, 2822, 5322 |
/// | `rfc822` | `12 May 2025 16:45 GMT` | no day name; no seconds (noted) |
/// | `rfc822` | `Sun, 12 May 2025 16:45:00 EDT` | wrong day name (noted; the date wins) |
/// | `rfc822` | `Sunday, 12 January 25 4:45:00 Z` | full names, two-digit year, one-digit hour (noted) |
/// | `rfc822` | `Mon 12 May 2025  16:45:00 MSK (Moscow)` | no comma, extra space, comment (noted) |
/// | `rfc822` | `Mon, 12 May 2025 16:45:00 GMT+03:00` | offset after a name (noted) |
/// | `rfc822` | `Monday, 12-May-25 16:45:00 GMT` | RFC 850 (noted) |
/// | `rfc822` | `Mon, 1 Jan 2024 1:2:3 GMT` | one-digit hour, minute or second (noted) |
/// | `rfc822` | `12 May 2025` | date only: midnight in the default zone (noted) |
/// | `rfc3339` | `2025-05-12T16:45:00.123456+03:00` | Atom, JSON Feed; any fraction length |
/// | `rfc3339` | `2025-05-12t13:45:00z` | lowercase `t` and `z` |
/// | `iso8601` | `2025-05-12 16:45` | space for `T` (noted), no seconds (noted), no zone |
/// | `iso8601` | `2008-1-2T3:4:5Z` | one-digit month, day, hour, minute or second (noted) |
/// | `iso8601` | `2025-05-12` | date only (noted) |
/// | `iso8601` | `20250512T164500Z` | basic format |
/// | `iso8601` | `20250512T16:45:00Z` | basic date, extended time |
/// | `iso8601` | `2025-W20-1T16:45:00+03` | week date, hours-only offset |
/// | `iso8601` | `2025-132T16:45:00,5+0300` | ordinal date, decimal comma |
/// | `iso8601` | `2025-05-12 16:45:00 +0300` | Ruby's and PHP's default |
/// | `slashed` | `2025/05/12 16:45:00` | year first only |
/// | `slashed` | `Fri, 2006/09/15 08:19:53 EDT` | Perforce: a day name first |
/// | `dotted` | `12.05.2025, 16:45` | the seed form |
/// | `dotted` | `12.05.2025 16:45` | |
/// | `russian` | `12 мая 2025, 16:45` | genitive or nominative, any case |
/// | `russian` | `12 мая 2025 г. 16:45` | `г`, `г.`, `года` |
/// | `russian` | `1 янв. 2025 года в 9:05 МСК` | abbreviations, `в` |
/// | `monthFirst` | `May 12, 2025 4:45 PM` | US order; `AM`/`PM`/`a.m.`/`p.m.` |
/// | `monthFirst` | `Monday, May 12th, 2025 at 4:45 p.m. EDT` | |
/// | `asctime` | `Mon May 12 16:45:00 2025` | C `asctime`, Unix `date` (zone before year) |
/// | `unixEpoch` | `1747057500` | exactly 10 digits, optional fraction; UTC |
///
/// Everywhere: names in any letter case, a one-digit day, month, hour, minute or second
/// (`12:35:9`, as `%-S` formats write it; feedparser reads these too; noted as
/// ``Repair/unpaddedNumber``), runs of spaces, tabs, line breaks and no-break spaces, and
/// `(comments)` after the date (noted). A fraction after the seconds
/// is kept (digits past nanoseconds dropped); second `60` is read as `59` (noted).
///
/// Rejected (nil): impossible dates and times (Feb 30, hour 24 or 25, minute 60), numeric
/// `05/12/2025` in either order (day-month and month-day cannot be told apart), nine- or
/// thirteen-digit numbers (Unix time is accepted only as ten digits, which no date form
/// shares), two-digit ISO years, dates without a year, relative words (`вчера`, `today`),
/// and any text after the date other than whitespace and comments.
///
/// Zones: a numeric offset (`+0300`, `+03:00`, `+03`, also `+3`, `+330`, noted) up to
/// ±23:59, or one of these names, case-insensitive:
///
/// | Names | Offset | Notes |
/// |---|---|---|
/// | `UT` `GMT` `Z` | +00:00 | RFC 822; `GMT+3`, `UTC+03:00`, the tz database's `Etc/GMT` also read (noted) |
/// | `EST` `EDT` `CST` `CDT` `MST` `MDT` `PST` `PDT` | -5 -4 -6 -5 -7 -6 -8 -7 | RFC 822; `CST` is US Central, not China |
/// | `UTC` `WET` | +00:00 | |
/// | `AST` `ADT` `NST` `NDT` | -4 -3 -3:30 -2:30 | `AST` is Atlantic, not Arabia (noted as ambiguous) |
/// | `AKST` `AKDT` `HST` | -9 -8 -10 | |
/// | `WEST` `CET` `MET` `MEZ` `WAT` | +1 | |
/// | `CEST` `MEST` `MESZ` `EET` `CAT` `SAST` | +2 | |
/// | `EEST` `EAT` | +3 | |
/// | `MSK` `МСК` | +3, or +4 from 2011-03-27 to 2014-10-26 | Europe/Moscow's standard offset from the tz database |
/// | `MSD` | +4 | Moscow summer time, until 2010 |
/// | `BST` | +1 | British Summer Time, not Bangladesh (noted as ambiguous) |
/// | `IST` | +5:30 | India, not Irish or Israel (noted as ambiguous) |
/// | `PKT` | +5 | |
/// | `HKT` `SGT` `AWST` | +8 | |
/// | `JST` `KST` | +9 | |
/// | `ACST` `ACDT` `AEST` `AEDT` | +9:30 +10:30 +10 +11 | |
/// | `NZST` `NZDT` | +12 +13 | |
/// | `A`-`I`, `K`-`Y` | +00:00 | RFC 822 military letters, meaning unknown per RFC 2822 (noted) |
/// | other 2-5 capitals, `J` | +00:00 | unknown (noted) |
///
/// Every name but RFC 822's is noted as ``Repair/nonStandardZoneName``. A time without a zone
/// is read in `defaultZone` with the tz database, DST gaps and overlaps resolved as
/// ``CivilDateTime/instant(in:)`` documents, and ``Result/zoneWasAssumed`` is set.
public enum LenientDate {
    /// The instant `text` names, or nil if it matches no accepted form or names an
    /// impossible date.
    public static func parse(_ text: String, defaultZone: TimeZone) -> Result? {
        var text = text
        return text.withUTF8 { LenientParser.parse($0, defaultZone: defaultZone) }
    }

    /// As ``parse(_:defaultZone:)-(String,_)``, for a slice of a larger document.
    public static func parse(_ text: Substring, defaultZone: TimeZone) -> Result? {
        var text = text
        return text.withUTF8 { LenientParser.parse($0, defaultZone: defaultZone) }
    }
}
