import FeedXML

/// The article body as an HTML fragment: one `<p>` per paragraph, text escaped.
enum ArticleHTML {
    static func render(_ paragraphs: [String]) -> String {
        paragraphs.map { "<p>\(MarkupEscaping.escaped($0, quotes: true))</p>" }.joined(separator: "\n")
    }
}
