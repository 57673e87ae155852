import FeedXML

/// A small element tree for one item or one channel-level element: the decoders build one
/// per subtree and drop it once decoded, so memory stays bounded by the largest item.
final class XMLNode {
    enum Child {
        case text(String)
        /// Text from a CDATA section. Kept apart from other text only once the element has
        /// element children too: in an HTML field (`description`, `content:encoded`) that
        /// mix is what a CDATA section ended early leaves, and its text is markup source.
        case cdata(String)
        case element(XMLNode)
    }

    let localName: String
    let namespaceURI: String
    let prefix: String
    let attributes: [XMLAttribute]
    let line: Int
    let column: Int
    /// The `xml:base` in scope, already resolved against the outer base.
    let base: String?
    /// The `xml:lang` in scope.
    let language: String?
    /// Text and elements in document order, kept only once an element child appears:
    /// most feed elements hold text alone, which stays in `directText`.
    private(set) var children: [Child] = []
    /// Direct text, kept as bytes in the subtree's ``TextBytes`` until it is read: the
    /// `String` (its UTF-8 check, its allocation) is made on the thread that decodes the
    /// subtree, not on the reader's, which is the slower of the two.
    private var directBytes: (store: TextBytes, start: Int, end: Int)?
    private var directString: String?
    /// Whether CDATA went into the direct text (see ``Child/cdata(_:)``).
    private var directIsCDATA = false

    init(_ start: consuming XMLElementStart, base: String?, language: String?) {
        localName = start.localName
        namespaceURI = start.namespaceURI
        prefix = start.prefix
        attributes = start.attributes
        line = start.line
        column = start.column
        self.base = base
        self.language = language
    }

    func append(_ child: Child) {
        switch child {
        case .text(let new) where children.isEmpty, .cdata(let new) where children.isEmpty:
            if case .cdata = child { directIsCDATA = true }
            directString = directText + new
            directBytes = nil
        case .text(let new):
            if case .text(let old)? = children.last {
                children[children.count - 1] = .text(old + new)
            } else {
                children.append(child)
            }
        case .cdata(let new):
            if case .cdata(let old)? = children.last {
                children[children.count - 1] = .cdata(old + new)
            } else {
                children.append(child)
            }
        case .element:
            if children.isEmpty {
                // An item holds ten or so elements: room for them at once, not by doubling.
                children.reserveCapacity(16)
                let text = directText
                if !text.isEmpty { children.append(directIsCDATA ? .cdata(text) : .text(text)) }
                directBytes = nil
                directString = nil
            }
            children.append(child)
        }
    }

    /// Appends text given as bytes, copying them into `store` when they are the node's
    /// first text; a later piece is decoded on its own, as it always was (bytes that are
    /// not UTF-8 are repaired piece by piece).
    func append(_ bytes: UnsafeBufferPointer<UInt8>, store: TextBytes) {
        guard children.isEmpty, directString == nil, directBytes == nil else {
            append(.text(String(decodingUTF8: bytes)))
            return
        }
        let start = store.bytes.count
        store.bytes.append(contentsOf: bytes)
        directBytes = (store, start, store.bytes.count)
    }

    private var directText: String {
        if let directString { return directString }
        guard let (store, start, end) = directBytes else { return "" }
        let string = store.bytes.withUnsafeBufferPointer {
            String(decodingUTF8: UnsafeBufferPointer(rebasing: $0[start..<end]))
        }
        directString = string
        directBytes = nil
        return string
    }

    /// Whether an element child has been appended (the node holds mixed content).
    var hasElementChildren: Bool { !children.isEmpty }

    /// The text content: direct text only, as feeds put text straight inside elements.
    var text: String {
        guard !children.isEmpty else { return directText }
        var result = ""
        for child in children {
            switch child {
            case .text(let piece), .cdata(let piece): result += piece
            case .element: continue
            }
        }
        return result
    }

    var elements: [XMLNode] {
        children.compactMap { if case .element(let node) = $0 { node } else { nil } }
    }

    func attribute(_ localName: String, namespaceURI: String = "") -> String? {
        attributes.first { $0.localName == localName && $0.namespaceURI == namespaceURI }?.value
    }

    func `is`(_ localName: String, in namespaceURI: String) -> Bool {
        self.localName == localName && self.namespaceURI == namespaceURI
    }
}

extension String {
    /// Only spaces, tabs and line breaks (XML's `S`), as between indented elements.
    var isXMLWhitespace: Bool { utf8.allSatisfy(\.isXMLWhitespace) }
}

extension UInt8 {
    /// A space, tab or line break (XML's `S`).
    var isXMLWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D }
}
