extension FixtureRow {
    /// The fields, after checking the row has the column count its table promises; a short
    /// row is a fixture typo that would otherwise surface as an index trap.
    func columns(_ count: Int) throws -> [String] {
        guard fields.count == count else {
            throw FixtureError("\(file):\(line) has \(fields.count) columns, expected \(count)")
        }
        return fields
    }
}
