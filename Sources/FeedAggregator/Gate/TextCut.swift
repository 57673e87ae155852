import Foundation

/// Cutting text to a number of characters (grapheme clusters, so that no accent, emoji or
/// flag is split). Each function returns `nil` when the text is within the limit, which is
/// decided without counting when its UTF-8 length already is: a character is at least one
/// byte.
public enum TextCut {
    /// The ellipsis a cut title ends with.
    public static let ellipsis = "…"

    /// The first `limit` characters of `text`, or `nil` when it has no more.
    public static func prefix(_ text: String, characters limit: Int) -> String? {
        guard text.utf8.count > limit else { return nil }
        guard let end = text.index(text.startIndex, offsetBy: max(limit, 0), limitedBy: text.endIndex),
            end < text.endIndex
        else { return nil }
        return String(text[..<end])
    }

    /// A title cut to `limit` characters, the last of them "…".
    public static func title(_ text: String, limit: Int) -> String? {
        guard let longer = prefix(text, characters: limit) else { return nil }
        var kept = longer.dropLast()
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + ellipsis
    }

    /// An HTML fragment cut to `limit` characters and then back to before any tag,
    /// comment or character reference the cut left open, so that the sanitiser, which closes
    /// the elements still open, finds no half of one to show as text.
    public static func html(_ html: String, limit: Int) -> String? {
        guard let cut = prefix(html, characters: limit) else { return nil }
        return withoutOpenMarkup(cut)
    }

    static func withoutOpenMarkup(_ html: String) -> String {
        var end = html.utf8.endIndex
        let bytes = html.utf8
        if let comment = html.range(of: "<!--", options: .backwards)?.lowerBound,
            html[comment...].range(of: "-->") == nil
        {
            end = comment
        }
        if let open = bytes[..<end].lastIndex(of: UInt8(ascii: "<")),
            bytes[open..<end].firstIndex(of: UInt8(ascii: ">")) == nil
        {
            end = open
        }
        if let amp = bytes[..<end].lastIndex(of: UInt8(ascii: "&")),
            bytes.distance(from: amp, to: end) <= maxReferenceLength,
            bytes[bytes.index(after: amp)..<end].allSatisfy(isReferenceByte)
        {
            end = amp
        }
        return String(html[..<end])
    }

    /// `&` and the longest name HTML defines (`&CounterClockwiseContourIntegral`).
    private static let maxReferenceLength = 33

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (0x30...0x39).contains(byte)
            || byte == UInt8(ascii: "#")
    }
}
