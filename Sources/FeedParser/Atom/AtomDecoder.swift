import FeedFormats
import FeedXML

/// Decodes Atom 1.0 (RFC 4287) and Atom 0.3 subtrees into the Atom tree; 0.3's element
/// names (`tagline`, `modified`, `issued`, `copyright`, `url`) map onto their 1.0 places.
struct AtomDecoder {
    let namespace: String
    var feed: AtomFeed
    var diagnostics: [ParseDiagnostic] = []
    /// Receives each entry as soon as it is decoded, with the feed read so far.
    private let onEntry: (AtomEntry, AtomFeed) -> Void

    init(root: XMLElementStart, base: String?, onEntry: @escaping (AtomEntry, AtomFeed) -> Void) {
        self.onEntry = onEntry
        namespace = root.namespaceURI
        feed = AtomFeed(
            version: root.namespaceURI == Namespace.atom03 ? "0.3" : "1.0", id: "", title: AtomText(""),
            updated: "",
            language: root.xmlLang, base: base)
    }

    var isAtom03: Bool { namespace == Namespace.atom03 }

    /// A child of the feed. Single-valued elements keep their first non-blank copy.
    mutating func add(_ node: XMLNode) {
        guard node.namespaceURI == namespace else {
            if !ExtensionElements.dublinCore(node, into: &feed.dublinCore), !node.namespaceURI.isEmpty {
                feed.foreignElements.append(ExtensionElements.foreign(node))
            }
            return
        }
        switch node.localName {
        case "entry": onEntry(entry(node), feed)
        case "id" where feed.id.isBlank: feed.id = node.textContent
        case "title" where feed.title.value.isBlank: feed.title = text(node)
        case "subtitle", "tagline": if feed.subtitle?.value.isBlank ?? true { feed.subtitle = text(node) }
        case "updated", "modified": if feed.updated.isBlank { feed.updated = node.textContent }
        case "link": feed.links.append(link(node))
        case "author": feed.authors.append(person(node))
        case "contributor": feed.contributors.append(person(node))
        case "category": feed.categories.append(category(node))
        case "generator" where feed.generator == nil: feed.generator = generator(node)
        case "icon" where feed.icon?.isEmpty ?? true:
            feed.icon = node.textContent.trimmed
            feed.iconBase = node.base == feed.base ? nil : node.base
        case "logo" where feed.logo?.isEmpty ?? true:
            feed.logo = node.textContent.trimmed
            feed.logoBase = node.base == feed.base ? nil : node.base
        case "rights", "copyright": if feed.rights?.value.isBlank ?? true { feed.rights = text(node) }
        default: break
        }
    }

    /// The root of an entry document, decoded as the feed's only entry.
    mutating func addEntryDocument(_ node: XMLNode) {
        onEntry(entry(node), feed)
    }

    mutating func note(_ code: ParseDiagnosticCode, _ message: String, _ start: XMLElementStart) {
        diagnostics.append(
            ParseDiagnostic(
                code, .warning, message, line: start.line, column: start.column, element: start.localName))
    }

    func result() -> DecodedXML {
        DecodedXML(
            tree: .atom(feed), format: isAtom03 ? .atom03 : .atom10, isWellFormed: true,
            diagnostics: diagnostics)
    }

    func link(_ node: XMLNode) -> AtomLink {
        AtomLink(
            href: node.attribute("href") ?? node.textContent.trimmed,
            rel: node.attribute("rel")?.trimmed,
            type: node.attribute("type"),
            hreflang: node.attribute("hreflang"),
            title: node.attribute("title"),
            length: node.attribute("length").flatMap { Int64($0.trimmed) },
            base: node.base)
    }

    func person(_ node: XMLNode) -> AtomPerson {
        var person = AtomPerson(name: "")
        for child in node.elements where child.namespaceURI == namespace {
            switch child.localName {
            case "name": person.name = child.textContent
            case "uri", "url": person.uri = child.textContent
            case "email": person.email = child.textContent
            default: break
            }
        }
        return person
    }

    func category(_ node: XMLNode) -> AtomCategory {
        AtomCategory(
            term: node.attribute("term") ?? node.textContent, scheme: node.attribute("scheme"),
            label: node.attribute("label"))
    }

    private func generator(_ node: XMLNode) -> AtomGenerator {
        AtomGenerator(
            name: node.textContent.trimmed, uri: node.attribute("uri") ?? node.attribute("url"),
            version: node.attribute("version"))
    }
}
