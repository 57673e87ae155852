import Foundation

/// Serialises children back to markup, for XHTML content (`type="xhtml"`, `xhtml:body`),
/// whose value is the markup itself.
extension XMLNode {
    var innerMarkup: String {
        guard !children.isEmpty else { return MarkupEscaping.text(text) }
        var out = ""
        for child in children {
            switch child {
            case .text(let text): out += MarkupEscaping.text(text)
            case .element(let node): node.appendMarkup(to: &out)
            }
        }
        return out
    }

    private func appendMarkup(to out: inout String) {
        out += "<" + localName
        for attribute in attributes where attribute.namespaceURI.isEmpty {
            out += " \(attribute.localName)=\"\(MarkupEscaping.attribute(attribute.value))\""
        }
        if children.isEmpty && text.isEmpty && MarkupEscaping.voidElements.contains(localName) {
            out += ">"
            return
        }
        out += ">" + innerMarkup + "</" + localName + ">"
    }
}

enum MarkupEscaping {
    static let voidElements: Set<String> = [
        "br", "hr", "img", "input", "meta", "link", "area", "col", "wbr", "source",
    ]

    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func attribute(_ value: String) -> String {
        text(value).replacingOccurrences(of: "\"", with: "&quot;")
    }
}
