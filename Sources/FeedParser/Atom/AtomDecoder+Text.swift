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
        return AtomText(value(node, kind: kind), kind: kind)
    }

    mutating func content(_ node: XMLNode) -> AtomContent {
        if let src = node.attribute("src") { return AtomContent("", type: node.attribute("type"), src: src) }
        let type = node.attribute("type")?.trimmed
        let construct = text(node)
        if let type, AtomContent(construct.value, type: type).textKind == nil {
            return AtomContent(value(node, kind: .text), type: type)
        }
        return AtomContent(construct.value, type: construct.kind.rawValue)
    }

    private mutating func value(_ node: XMLNode, kind: AtomText.Kind) -> String {
        if isAtom03 {
            switch node.attribute("mode")?.trimmed.lowercased() {
            case "base64": return decodeBase64(node)
            case "xml": return node.innerMarkup
            default: break
            }
        }
        guard kind == .xhtml else { return node.text }
        // RFC 4287: the XHTML is wrapped in one xhtml:div, which is not part of the value.
        let elements = node.elements
        if elements.count == 1, elements[0].is("div", in: Namespace.xhtml) { return elements[0].innerMarkup }
        return node.innerMarkup
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
