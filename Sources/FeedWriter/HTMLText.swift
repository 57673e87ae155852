import FeedModel

/// Conversions between plain text and HTML for fields whose format demands one of them.
enum HTMLText {
    /// The text as an HTML fragment: plain text has its markup characters escaped.
    static func html(_ text: Text) -> String {
        switch text.kind {
        case .html: text.value
        case .plain: escape(text.value)
        }
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
