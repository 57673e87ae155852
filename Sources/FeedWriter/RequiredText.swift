import FeedModel
import FeedXML

/// Stand-ins for the text a format requires and a source left blank, so that no writer
/// writes an empty element or an empty JSON string. Optional fields are simply omitted;
/// these are for the required ones: the feed's title (RSS, Atom, JSON Feed), an Atom
/// entry's title, an RSS item's title when it has no description, content where JSON
/// Feed and Atom need some.
enum RequiredText {
    /// The feed's title; else its site link, else the URL it was read from.
    static func feedTitle(_ feed: Feed, context: WriteContext) -> String {
        feed.title.nonBlank ?? feed.link(rel: "alternate")?.href.nonBlank ?? context.documentURL.nonBlank
            ?? feed.id.nonBlank ?? "Untitled feed"
    }

    /// The entry's title; else the start of its summary or content as plain text, else its
    /// link, else its first enclosure's title or URL.
    static func entryTitle(_ entry: Entry) -> String {
        if let title = entry.title.nonBlank { return title }
        for text in [entry.summary, entry.content].compactMap({ $0 }) {
            let plain = text.kind == .html ? PlainTextSummary.text(fromHTML: text.value) : text.value
            if let plain = plain.nonBlank { return shortened(plain) }
        }
        if let link = entry.link(rel: "alternate")?.href.nonBlank { return link }
        if let enclosure = entry.enclosures.first { return enclosure.title.nonBlank ?? enclosure.url }
        return "Untitled"
    }

    /// At most `limit` characters of `text` with its whitespace collapsed, cut at a word
    /// boundary and marked with an ellipsis.
    static func shortened(_ text: String, limit: Int = 80) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            let next = result.isEmpty ? String(word) : result + " " + word
            guard next.count <= limit else {
                return result.isEmpty ? String(word.prefix(limit)) + "…" : result + "…"
            }
            result = next
        }
        return result
    }
}

extension String {
    /// `nil` for a blank string (empty or whitespace only). Every written field passes
    /// here; the first visible character decides (see `isBlank`).
    var nonBlank: String? { isBlank ? nil : self }
}

extension Text {
    /// `nil` for a text with nothing but whitespace in its value.
    var nonBlank: Text? {
        value.nonBlank == nil ? nil : self
    }
}

/// Conversions between plain text and HTML for fields whose format demands one of them.
enum HTMLText {
    /// The text as an HTML fragment: plain text has its markup characters escaped.
    static func html(_ text: Text) -> String {
        switch text.kind {
        case .html: text.value
        case .plain: MarkupEscaping.escaped(text.value)
        }
    }
}
