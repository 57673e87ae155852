/// Atom 0.3, obsolete since 2005: reported as such (``FormatDetection``), and only its
/// content `mode` checked, since its other rules are superseded by RFC 4287.
struct Atom03Rules: FeedRules {
    func isCollectionMember(_ node: ElementNode) -> Bool { node.is("entry", Namespace.atom03) }

    mutating func ended(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext) {
        guard node.namespaceURI == Namespace.atom03, let mode = node.attribute("mode") else { return }
        switch mode {
        case "xml", "escaped": break
        case "base64":
            let text = node.trimmedText.filter { !$0.isWhitespace }
            if text.count % 4 != 0
                || !text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) })
            {
                context.report(.notBase64, node)
            }
        default: context.report(.invalidContentMode, node, value: mode)
        }
    }
}
