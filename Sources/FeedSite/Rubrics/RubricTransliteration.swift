/// Cyrillic to Latin by the table of ICAO Doc 9303 (Machine Readable Travel Documents,
/// Part 3, 7th edition, 2015): the system Russian passports have used since 2013. One
/// published table, so that anyone can predict a rubric's address from its name; the full
/// table is in docs/categories.md, and changing it never moves a published feed (slugs are
/// kept in the state store once used).
enum RubricTransliteration {
    /// Lowercase letters only: names are lowercased before they are looked up. Ь is not
    /// written in ICAO's table; Ъ is `ie`. The Ukrainian and Belarusian letters are ICAO's
    /// too (І, Ї, Є, Ґ, Ў), so that partner rubrics in those languages read as well.
    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
        "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
    ]

    /// `text` (already lowercased) with every Cyrillic letter of the table replaced; other
    /// characters are left for the slug's own rules.
    static func latin(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if let latin = table[character] {
                result += latin
            } else {
                result.append(character)
            }
        }
        return result
    }
}
