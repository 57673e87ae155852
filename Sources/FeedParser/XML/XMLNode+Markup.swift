import FeedXML
import Foundation

/// Serialises children back to markup, for XHTML content (`type="xhtml"`, `xhtml:body`),
/// whose value is the markup itself.
extension XMLNode {
    var innerMarkup: String {
        guard !children.isEmpty else { return MarkupEscaping.escaped(text) }
        var out = ""
        for child in children {
            switch child {
            case .text(let text): out += MarkupEscaping.escaped(text)
            case .element(let node): node.appendMarkup(to: &out)
            }
        }
        return out
    }

    private func appendMarkup(to out: inout String) {
        out += "<" + localName
        for attribute in attributes where attribute.namespaceURI.isEmpty {
            out += " \(attribute.localName)=\"\(MarkupEscaping.escaped(attribute.value, quotes: true))\""
        }
        if children.isEmpty && text.isEmpty && voidElements.contains(localName) {
            out += ">"
            return
        }
        out += ">" + innerMarkup + "</" + localName + ">"
    }
}

/// Elements HTML writes without an end tag.
private let voidElements: Set<String> = [
    "br", "hr", "img", "input", "meta", "link", "area", "col", "wbr", "source",
]
