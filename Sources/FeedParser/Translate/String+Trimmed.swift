import FeedModel

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Without leading and trailing whitespace (Unicode's, so U+00A0 too). Most feed text
    /// has none, and then nothing is copied through Foundation.
    var trimmed: String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80
        {
            return String(self)
        }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isUnicodeWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isUnicodeWhitespace {
            end = scalars.index(before: end)
        }
        return String(self[start..<end])
    }
}

extension Optional where Wrapped == String {
    /// Takes `value` unless a non-blank value is already held: for an element repeated
    /// where the format allows one, the first non-blank copy wins (as gofeed, and
    /// feedparser for titles), so neither a later empty copy nor a later different one
    /// replaces it.
    mutating func keepFirstNonBlank(_ value: @autoclosure () -> String) {
        if let current = self, !current.isBlank { return }
        self = value()
    }
}

/// The first of `values` that is not blank, as written: a native element that is present
/// but empty gives way to its fallback (`dc:title` for an empty `title`).
/// (Two and three arguments rather than a variadic list: no array per call, as this runs
/// for every entry.)
func firstNonBlank(_ first: String?, _ second: String?) -> String? {
    if let first, !first.isBlank { return first }
    if let second, !second.isBlank { return second }
    return nil
}

func firstNonBlank(_ first: String?, _ second: String?, _ third: String?) -> String? {
    firstNonBlank(first, second) ?? (third.flatMap { $0.isBlank ? nil : $0 })
}
