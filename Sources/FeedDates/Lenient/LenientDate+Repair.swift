extension LenientDate {
    /// A defect the lenient parser read through, so a validator can say exactly what was
    /// wrong with a date that still produced an instant.
    ///
    /// Defects are judged against the matched form's reference grammar. The ones marked
    /// "reference grammar only" are recorded for `rfc822`, `rfc3339`, `iso8601` and `asctime`
    /// and not for the free-text forms (`dotted`, `russian`, `monthFirst`, `slashed`), whose
    /// usual spellings never had seconds, padding or three-letter names.
    public enum Repair: UInt8, CaseIterable, Sendable {
        /// A two-digit year, read with RFC 2822 section 4.3's rule: 00-49 is 20xx, 50-99 is 19xx.
        case twoDigitYear = 0
        /// `16:45` without seconds (RFC 822 allows it; recorded for stricter profiles). Reference
        /// grammar only.
        case missingSeconds
        /// A date without a time of day, read as midnight (in the default zone unless a zone
        /// was named).
        case missingTime
        /// An RFC 822 day name not followed by a comma (`Mon 12 May 2025`).
        case missingComma
        /// A day name that does not match the date; the date wins.
        case wrongDayName
        /// `Monday` where RFC 822 wants `Mon`. Reference grammar only.
        case longDayName
        /// `January` or `Sept` where RFC 822 wants `Jan`, `Sep`. Reference grammar only.
        case longMonthName
        /// A one-digit hour, minute or second (`4:45`, `12:35:9`) where two digits belong, or a
        /// one-digit ISO month or day. Reference grammar only; a one-digit RFC 822 day is valid
        /// and not recorded.
        case unpaddedNumber
        /// Whitespace before or after the date, or more than one space between its parts.
        case extraWhitespace
        /// An ISO 8601 date and time separated by a space instead of `T`.
        case spaceForT
        /// RFC 850's dashes between day, month and year (`12-May-25`).
        case dashedDate
        /// An offset spelt other than the form wants: `+03:00` or `+03` in RFC 822, `+3` or
        /// `+330` anywhere, or an offset after a zone name (`GMT+3`).
        case nonStandardOffset
        /// A zone name outside RFC 822's list (`UT GMT EST EDT CST CDT MST MDT PST PDT`), or any
        /// name in an ISO 8601 date; read with the offset documented on ``LenientDate``.
        case nonStandardZoneName
        /// A zone name with several meanings (`IST`, `BST`, `AST`), read with the documented one.
        case ambiguousZoneName
        /// An RFC 822 military letter other than `Z`; RFC 822 printed their signs backwards, so
        /// RFC 2822 section 4.3 says their meaning is unknown. Read as UTC.
        case militaryZone
        /// Two to five capital letters (or `J`) that name no known zone; read as UTC.
        case unknownZoneName
        /// Ignored text after the date: a `(comment)`, or a zone name after a numeric offset.
        case trailingComment
        /// Second 60 (a leap second, which `Date` cannot hold), read as second 59.
        case leapSecond
        /// A comma after the month (`Fri, 10 Feb, 2012 09:00:00 EST`), seen in real feeds.
        case commaAfterMonth
    }

    /// The repairs made in one parse, as a bit set so a ``Result`` holds no heap storage.
    /// Iterates in ``Repair`` declaration order.
    public struct Repairs: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
        /// One bit per ``Repair``, at its raw value.
        public private(set) var rawValue: UInt32

        /// No repairs: what a clean date carries.
        public init() {
            rawValue = 0
        }

        /// `[.twoDigitYear, .missingSeconds]`, so tables of expected results read naturally.
        public init(arrayLiteral elements: Repair...) {
            self.init()
            for repair in elements { insert(repair) }
        }

        /// Whether the date needed no repair; one comparison, no iteration.
        public var isEmpty: Bool { rawValue == 0 }

        /// Whether `repair` was made.
        public func contains(_ repair: Repair) -> Bool {
            rawValue & Self.bit(repair) != 0
        }

        /// Records `repair`; recording it twice is harmless.
        public mutating func insert(_ repair: Repair) {
            rawValue |= Self.bit(repair)
        }

        /// Adds every repair in `other`, as when a later step of the parse made more.
        public mutating func formUnion(_ other: Repairs) {
            rawValue |= other.rawValue
        }

        /// Forgets `repair`, for a caller that does not count it as a defect.
        public mutating func remove(_ repair: Repair) {
            rawValue &= ~Self.bit(repair)
        }

        /// The repairs in ``Repair`` declaration order, so reports list them stably.
        public func makeIterator() -> Iterator {
            Iterator(remaining: rawValue)
        }

        /// `[]` or `[twoDigitYear, missingSeconds]`.
        public var description: String {
            "[" + map { String(describing: $0) }.joined(separator: ", ") + "]"
        }

        private static func bit(_ repair: Repair) -> UInt32 {
            1 << UInt32(repair.rawValue)
        }

        /// Walks the set bits from the lowest, which is declaration order.
        public struct Iterator: IteratorProtocol {
            var remaining: UInt32

            /// The next repair made, or `nil` after the last.
            public mutating func next() -> Repair? {
                guard remaining != 0 else { return nil }
                let bit = remaining.trailingZeroBitCount
                remaining &= remaining - 1
                return Repair(rawValue: UInt8(bit))
            }
        }
    }
}
