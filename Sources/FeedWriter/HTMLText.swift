import FeedModel
import FeedXML

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
