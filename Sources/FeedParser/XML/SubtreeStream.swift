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
    /// Whether all text becomes a `String` on the reader's thread, for a consumer that is
    /// the slower thread anyway (sanitising HTML); see ``SubtreeBuilder/text(_:isCDATA:)``.
    var decodesTextOnReader = false
    /// Reading stops at the start of item number `maxItems + 1` (an `item` or `entry`
    /// below the root or channel), so a hostile million-item document costs no more than
    /// `maxItems` items do.
    private let maxItems: Int
    /// Where reading stopped because of `maxItems`, when it did, and the qualified name
    /// of the item element there (to count the document's items by).
    private(set) var stoppedAt: (line: Int, column: Int, itemName: String)?
    /// What the structure recovery did (elements ended early where an item started).
    private(set) var recoveries: [ParseDiagnostic] = []
    private var itemElement = ItemElement.none

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
                rootBase = Self.resolvedBase(start.xmlBase, outer: documentURL)
                rootLanguage = start.xmlLang
                itemElement = ItemElement(root: start)
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
        let root = (base: rootBase, language: rootLanguage)
        withoutActuallyEscaping(handle) { handle in
            var builder = SubtreeBuilder(transparent: transparent, root: root, handle: handle)
            builder.decodesAllText = decodesTextOnReader
            builder.maxItems = maxItems
            builder.itemElement = itemElement
            reader.visit(&builder)
            stoppedAt = builder.stoppedAt
            recoveries = builder.recoveries
        }
    }

    /// The whole document below an already-read root start tag, as one tree.
    mutating func rootSubtree(_ root: XMLElementStart) -> XMLNode {
        let node = XMLNode(root, base: rootBase, language: rootLanguage)
        forEachSubtree(transparent: []) { node.append(.element($0)) }
        return node
    }

    fileprivate static func resolvedBase(_ base: String?, outer: String?) -> String? {
        guard let base else { return outer }
        return URLResolution.resolve(base, against: outer)
    }
}

/// Builds the subtrees from the reader's events: container elements (the root, and
/// transparent ones) keep only their base and language; every other element becomes a
/// node, handed out when its outermost ancestor below the containers ends.
private struct SubtreeBuilder: XMLEventVisitor {
    typealias Handler = (XMLNode) -> Void

    let transparent: Set<String>
    let handle: Handler
    var containers: [(base: String?, language: String?)]
    var stack: [XMLNode] = []
    /// The text of the subtree being built.
    var store = TextBytes(capacity: 0)
    var decodesAllText = false
    var maxItems = Int.max
    var items = 0
    var stoppedAt: (line: Int, column: Int, itemName: String)?
    var stopsReading: Bool { stoppedAt != nil }
    private static let itemNames: Set<String> = ["item", "entry"]
    var itemElement = ItemElement.none
    /// How many elements libxml2 has open (the root included).
    var depth = 0
    /// The depths of elements this builder ended early (an item started inside them)
    /// while libxml2 still has them open, innermost last: their end events are dropped.
    var endedEarly: [Int] = []
    var recoveries: [ParseDiagnostic] = []

    init(transparent: Set<String>, root: (base: String?, language: String?), handle: @escaping Handler) {
        self.transparent = transparent
        self.handle = handle
        containers = [root]
    }

    mutating func startElement(_ start: consuming XMLElementStart) {
        depth = start.depth + 1
        if !stack.isEmpty, itemElement.matches(start), stack[0].localName != "channel",
            !stack.contains(where: Self.holdsForeignXML)
        {
            endOpenElements(before: start)
        }
        let outer = stack.last.map { ($0.base, $0.language) } ?? containers[containers.count - 1]
        // Most elements carry no attributes, so no xml:base or xml:lang to look up.
        let hasAttributes = !start.attributes.isEmpty
        let base = hasAttributes ? SubtreeStream.resolvedBase(start.xmlBase, outer: outer.0) : outer.0
        let language = hasAttributes ? (start.xmlLang ?? outer.1) : outer.1
        if stack.isEmpty && transparent.contains(start.localName) {
            containers.append((base, language))
            return
        }
        if stack.isEmpty && Self.itemNames.contains(start.localName) {
            guard items < maxItems else { return stoppedAt = (start.line, start.column, start.qualifiedName) }
            items += 1
        }
        if stack.isEmpty {
            // Sized after the subtree before (items are alike), so that most subtrees take
            // one allocation and a queue full of them holds little unused room.
            store = TextBytes(capacity: store.bytes.count + store.bytes.count / 4)
        }
        stack.append(XMLNode(start, base: base, language: language))
    }

