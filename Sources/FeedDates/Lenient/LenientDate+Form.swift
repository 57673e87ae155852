extension LenientDate {
    /// Which accepted variant a date matched; the raw value is the name fixtures and logs use.
    ///
    /// The form says which grammar the text follows, so a validator can tell a well-formed
    /// date in the wrong grammar (an ISO 8601 date in an RSS `pubDate`) from a defective one
    /// (see ``Repair``). The table on ``LenientDate`` gives an example of each.
    public enum Form: String, CaseIterable, Sendable {
        /// RFC 822 / 2822 / 5322 day-month-year with English names (RSS `pubDate`), including
        /// RFC 850's `12-May-25` and a bare `12 May 2025`.
        case rfc822
        /// Exactly RFC 3339's `date-time` (Atom, JSON Feed), lowercase `t`/`z` allowed.
        case rfc3339
        /// Any other ISO 8601 date or date-time: space separator, no seconds, no zone, date
        /// only, basic format, week and ordinal dates, offsets `+03`/`+0300`.
        case iso8601
        /// `2025/05/12 16:45:00`, year first with slashes.
        case slashed
        /// `12.05.2025, 16:45`, the Russian numeric form (and the seed timelines' form).
        case dotted
        /// `12 мая 2025, 16:45`, a Russian month name, any case, full or abbreviated.
        case russian
        /// `May 12, 2025 4:45 PM`, the US English order.
        case monthFirst
        /// `Mon May 12 16:45:00 2025`, C `asctime` and Unix `date` output.
        case asctime
        /// `1747057500`, exactly ten digits of seconds since 1970 (UTC).
        case unixEpoch

        /// Forms with a reference grammar, whose stricter defects (missing seconds, unpadded
        /// hour, full names) are recorded; free-text forms never had such a rule.
        var hasReferenceGrammar: Bool {
            switch self {
            case .rfc822, .rfc3339, .iso8601, .asctime: true
            case .slashed, .dotted, .russian, .monthFirst, .unixEpoch: false
            }
        }
    }
}
