/// Messages quote what documents contain, and documents contain line breaks and other
/// control characters. Written as escapes, a quoted value can neither break the promise of
/// one line per message nor forge a message line of its own in a log.
public enum OneLineText {
    /// `text` with CR, LF, tab, the other C0 controls, DEL and the Unicode line and
    /// paragraph separators written as Swift-style escapes (`\n`, `\u{1b}`).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isBreaking) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where isBreaking(scalar): escaped += "\\u{\(String(scalar.value, radix: 16))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
