extension CivilDateTime: CustomStringConvertible {
    /// ISO 8601 without a zone (`2025-05-12T16:45:00`), so logs and test failures show an
    /// unambiguous wall-clock time.
    public var description: String {
        var writer = ASCIIWriter(capacity: 19)
        writer.appendDateTime(self)
        return writer.string
    }
}
