/// Atom 1.0 (RFC 4287): every "MUST" and the common "SHOULD"s. Entry checks are in
/// `AtomRules+Entry.swift`, text constructs, people, links and identifiers in
/// `AtomRules+Constructs.swift`, where elements may stand in `AtomRules+Placement.swift`,
/// whitespace, `xml:base` and `xml:lang` in `AtomRules+Values.swift`.
struct AtomRules: FeedRules {
    /// An Atom entry document (`<entry>` as the root) rather than a feed.
    let entryDocument: Bool
    private var seenEntry = false
    var entriesWithoutAuthor = 0
    /// How many open elements are a text construct or `content` and the markup inside it:
    /// what is inside is XHTML or another XML vocabulary, not Atom, even where it uses
    /// Atom's names (an `application/atom+xml` entry carried as content).
    private var embeddedDepth = 0

    static let feedElements: Set<String> = [
        "author", "category", "contributor", "generator", "icon", "id", "link", "logo", "rights", "subtitle",
        "title", "updated", "entry",
    ]
    static let feedSingletons = ["generator", "icon", "id", "logo", "rights", "subtitle", "title", "updated"]

    init(entryDocument: Bool) {
        self.entryDocument = entryDocument
    }

    func isCollectionMember(_ node: ElementNode) -> Bool {
        node.is("entry", Namespace.atom) && !entryDocument && embeddedDepth == 0
    }

    mutating func started(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext) {
        Self.checkXMLAttributes(node, context: &context)
        if embeddedDepth > 0 || Self.carriesMarkup(node, parent: ancestors.last) { embeddedDepth += 1 }
        guard ancestors.count == 1, ancestors[0].is("feed", Namespace.atom),
            node.namespaceURI == Namespace.atom
        else { return }
        if node.localName == "entry" {
            seenEntry = true
        } else if seenEntry && Self.feedElements.contains(node.localName) {
            context.report(.misplacedMetadata, node)
        }
    }

    mutating func ended(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext) {
        if embeddedDepth > 0 {
            embeddedDepth -= 1
            if embeddedDepth > 0 {
                let construct = ancestors[ancestors.count - embeddedDepth]
                return Self.checkEmbedded(
                    node, construct: construct, nested: embeddedDepth > 1, context: &context)
            }
        }
        let parent = ancestors.last
        Self.checkPlacement(node, parent: parent, context: &context)
        guard node.namespaceURI == Namespace.atom else { return }
        checkAtomElement(node, parent: parent, context: &context)
        switch node.localName {
        case "feed" where parent == nil: checkFeed(node, context: &context)
        case "entry": checkEntry(node, context: &context)
        default: break
        }
    }

    /// Checks that apply wherever the element is: constructs by their name.
    private func checkAtomElement(_ node: ElementNode, parent: ElementNode?, context: inout ValidationContext)
    {
        guard parent?.namespaceURI == Namespace.atom else { return }
        if Self.whitespaceFreeElements.contains(node.localName) { context.checkNoSurroundingWhitespace(node) }
        switch node.localName {
        case "title", "subtitle", "rights", "summary": checkTextConstruct(node, context: &context)
        case "author", "contributor": checkPerson(node, context: &context)
        case "link": checkLink(node, context: &context)
        case "category": checkCategory(node, context: &context)
        case "id": checkID(node, context: &context)
        case "updated": context.checkRFC3339(node)
        case "published": context.checkRFC3339(node, future: false)
        case "icon", "logo": context.checkURL(node.trimmedText, node, full: false, iri: true)
        case "generator":
            if let uri = node.attribute("uri") {
                context.checkURL(uri, node, attribute: "uri", full: false, iri: true)
            }
        case "content": checkContent(node, context: &context)
        default: break
        }
    }

    private func checkFeed(_ feed: ElementNode, context: inout ValidationContext) {
        context.checkNoText(feed)
        if !feed.has("id", Namespace.atom) { context.report(.missingElement, feed, child: "id") }
        if !feed.has("title", Namespace.atom) { context.report(.missingTitle, feed, child: "title") }
        if !feed.has("updated", Namespace.atom) { context.report(.missingElement, feed, child: "updated") }
        context.checkDuplicates(feed, Self.feedSingletons, namespaceURI: Namespace.atom)
        if !feed.has("author", Namespace.atom) && entriesWithoutAuthor > 0 {
            context.report(.missingAuthor, feed, value: "\(entriesWithoutAuthor)")
        }
        checkLinks(feed, isFeed: true, context: &context)
        if context.idCount > 1 && context.allIDsEqual {
            context.report(.duplicateIds, feed, value: context.firstID ?? "")
        }
    }
}

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
