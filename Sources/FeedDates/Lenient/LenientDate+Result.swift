public import Foundation

extension LenientDate {
    /// One parsed date: the instant, and what the parser had to assume or forgive to get it.
    ///
    /// Plain data without references (a bit set for the repairs), so parsing 10,000 dates
    /// allocates nothing per date.
    public struct Result: Sendable, Hashable {
        /// The instant the text names.
        public let date: Date
        /// True when the text named no zone and the time was read in the caller's default zone
        /// (a date alone is midnight there); the caller should report it.
        public let zoneWasAssumed: Bool
        /// Which accepted variant matched.
        public let form: Form
        /// Defects the parser read through, in ``Repair`` order; empty for a clean date.
        public let repairs: Repairs

        /// A result as the parser builds it; public so callers can write expected results
        /// in tests.
        public init(date: Date, zoneWasAssumed: Bool, form: Form, repairs: Repairs) {
            self.date = date
            self.zoneWasAssumed = zoneWasAssumed
            self.form = form
            self.repairs = repairs
        }
    }
}
