import FeedModel
import Foundation

/// A rubric's name as a path segment: `categories/<slug>/`.
///
/// The rules, in order: fold the name (``nameKey(_:)``), transliterate Cyrillic by
/// ``RubricTransliteration`` (ICAO Doc 9303), strip accents from Latin letters (canonical
/// decomposition, keeping the ASCII base letter), turn every run of characters other than
/// `a-z` and `0-9` into one `-`, trim `-` at both ends, and cut to ``maxLength`` at a `-`
/// where one is near. A name that leaves nothing (only punctuation, or a script without a
/// table, e.g. Chinese) gets the ``StableDigest`` of its key instead, so that it still has a
/// stable address. A slug is computed once per rubric: ``RubricSlugs`` keeps the one first
/// published, whatever the rules say later.
public enum RubricSlug {
    /// The longest slug; enough for any real rubric name, short enough for any file system.
    public static let maxLength = 60

    /// The name two rubrics are the same rubric by: Unicode canonical composition, lowercase,
    /// runs of whitespace as one space, none at the ends. "Политика", "политика" and
    /// " Политика " are one rubric.
    public static func nameKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The slug the rules give for `name` (``nameKey(_:)`` is applied first).
    public static func slug(for name: String) -> String {
        let key = nameKey(name)
        let latin = RubricTransliteration.latin(key).decomposedStringWithCanonicalMapping
        var slug = ""
        var pendingDash = false
        for scalar in latin.unicodeScalars {
            let isWordCharacter = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isWordCharacter {
                if pendingDash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar.properties.generalCategory != .nonspacingMark {
                // A combining accent left by the decomposition is dropped without a dash,
                // so that "é" reads as "e", not "e-".
                pendingDash = true
            }
        }
        let capped = capped(slug)
        return capped.isEmpty ? digest(key) : capped
    }

    /// The slug cut to ``maxLength``, at the last `-` in its second half when there is one,
    /// so that a long name loses whole words.
    static func capped(_ slug: String) -> String {
        guard slug.count > maxLength else { return slug }
        let cut = slug.prefix(maxLength)
        if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) >= maxLength / 2 {
            return String(cut[..<dash])
        }
        return String(cut).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    private static func digest(_ key: String) -> String {
        var digest = StableDigest()
        digest.add(bytes: key.utf8)
        return digest.hex
    }
}
