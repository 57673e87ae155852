/// Escaping text for HTML or XML markup: the one place every module escapes `&`, `<`, `>`
/// (and `"` where the text goes into a quoted attribute value or must survive one).
public enum MarkupEscaping {
    /// `text` with `&`, `<`, `>` escaped, and `"` too when `quotes` is true. Text with
    /// nothing to escape is returned as it is, without a copy.
    public static func escaped(_ text: String, quotes: Bool = false) -> String {
        let needsWork = text.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && byte == 0x22)
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
