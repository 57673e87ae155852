import FeedXML

/// A small element tree for one item or one channel-level element: the decoders build one
/// per subtree and drop it once decoded, so memory stays bounded by the largest item.
final class XMLNode {
    enum Child {
        case text(String)
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
    private var directText = ""

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
        case .text(let new) where children.isEmpty:
            directText += new
        case .text(let new):
            if case .text(let old)? = children.last {
                children[children.count - 1] = .text(old + new)
            } else {
                children.append(child)
            }
        case .element:
            if children.isEmpty {
                // An item holds ten or so elements: room for them at once, not by doubling.
                children.reserveCapacity(16)
                if !directText.isEmpty {
                    children.append(.text(directText))
                    directText = ""
                }
            }
            children.append(child)
        }
    }

    /// Whether an element child has been appended (the node holds mixed content).
    var hasElementChildren: Bool { !children.isEmpty }

    /// The text content: direct text only, as feeds put text straight inside elements.
    var text: String {
        guard !children.isEmpty else { return directText }
        var result = ""
        for case .text(let piece) in children { result += piece }
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
    var isXMLWhitespace: Bool {
        // Over the contiguous bytes: the generic walk of `utf8` cost more per byte than
        // the rest of building the tree did per element.
        let isWhitespace = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        return utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isWhitespace) }
            ?? utf8.allSatisfy(isWhitespace)
    }
}
