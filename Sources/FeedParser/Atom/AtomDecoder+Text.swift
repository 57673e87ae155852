import FeedFormats
import Foundation

extension AtomDecoder {
    /// A text construct. Atom 1.0 says `type="text|html|xhtml"`; Atom 0.3 gives a MIME type
    /// and `mode="xml|escaped|base64"`.
    mutating func text(_ node: XMLNode) -> AtomText {
        let type = node.attribute("type")?.trimmed.lowercased()
        let kind: AtomText.Kind =
            switch type {
            case "html", "text/html": .html
            case "xhtml", "application/xhtml+xml": .xhtml
            default: .text
            }
        return AtomText(value(node, kind: kind), kind: kind, base: node.base)
    }

    mutating func content(_ node: XMLNode) -> AtomContent {
        if let src = node.attribute("src") {
            return AtomContent("", type: node.attribute("type"), src: src, base: node.base)
        }
        let type = node.attribute("type")?.trimmed
        if let type, AtomContent("", type: type).textKind == nil {
            // Another media type: its text as written, or Atom 0.3's inline XML as markup.
            let value =
                isBase64(node) ? decodeBase64(node) : isExplicitXMLMode(node) ? node.innerMarkup : node.text
            return AtomContent(value, type: type, base: node.base)
        }
        let construct = text(node)
        return AtomContent(construct.value, type: construct.kind.rawValue, base: node.base)
    }

    private mutating func value(_ node: XMLNode, kind: AtomText.Kind) -> String {
        if isBase64(node) { return decodeBase64(node) }
        switch kind {
        case .text:
            // Markup inside a text construct (`<title><p>Title</p></title>`) keeps its words.
            return node.textContent
        case .xhtml:
            if isExplicitXMLMode(node) { return node.innerMarkup }
            // RFC 4287: the XHTML is wrapped in one xhtml:div, which is not part of the value.
            let elements = node.elements
            if elements.count == 1, elements[0].is("div", in: Namespace.xhtml) {
                return elements[0].innerMarkup
            }
            return node.innerMarkup
        case .html:
            if isExplicitXMLMode(node) { return node.innerMarkup }
            guard node.hasElementChildren else { return node.text }
            // Atom 0.3's `mode="xml"` (its default) means inline markup; anywhere else HTML
            // must be escaped, but publishers write it raw: keep it as markup, and say so.
            if !isInlineXML(node) {
                diagnostics.append(
                    ParseDiagnostic(
                        .unescapedMarkup, .warning,
                        "\(node.localName) of type html holds unescaped elements; kept as markup",
                        line: node.line, column: node.column, element: node.localName))
            }
            return node.htmlInnerMarkup
        }
    }

    /// Atom 0.3 `mode="base64"`.
    private func isBase64(_ node: XMLNode) -> Bool {
        isAtom03 && node.attribute("mode")?.trimmed.lowercased() == "base64"
    }

    /// Atom 0.3 `mode="xml"`, written out.
    private func isExplicitXMLMode(_ node: XMLNode) -> Bool {
        isAtom03 && node.attribute("mode")?.trimmed.lowercased() == "xml"
    }

    /// Atom 0.3 content whose mode is `xml`, said or by default.
    private func isInlineXML(_ node: XMLNode) -> Bool {
        isAtom03 && (node.attribute("mode")?.trimmed.lowercased() ?? "xml") == "xml"
    }

    private mutating func decodeBase64(_ node: XMLNode) -> String {
        let compact = node.text.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(
                ParseDiagnostic(
                    .unsupportedContent, .warning, "base64 content that is not UTF-8 text; left out",
                    line: node.line,
                    column: node.column, element: node.localName))
            return ""
        }
        return text
    }
}
