extension HTMLSanitizer {
    /// The text of an HTML fragment, for titles with markup and for plain-text fallbacks
    /// (JSON Feed `content_text`).
    ///
    /// Entities are decoded; content dropped by the default allowlist (`script`, `style`,
    /// `iframe`, `svg`, …) and comments are left out. The start and end of a block element
    /// (`p`, `div`, `li`, `h1`…, `tr`, `blockquote`, …) and `<br>` become a line break; table
    /// cells are separated by a space. Runs of whitespace (space, tab, line breaks) collapse
    /// to one space, runs of line breaks to one LF, and the result is trimmed. U+00A0 is kept
    /// as a character. Use `split(whereSeparator: \.isNewline).joined(separator: " ")` for
    /// one line.
    public static func plainText(_ html: String) -> String {
        var html = html
        let needsParser = html.withContiguousUTF8 { HTMLEscaping.textNeedsEscaping($0) } == nil
        let sink = HTMLPlainTextSink(capacity: html.utf8.count)
        if needsParser {
            guard HTMLFragmentParser.parse(html, into: sink) else { return "" }
        } else {
            html.withContiguousUTF8 { sink.characters($0, depth: 1) }
        }
        return sink.finish()
    }
}