    mutating func endElement() {
        depth -= 1
        if endedEarly.last == depth {
            endedEarly.removeLast()
            return
        }
        guard let node = stack.popLast() else {
            if containers.count > 1 { containers.removeLast() }
            return
        }
        if let parent = stack.last { parent.append(.element(node)) } else { handle(node) }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {
        guard let node = stack.last else { return }
        // Indentation between an item's elements is not content (deeper down, in mixed
        // content, it may be).
        if stack.count == 1, !isCDATA, bytes.allSatisfy(\.isXMLWhitespace) { return }
        // Text becomes a `String` on the consumer's thread, except CDATA: in RSS it carries
        // most of an item's bytes (content:encoded), and decoding it here keeps the two
        // threads even (measured: all text there made the consumer the slower by a tenth).
        // A consumer that sanitises is the slower thread by far: all text is decoded here
        // (and the subtrees queued for it hold no second copy of their text, measured
        // 5 MB more peak memory for rss-10k).
        if isCDATA {
            node.append(.cdata(String(decodingUTF8: bytes)))
        } else if decodesAllText {
            node.append(.text(String(decodingUTF8: bytes)))
        } else {
            node.append(bytes, store: store)
        }
    }

    mutating func otherEvent(_ event: consuming XMLEvent) {}

    /// An item (or Atom entry) starting inside another subtree means that subtree was never
    /// closed (`<itunes:category>` without its end tag, an item without `</item>`): libxml2
    /// would make this item and every later one its children, and the feed would have no
    /// items. The open elements end here instead, as if closed, and the subtree goes out as
    /// built; the item is read where it belongs. libxml2 reports the missing end tags later
    /// (at the next end tags it meets), and those end events are dropped. An RSS 1.0
    /// `channel` holding its items (a generator bug in a well-formed document) is left to the
    /// decoder, which reads items there.
    private mutating func endOpenElements(before item: XMLElementStart) {
        let outermost = stack[0]
        let name =
            outermost.prefix.isEmpty ? outermost.localName : outermost.prefix + ":" + outermost.localName
        let firstDepth = depth - 1 - stack.count
        endedEarly.append(contentsOf: firstDepth..<(firstDepth + stack.count))
        while stack.count > 1, let node = stack.popLast() { stack[stack.count - 1].append(.element(node)) }
        handle(stack.removeLast())
        recoveries.append(
            ParseDiagnostic(
                .notWellFormed, .warning,
                "<\(name)> (line \(outermost.line)) is still open where this <\(item.qualifiedName)> starts "
                    + "(its end tag is missing, or it wraps the items); it was ended here so the items are read",
                line: item.line, column: item.column, element: name))
    }

    /// Elements whose content may legitimately hold an Atom entry: Atom content with an
    /// XML media type.
    private static func holdsForeignXML(_ node: XMLNode) -> Bool {
        node.localName == "content" && Namespace.isAtom(node.namespaceURI) && !node.namespaceURI.isEmpty
    }
}

/// The element that is an item in the document's format, told by its root: RSS `item`
/// (0.9x and 2.0 without a namespace, 1.0 and 0.90 in theirs) or Atom `entry`.
enum ItemElement {
    case none
    case rss2
    case rdf
    case atom

    init(root: XMLElementStart) {
        switch (root.localName, root.namespaceURI) {
        case ("rss", let uri) where Namespace.isRSS2(uri): self = .rss2
        case ("RDF", Namespace.rdf): self = .rdf
        case ("feed", let uri) where Namespace.isAtom(uri): self = .atom
        default: self = .none
        }
    }

    func matches(_ start: XMLElementStart) -> Bool {
        switch self {
        case .none: false
        case .rss2: start.localName == "item" && Namespace.isRSS2(start.namespaceURI)
        case .rdf:
            start.localName == "item"
                && (start.namespaceURI == Namespace.rss10 || start.namespaceURI == Namespace.rss090)
        case .atom: start.localName == "entry" && Namespace.isAtom(start.namespaceURI)
        }
    }
}

/// The text bytes of one subtree's nodes: appended by the reader thread while it builds
/// the subtree, read (never changed) once the subtree has been handed over.
final class TextBytes {
    var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }
}
