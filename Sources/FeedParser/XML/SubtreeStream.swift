import FeedXML

/// Turns the reader's events into one small tree per channel-level element. Container
/// elements (the root, and RSS 2.0's `channel`) are passed through: their children are
/// the subtrees handed out.
struct SubtreeStream {
    private let reader: XMLStreamReader
    private let documentURL: String?
    private(set) var doctypePublicID: String?
    private(set) var rootBase: String?
    private var rootLanguage: String?
    /// Reading stops at the start of item number `maxItems + 1` (an `item` or `entry`
    /// below the root or channel), so a hostile million-item document costs no more than
    /// `maxItems` items do.
    private let maxItems: Int
    private var items = 0
    /// Where reading stopped because of `maxItems`, when it did.
    private(set) var stoppedAt: (line: Int, column: Int)?

    init(reader: XMLStreamReader, documentURL: String?, maxItems: Int = .max) {
        self.reader = reader
        self.documentURL = documentURL
        self.maxItems = maxItems
    }

    /// Reads up to the root element's start tag.
    mutating func root() -> XMLElementStart? {
        while let event = reader.next() {
            switch event {
            case .startElement(let start):
                rootBase = resolvedBase(start.xmlBase, outer: documentURL)
                rootLanguage = start.xmlLang
                return start
            case .doctype(_, let publicID, _): doctypePublicID = publicID
            default: continue
            }
        }
        return nil
    }

    /// Calls `handle` with each complete subtree below the root (and below transparent
    /// containers), in document order.
    mutating func forEachSubtree(transparent: Set<String>, _ handle: (XMLNode) -> Void) {
        var containers: [(base: String?, language: String?)] = [(rootBase, rootLanguage)]
        var stack: [XMLNode] = []
        while let event = reader.next() {
            switch event {
            case .startElement(let start):
                let outer = stack.last.map { ($0.base, $0.language) } ?? containers[containers.count - 1]
                // Most elements carry no attributes, so no xml:base or xml:lang to look up.
                let hasAttributes = !start.attributes.isEmpty
                let base = hasAttributes ? resolvedBase(start.xmlBase, outer: outer.0) : outer.0
                let language = hasAttributes ? (start.xmlLang ?? outer.1) : outer.1
                if stack.isEmpty && transparent.contains(start.localName) {
                    containers.append((base, language))
                    continue
                }
                if stack.isEmpty && Self.itemNames.contains(start.localName) {
                    guard items < maxItems else { return stoppedAt = (start.line, start.column) }
                    items += 1
                }
                stack.append(XMLNode(start, base: base, language: language))
            case .endElement:
                guard let node = stack.popLast() else {
                    if containers.count > 1 { containers.removeLast() }
                    continue
                }
                if let parent = stack.last { parent.append(.element(node)) } else { handle(node) }
            case .text(let text, let isCDATA):
                guard let node = stack.last else { continue }
                // Indentation between an item's elements is not content (deeper down, in
                // mixed content, it may be).
                if stack.count == 1, !isCDATA, text.isXMLWhitespace { continue }
                node.append(.text(text))
            default:
                continue
            }
        }
    }

    private static let itemNames: Set<String> = ["item", "entry"]

    /// The whole document below an already-read root start tag, as one tree.
    mutating func rootSubtree(_ root: XMLElementStart) -> XMLNode {
        let node = XMLNode(root, base: rootBase, language: rootLanguage)
        forEachSubtree(transparent: []) { node.append(.element($0)) }
        return node
    }

    private func resolvedBase(_ base: String?, outer: String?) -> String? {
        guard let base else { return outer }
        return URLResolution.resolve(base, against: outer)
    }
}
