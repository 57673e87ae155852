extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Without leading and trailing whitespace (Unicode's, so U+00A0 too). Most feed text
    /// has none, and then nothing is copied through Foundation.
    var trimmed: String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80
        {
            return String(self)
        }
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }
}
