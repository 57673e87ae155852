extension CivilDateTime: Comparable {
    /// Field-by-field order, which is wall-clock order; it is not instant order across a
    /// fall-back overlap.
    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }
}
