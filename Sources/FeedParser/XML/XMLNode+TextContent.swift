/// The text of an element and all its descendants, for fields that hold text only.
///
/// Publishers put markup where text belongs (`<title><p>Item Title</p></title>`,
/// `<author><b>Ann</b></author>`): like feedparser and a browser's `textContent`, the
/// words are kept, in document order, and the tags dropped.
extension XMLNode {
    var textContent: String {
        guard hasElementChildren else { return text }
        return textContent(skipping: { _ in false })
    }

    /// The text content without the children `skip` names (and their descendants).
    func textContent(skipping skip: (XMLNode) -> Bool) -> String {
        guard hasElementChildren else { return text }
        var result = ""
        appendTextContent(to: &result, skipping: skip)
        return result
    }

    private func appendTextContent(to result: inout String, skipping skip: (XMLNode) -> Bool) {
        guard hasElementChildren else {
            result += text
            return
        }
        for child in children {
            switch child {
            case .text(let piece), .cdata(let piece): result += piece
            case .element(let node) where !skip(node): node.appendTextContent(to: &result, skipping: skip)
            case .element: break
            }
        }
    }
}
