/// Conversation modules: Slash (comment counts), Atom Threading (RFC 4685: `thr:`),
/// TrackBack, and the RSS 1.0 link module (`l:`).
extension ExtensionRules {
    static let slashElements: Set<String> = ["comments", "section", "department", "hit_parade"]
    /// `thr:children` is RSS 1.0's threading element, still written by some generators.
    static let threadElements: Set<String> = ["total", "in-reply-to", "children"]

    static func checkSlash(_ node: ElementNode, context: inout ValidationContext) {
        switch node.localName {
        case "comments": context.checkNonNegativeInteger(node)
        case "hit_parade":
            if !isCommaSeparatedIntegers(node.trimmedText) {
                context.report(.invalidCommaSeparatedIntegers, node, value: node.trimmedText)
            }
        case "section", "department": context.checkPlainText(node)
        default: context.report(.undefinedElement, node)
        }
    }

    /// `12,7,3`: digits, with commas (and spaces after them) between.
    static func isCommaSeparatedIntegers(_ text: String) -> Bool {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            let digits = part.drop { $0 == " " }
            return !digits.isEmpty && digits.utf8.allSatisfy(ASCIIClass.isDigit)
        }
    }

    static func checkThread(_ node: ElementNode, context: inout ValidationContext) {
        switch node.localName {
        case "total": context.checkNonNegativeInteger(node)
        case "in-reply-to": checkInReplyTo(node, context: &context)
        case let name where threadElements.contains(name): break
        default: context.report(.undefinedElement, node)
        }
    }

    /// RFC 4685 section 3: `ref` (the id of the entry replied to) is required; `href` and
    /// `source` are IRI references, `type` a media type.
    private static func checkInReplyTo(_ node: ElementNode, context: inout ValidationContext) {
        if let ref = node.attribute("ref") {
            context.checkURL(ref, node, attribute: "ref", full: true, iri: true)
        } else {
            context.report(.missingAttribute, node, value: "ref")
        }
        for name in ["href", "source"] {
            if let value = node.attribute(name) {
                context.checkURL(value, node, attribute: name, full: false, iri: true)
            }
        }
        if let type = node.attribute("type"), !ValueCheck.isMIMEType(type) {
            context.report(.invalidMIMEAttribute, node, value: type, detail: "type")
        }
    }

    /// `thr:count` and `thr:updated` on a replies link (any element, to be lenient about
    /// where the link is).
    static func checkThreadAttributes(_ node: ElementNode, context: inout ValidationContext) {
        for attribute in node.attributes where attribute.namespaceURI == Namespace.thr {
            let name = attribute.localName
            let value = attribute.value
            switch name {
            case "count":
                if (ValueCheck.integer(value) ?? -1) < 0 {
                    reportAttribute(.invalidNonNegativeInteger, name, value, node, context: &context)
                }
            case "updated":
                for finding in RFC3339Check.check(value).findings {
                    let detail = finding.detail.isEmpty ? value : finding.detail
                    reportAttribute(finding.code, name, value, node, detail: detail, context: &context)
                }
            default: context.report(.unexpectedAttribute, node, value: "thr:" + name)
            }
        }
    }

    /// A finding about a `thr:` attribute, named as the element it is reported on.
    private static func reportAttribute(
        _ code: ValidationCode, _ name: String, _ value: String, _ node: ElementNode, detail: String? = nil,
        context: inout ValidationContext
    ) {
        context.report(
            code, line: node.line, column: node.column, element: "thr:" + name, parent: node.qualifiedName,
            value: value, detail: detail)
    }

    /// TrackBack: `ping` (where to send one) and `about` (what this item pinged), a URL as
    /// text in RSS 2.0 and as `rdf:resource` in RSS 1.0.
    static func checkTrackback(_ node: ElementNode, context: inout ValidationContext) {
        guard node.localName == "ping" || node.localName == "about" else {
            return context.report(.undefinedElement, node)
        }
        checkResourceOrText(node, context: &context)
    }

    /// The RSS 1.0 link module: `l:permalink` and `l:link` point at a resource with
    /// `rdf:resource` and may say its media type.
    static func checkLinkModule(_ node: ElementNode, context: inout ValidationContext) {
        guard node.localName == "permalink" || node.localName == "link" else {
            return context.report(.undefinedElement, node)
        }
        if let resource = node.attribute("resource", namespaceURI: Namespace.rdf) {
            context.checkURL(resource, node, attribute: "rdf:resource", full: false, iri: false)
        } else {
            context.report(.missingAttribute, node, value: "rdf:resource")
        }
        if let type = node.attribute("type", namespaceURI: Namespace.linkModule), !ValueCheck.isMIMEType(type)
        {
            context.report(.invalidMIMEAttribute, node, value: type, detail: "l:type")
        }
        if node.localName == "link" && node.attribute("rel", namespaceURI: Namespace.linkModule) == nil {
            context.report(.missingAttribute, node, value: "l:rel")
        }
    }

    private static func checkResourceOrText(_ node: ElementNode, context: inout ValidationContext) {
        if let resource = node.attribute("resource", namespaceURI: Namespace.rdf) {
            context.checkURL(resource, node, attribute: "rdf:resource", full: true, iri: false)
        } else if !node.trimmedText.isEmpty {
            context.checkURL(node.trimmedText, node, full: true, iri: false)
        } else {
            context.report(.missingAttribute, node, value: "rdf:resource")
        }
    }
}
