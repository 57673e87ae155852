/// The article body as an HTML fragment: one `<p>` per paragraph, text escaped.
enum ArticleHTML {
    static func render(_ paragraphs: [String]) -> String {
        paragraphs.map { "<p>\(escape($0))</p>" }.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
