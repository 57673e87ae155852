/// Where RFC 4287 lets each Atom element stand, and what a text construct or `content`
/// may hold: the markup inside them belongs to another vocabulary (XHTML, or the XML
/// media type `content` declares), never to Atom's own structure.
extension AtomRules {
    static let entryElements: Set<String> = [
        "author", "category", "content", "contributor", "id", "link", "published", "rights", "source",
        "summary", "title", "updated",
    ]
    static let personElements: Set<String> = ["name", "uri", "email"]

    /// The Atom children each container allows; extension elements (other namespaces)
    /// may stand in any of them.
    static let allowedChildren: [String: Set<String>] = [
        "feed": feedElements, "source": feedElements.subtracting(["entry"]), "entry": entryElements,
        "author": personElements, "contributor": personElements,
    ]

    /// Elements whose value is text only (an IRI, a date, a name): no child element of any
    /// namespace belongs in them.
    static let textOnlyElements: Set<String> = [
        "id", "updated", "published", "icon", "logo", "name", "uri", "email", "generator",
    ]

    /// The constructs whose children are markup of another vocabulary.
    static let markupCarriers: Set<String> = ["title", "subtitle", "rights", "summary", "content"]

    /// Whether `node` opens a construct whose children are XHTML or other XML, not Atom.
    static func carriesMarkup(_ node: ElementNode, parent: ElementNode?) -> Bool {
        node.namespaceURI == Namespace.atom && markupCarriers.contains(node.localName)
            && parent?.namespaceURI == Namespace.atom
    }

    /// `UndefinedElement` for an Atom element in a parent that does not define it (an
    /// entry's `summary` at feed level, a feed's `subtitle` or `logo` in an entry, a
    /// `feed` in a `source`), and for any element inside a text-only one.
    static func checkPlacement(_ node: ElementNode, parent: ElementNode?, context: inout ValidationContext) {
        guard let parent, parent.namespaceURI == Namespace.atom else { return }
        if textOnlyElements.contains(parent.localName) { return context.report(.undefinedElement, node) }
        guard node.namespaceURI == Namespace.atom, let allowed = allowedChildren[parent.localName],
            !allowed.contains(node.localName)
        else { return }
        context.report(.undefinedElement, node)
    }

    /// An element inside a text construct or `content`; `nested` when it is below the top
    /// level. In XHTML content (inside the `div`), an element in no namespace is not XHTML
    /// (`MissingNamespace`) and an Atom element is out of place (`UndefinedElement`). The
    /// top level is checked with the construct (``checkMarkupChildren(_:context:)`` and the
    /// xhtml `div` check).
    static func checkEmbedded(
        _ node: ElementNode, construct: ElementNode, nested: Bool, context: inout ValidationContext
    ) {
        guard nested, construct.attribute("type") == "xhtml" else { return }
        switch node.namespaceURI {
        case "": context.report(.missingNamespace, node)
        case Namespace.atom: context.report(.undefinedElement, node)
        default: break
        }
    }

    /// Text and HTML (and content of a media type that is not XML) are text only: an
    /// element in them is undefined there. XML content holds elements, and then no text
    /// beside them: an XML document has one root and no text outside it.
    static func checkMarkupChildren(_ node: ElementNode, context: inout ValidationContext) {
        let type = node.attribute("type") ?? "text"
        if isXMLMediaType(type) {
            if !node.children.isEmpty && !node.trimmedText.isEmpty {
                context.report(.unexpectedText, node, value: node.trimmedText)
            }
        } else {
            for child in node.children { context.report(.undefinedElement, child) }
        }
    }

    /// `…/xml` or `…+xml` (RFC 7303), case-insensitively.
    static func isXMLMediaType(_ type: String) -> Bool {
        let main = (type.split(separator: ";", maxSplits: 1).first.map(String.init) ?? "").trimmingSpaces
            .lowercased()
        return main.contains("/") && (main.hasSuffix("/xml") || main.hasSuffix("+xml"))
    }
}
