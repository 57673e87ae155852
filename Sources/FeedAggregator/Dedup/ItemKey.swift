/// The dedup key: a title normalised so that the copies of one headline that reach us
/// through different partners compare equal.
///
/// The same press release arrives minutes apart with other quote marks, another case,
/// `ё` written as `е`, or entities left in the text. `normalize(_:)` undoes exactly those
/// differences, in this order:
///
/// 1. HTML entities are decoded once: named (`&laquo;`, `&amp;`, `&quot;`, `&apos;`),
///    decimal (`&#171;`) and hexadecimal (`&#xAB;`). `&#128;`…`&#159;` are read as
///    windows-1252, as HTML5 browsers do, because that is where `&#151;` (an em dash)
///    comes from. A reference without its `;`, or unknown, is left as written.
/// 2. Unicode NFKC: full-width letters, ligatures (`ﬁ`), `№` (`No`) and `…` (`...`)
///    become their plain forms; decomposed `е` + U+0308 becomes `ё`.
/// 3. Case folding (full folding, so `ß` matches `ss`), then NFKC again because folding
///    can produce unnormalised text.
/// 4. `ё` becomes `е`: Russian text writes the two interchangeably.
/// 5. Quote marks are removed: `« » “ ” „ ‟ " ' ‘ ’ ‚ ‛ ‹ ›` (and `&quot;`, decoded in
///    step 1). Removed rather than unified, because partners also drop the quotes
///    altogether (`премьера фильма Корочка хлеба`), and `What’s`/`Whats` stay equal.
/// 6. Dashes become `-`: hyphen-minus, `‐ ‑ ‒ – — ―` and the minus sign `−`; the spaces
///    around a dash are removed, so `Россия – это`, `Россия — это` and `Россия-это` agree.
/// 7. Whitespace (every Unicode `White_Space` character: tabs, newlines, NBSP, thin and
///    other typographic spaces) collapses to one space and is trimmed at both ends.
/// 8. Invisible characters that only affect line breaking are removed: soft hyphen
///    U+00AD, zero-width space U+200B, word joiner U+2060 and U+FEFF.
///
/// Digits and all other punctuation are kept: `Итоги 2024` and `Итоги 2025`, or `Итоги:`
/// and `Итоги!`, stay different titles.
///
/// Titles made only of ASCII, basic Cyrillic (U+0400–U+045F) and the characters mapped
/// above are normalised by hand, without Foundation, which is slow on Linux; a test proves
/// both paths agree.
public struct ItemKey: Hashable, Sendable, CustomStringConvertible {
    /// The title after the steps above; the text two items must share to be duplicates.
    public let normalizedTitle: String

    /// The key of an item with this title (raw, as the feed gave it).
    /// The hash of `normalizedTitle`'s bytes, computed once with the key: keys are made
    /// while the sources are read in parallel, and the merge that hashes them runs on one
    /// thread.
    private let titleHash: Int

    /// The key of an item titled `title` (raw, as the feed gave it).
    public init(title: String) {
        normalizedTitle = Self.normalize(title)
        var title = normalizedTitle
        var hasher = Hasher()
        title.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        titleHash = hasher.finalize()
    }

    /// `title` normalised by the steps listed on the type.
    public static func normalize(_ title: String) -> String {
        if let folded = TitleFolding.fast(title, ampersandIsText: false) { return folded }
        let decoded = EntityDecoding.decode(title)
        return TitleFolding.fast(decoded, ampersandIsText: true) ?? TitleFolding.slow(decoded)
    }

    /// The normalised title, for diagnostics and tests.
    public var description: String { normalizedTitle }

    // Keys compare by UTF-8 bytes: both sides are already NFKC, so byte equality is
    // canonical equivalence, and hashing bytes skips the normalising walk that `String`
    // hashing does for every non-ASCII string.
    /// Same normalised title.
    public static func == (lhs: ItemKey, rhs: ItemKey) -> Bool {
        lhs.titleHash == rhs.titleHash && lhs.normalizedTitle.utf8.elementsEqual(rhs.normalizedTitle.utf8)
    }

    /// Hashes the normalised title's precomputed hash.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(titleHash)
    }
}
