internal import FeedXML

/// One element of the document, built while streaming: its name, attributes, direct text
/// and child elements. Items and entries are checked when they end and then dropped from
/// their parent (only counted), so the tree held at any time is the feed's header plus one
/// item: memory does not grow with the number of items.
struct ElementNode {
    var localName: String
    var namespaceURI: String
    var prefix: String
    var attributes: [XMLAttribute]
    /// The element's own text (not its children's), CDATA included.
    var text = ""
    var children: [ElementNode] = []
    var line: Int
    var column: Int
    /// The parent's qualified name, for diagnostics; `nil` for the root.
    var parentName: String?
    /// Items or entries that were checked and dropped.
    var droppedChildren = 0

    init(_ start: XMLElementStart, parentName: String?) {
        localName = start.localName
        namespaceURI = start.namespaceURI
        prefix = start.prefix
        attributes = start.attributes
        line = start.line
        column = start.column
        self.parentName = parentName
    }

    var qualifiedName: String { prefix.isEmpty ? localName : prefix + ":" + localName }

    /// The text with surrounding whitespace removed.
    var trimmedText: String { Self.trim(text) }

    func attribute(_ name: String, namespaceURI: String = "") -> String? {
        attributes.first { $0.localName == name && $0.namespaceURI == namespaceURI }?.value
    }

    func children(_ name: String, _ namespaceURI: String) -> [ElementNode] {
        children.filter { $0.localName == name && $0.namespaceURI == namespaceURI }
    }

    /// How many children are `name` in `namespaceURI`, without gathering them.
    func childCount(_ name: String, _ namespaceURI: String) -> Int {
        children.reduce(0) { $0 + ($1.is(name, namespaceURI) ? 1 : 0) }
    }

    func child(_ name: String, _ namespaceURI: String) -> ElementNode? {
        children.first { $0.localName == name && $0.namespaceURI == namespaceURI }
    }

    func has(_ name: String, _ namespaceURI: String) -> Bool { child(name, namespaceURI) != nil }

    /// Is this element `name` in `namespaceURI`?
    func `is`(_ name: String, _ namespaceURI: String) -> Bool {
        localName == name && self.namespaceURI == namespaceURI
    }

    static func trim(_ text: String) -> String {
        // Most values have nothing to trim, and long ones (descriptions) are asked for too:
        // when neither end is a space byte they come back as they are, uncopied.
        let utf8 = text.utf8
        guard let head = utf8.first, let tail = utf8.last else { return text }
        if !isSpaceByte(head) && !isSpaceByte(tail) { return text }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = text.lastIndex(where: { !isSpace($0) })!
        return String(text[first...last])
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
