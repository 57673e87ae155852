import FeedXML
import Foundation

/// Serialises children back to markup, for XHTML content (`type="xhtml"`, `xhtml:body`),
/// whose value is the markup itself.
extension XMLNode {
    /// The children as markup, CDATA text escaped like any text (XHTML, where a CDATA
    /// section is character data).
    var innerMarkup: String { innerMarkup(cdataIsMarkup: false) }

    /// The children of an HTML field as markup. A CDATA section there holds markup source
    /// (`<![CDATA[<p>…</p>]]>`); when it ended early (a `]]>` inside it) and markup follows,
    /// its text is written as it came rather than escaped into visible tags.
    var htmlInnerMarkup: String { innerMarkup(cdataIsMarkup: true) }

    private func innerMarkup(cdataIsMarkup: Bool) -> String {
        guard !children.isEmpty else { return MarkupEscaping.escaped(text) }
        var out = ""
        for child in children {
            switch child {
            case .text(let text): out += MarkupEscaping.escaped(text)
            case .cdata(let text): out += cdataIsMarkup ? text : MarkupEscaping.escaped(text)
            case .element(let node): node.appendMarkup(to: &out, cdataIsMarkup: cdataIsMarkup)
            }
        }
        return out
    }

    private func appendMarkup(to out: inout String, cdataIsMarkup: Bool) {
        out += "<" + localName
        for attribute in attributes where attribute.namespaceURI.isEmpty {
            out += " \(attribute.localName)=\"\(MarkupEscaping.escaped(attribute.value, quotes: true))\""
        }
        if children.isEmpty && text.isEmpty && voidElements.contains(localName) {
            out += ">"
            return
        }
        out += ">" + innerMarkup(cdataIsMarkup: cdataIsMarkup) + "</" + localName + ">"
    }
}

/// Elements HTML writes without an end tag.
private let voidElements: Set<String> = [
    "br", "hr", "img", "input", "meta", "link", "area", "col", "wbr", "source",
]
