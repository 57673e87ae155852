/// Atom values the W3C validator reads strictly: identifiers, dates and URIs without
/// surrounding whitespace, `xml:base` and `xml:lang` on any element, the scheme of a
/// category, the type of out-of-line content, one alternate link per type and language.
extension AtomRules {
    /// Elements whose whole text is one identifier, date or IRI (RFC 4287 §3.3, §4.2.6,
    /// §4.2.5, §4.2.8, §3.2.2): whitespace around it is not part of the grammar.
    static let whitespaceFreeElements: Set<String> = ["id", "updated", "published", "icon", "logo", "uri"]

    /// The IANA registry's IRI form of a registered relation (RFC 4287 §4.2.7.2), which
    /// means the same as the bare name.
    static let ianaRelationPrefix = "http://www.iana.org/assignments/relation/"

    /// `xml:base` must be an IRI reference (relative ones are fine: they resolve against
    /// the parent's base); `xml:lang` a language tag, or empty for "no language".
    static func checkXMLAttributes(_ node: ElementNode, context: inout ValidationContext) {
        if let base = node.attribute("base", namespaceURI: Namespace.xml) {
            switch URLCheck.check(base, full: false, iri: true) {
            case .invalid?, .invalidCharacter?:
                context.report(.invalidIRI, node, child: "xml:base", value: base)
            default: break
            }
        }
        if let language = node.attribute("lang", namespaceURI: Namespace.xml), !language.isEmpty,
            !ValueCheck.isLanguage(language)
        {
            context.report(.invalidLanguage, node, child: "xml:lang", value: language)
        }
    }

    /// Content by reference (RFC 4287 §4.1.3.2): `type` SHOULD be given and MUST be a MIME
    /// media type, not `text`, `html` or `xhtml`, which describe inline content.
    static func checkOutOfLineType(_ content: ElementNode, context: inout ValidationContext) {
        guard let type = content.attribute("type") else { return context.report(.missingTypeAttr, content) }
        if !ValueCheck.isMIMEType(type) { context.report(.invalidMIMEType, content, value: type) }
    }

    /// A category's `scheme` identifies the vocabulary (RFC 4287 §4.2.2.2): an IRI, so an
    /// absolute one; a bare word such as `tags` identifies nothing.
    static func checkCategoryScheme(_ category: ElementNode, context: inout ValidationContext) {
        guard let scheme = category.attribute("scheme") else { return }
        context.checkURL(scheme, category, attribute: "scheme", full: false, iri: true)
        let trimmed = scheme.trimmingSpaces
        if !trimmed.isEmpty, URLCheck.scheme(of: trimmed) == nil,
            URLCheck.check(trimmed, full: false, iri: true) == nil
        {
            context.report(.invalidFullLink, category, child: "scheme", value: scheme)
        }
    }

    /// The link's relation, with the IANA IRI form read as the bare name.
    static func relation(of link: ElementNode) -> String {
        let rel = link.attribute("rel") ?? "alternate"
        return rel.hasPrefix(ianaRelationPrefix) ? String(rel.dropFirst(ianaRelationPrefix.count)) : rel
    }

    /// RFC 4287 §4.1.1: no two alternate links with the same `type` and `hreflang` (in a
    /// feed, an entry or a source). Both are compared case-insensitively, as media types
    /// and language tags are; links differing in either are fine.
    static func checkAlternates(_ node: ElementNode, context: inout ValidationContext) {
        var seen: Set<String> = []
        for link in node.children("link", Namespace.atom) where relation(of: link) == "alternate" {
            let key =
                (link.attribute("type") ?? "").lowercased() + "|"
                + (link.attribute("hreflang") ?? "").lowercased()
            if !seen.insert(key).inserted {
                context.report(.duplicateAtomLink, link, value: link.attribute("href"))
            }
        }
    }
}

extension ValidationContext {
    /// `UnexpectedWhitespace` when an element's text has whitespace around its value.
    mutating func checkNoSurroundingWhitespace(_ node: ElementNode) {
        let value = node.trimmedText
        if !value.isEmpty && node.children.isEmpty && value != node.text {
            report(.unexpectedWhitespace, node, value: value, detail: node.qualifiedName)
        }
    }

    /// `UnexpectedWhitespace` when an attribute has whitespace around its value; returns
    /// the value without it, for the checks that follow.
    mutating func checkNoSurroundingWhitespace(_ value: String, attribute: String, of node: ElementNode)
        -> String
    {
        let trimmed = value.trimmingSpaces
        if !trimmed.isEmpty && trimmed != value {
            report(.unexpectedWhitespace, node, value: trimmed, detail: "\(node.qualifiedName)@\(attribute)")
        }
        return trimmed
    }
}
