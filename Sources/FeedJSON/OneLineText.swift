/// The one escaper for text quoted in one-line messages (parser and validator diagnostics,
/// config errors, cron errors).
///
/// Messages quote what documents contain, and documents contain line breaks and other
/// control characters. Written as escapes, a quoted value can neither break the promise of
/// one line per message nor forge a message line of its own in a log. Everything a
/// terminal or log reader could take as a line break or a control sequence is escaped:
/// the C0 controls, DEL, the C1 controls (U+0085 is a line break to Unicode) and the line
/// and paragraph separators U+2028 and U+2029; all other text, non-ASCII included, is
/// shown as it is.
public enum OneLineText {
    /// What happens to tab characters.
    public enum Tabs: Sendable {
        /// Written `\t`, like the other controls.
        case escaped
        /// Kept as they are, for messages that count columns in the quoted text (a tab is
        /// one character there, and escaping it would shift the columns after it).
        case kept
    }

    /// `text` with CR, LF and tab written as `\r`, `\n`, `\t` and the other characters
    /// listed above as Swift-style escapes with lowercase hex (`\u{1b}`, `\u{2028}`).
    public static func escaped(_ text: String, tabs: Tabs = .escaped) -> String {
        guard text.unicodeScalars.contains(where: { isBreaking($0) && !(tabs == .kept && $0 == "\t") }) else {
            return text
        }
        var escaped = ""
        for scalar in text.unicodeScalars {
            appendEscaped(scalar, tabs: tabs, to: &escaped)
        }
        return escaped
    }

    /// `text` in double quotes, with quotes and backslashes escaped too (so the quoted
    /// value cannot end early) and anything past `limit` characters elided with `…`.
    public static func quoted(_ text: String, limit: Int = 60) -> String {
        let shown = text.count > limit ? String(text.prefix(limit)) + "…" : text
        var result = "\""
        for scalar in shown.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: appendEscaped(scalar, tabs: .escaped, to: &result)
            }
        }
        return result + "\""
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, tabs: Tabs, to result: inout String) {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t" where tabs == .escaped: result += "\\t"
        case _ where isBreaking(scalar) && scalar != "\t":
            result += "\\u{\(String(scalar.value, radix: 16))}"
        default: result.unicodeScalars.append(scalar)
        }
    }

    private static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
            || scalar == "\u{2029}"
    }
}
