import Foundation

/// Durations in `config.json`: one or more `<number><unit>` pairs such as `"30m"`, `"1h30m"`
/// or `"7d"`, with units `s`, `m`, `h`, `d` and `w`. Strings, not bare numbers, so that a
/// reader never has to guess whether `30` meant seconds or minutes.
enum ConfigDuration {
    static let expected = "a duration such as \"30m\", \"2h\" or \"7d\" (units s, m, h, d, w)"

    static func parse(_ text: String) -> TimeInterval? {
        var total: TimeInterval = 0
        var digits = ""
        var sawUnit = false
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII, digit >= 0 {
                digits.append(character)
                continue
            }
            guard let number = Double(digits), let unit = unitSeconds(character) else { return nil }
            total += number * unit
            digits = ""
            sawUnit = true
        }
        guard digits.isEmpty, sawUnit else { return nil }
        return total
    }

    private static func unitSeconds(_ unit: Character) -> TimeInterval? {
        switch unit {
        case "s": 1
        case "m": 60
        case "h": 3600
        case "d": 86400
        case "w": 7 * 86400
        default: nil
        }
    }
}
