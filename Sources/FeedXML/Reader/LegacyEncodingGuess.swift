/// Guesses the single-byte encoding of text that was supposed to be UTF-8 and is not.
///
/// Cyrillic text in windows-1251 or KOI8-R is written almost entirely with bytes
/// 0xC0–0xFF, in runs (words); Western European text in windows-1252 has its accented
/// letters one at a time between ASCII letters. So: if most bytes ≥ 0xC0 sit in runs of
/// three or more, the text is Cyrillic, and windows-1251 and KOI8-R are told apart by
/// reading the bytes both ways and scoring the letters by their frequency in Russian (the
/// right reading is full of о, е, а, и, н, т; the wrong one of rarer letters). Otherwise
/// it is windows-1252, or ISO-8859-1 when a byte windows-1252 leaves undefined occurs.
enum LegacyEncodingGuess {
    static func guess(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> String {
        var letters = 0
        var inRuns = 0
        var run = 0
        var score1251 = 0
        var scoreKOI8 = 0
        var undefinedIn1252 = false
        func endRun() {
            if run >= 3 { inRuns += run }
            run = 0
        }
        for b in bytes[start...] {
            if b >= 0xC0 {
                letters += 1
                run += 1
                let slot = Int(b & 0x1F)
                score1251 += russianFrequency[slot]
                scoreKOI8 += russianFrequency[koi8Slots[slot]]
            } else {
                endRun()
                if b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D { undefinedIn1252 = true }
            }
        }
        endRun()
        if letters >= 3, inRuns * 2 >= letters {
            return score1251 >= scoreKOI8 ? "windows-1251" : "KOI8-R"
        }
        return undefinedIn1252 ? "ISO-8859-1" : "windows-1252"
    }

    /// Letter frequency in Russian text (per mille, roughly), in alphabetical order а…я
    /// without ё. windows-1251 puts А…Я at 0xC0–0xDF and а…я at 0xE0–0xFF in this order, so
    /// a byte's low five bits index this table directly.
    static let russianFrequency: [Int] = [
        80, 16, 45, 17, 30, 85, 9, 16, 74, 12, 35, 44, 32, 67, 110, 28,  // а б в г д е ж з и й к л м н о п
        47, 55, 63, 26, 3, 10, 5, 14, 7, 4, 0, 19, 17, 3, 6, 20,  // р с т у ф х ц ч ш щ ъ ы ь э ю я
    ]

    /// KOI8-R's order for 0xC0–0xDF (lower case; upper case repeats it at 0xE0–0xFF):
    /// ю а б ц д е ф г х и й к л м н о п я р с т у ж в ь ы з ш э щ ч ъ, as alphabetical
    /// indices into ``russianFrequency``.
    static let koi8Slots: [Int] = [
        30, 0, 1, 22, 4, 5, 20, 3, 21, 8, 9, 10, 11, 12, 13, 14,
        15, 31, 16, 17, 18, 19, 6, 2, 28, 27, 7, 24, 29, 25, 23, 26,
    ]
}
