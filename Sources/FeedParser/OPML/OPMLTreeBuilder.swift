import FeedFormats
import FeedXML

/// Builds an ``OPMLDocument`` from reader events: `<opml>` at the root, `<head>` with its
/// `title` and `dateCreated`, and the `<outline>`s of `<body>` nested as written. Elements
/// OPML does not define (and outlines outside `<body>`) are skipped with their content.
struct OPMLTreeBuilder {
    private enum Frame {
        case opml
        case head
        case headField(WritableKeyPath<OPMLDocument, String?>)
        case body
        case outline(OPMLOutline)
        case ignored
    }

    let file: String
    private var document = OPMLDocument(version: nil)
    private var stack: [Frame] = []
    private var text = ""
    private var sawRoot = false
    private var sawBody = false
    private var rootPosition = (line: 1, column: 1)

    init(file: String) {
        self.file = file
    }

    mutating func take(_ event: XMLEvent) throws(OPMLReadError) {
        switch event {
        case .startElement(let start): try open(start)
        case .endElement: close()
        case .text(let piece, _): if case .headField = stack.last { text += piece }
        case .comment, .processingInstruction, .doctype: break
        }
    }

    /// The document, once every event was taken.
    func finish() throws(OPMLReadError) -> OPMLDocument {
        guard sawRoot else { throw OPMLReadError(file: file, line: 1, column: 1, message: "no root element") }
        guard sawBody else {
            throw OPMLReadError(
                file: file, line: rootPosition.line, column: rootPosition.column,
                message: "<opml> has no <body>: there are no outlines to read")
        }
        return document
    }

    private mutating func open(_ start: XMLElementStart) throws(OPMLReadError) {
        try checkAttributes(start)
        guard let parent = stack.last else { return try openRoot(start) }
        let name = start.namespaceURI.isEmpty ? start.localName : ""
        let frame: Frame
        switch (parent, name) {
        case (.opml, "head"): frame = .head
        case (.opml, "body"):
            sawBody = true
            frame = .body
        case (.head, "title"): frame = .headField(\.title)
        case (.head, "dateCreated"): frame = .headField(\.dateCreated)
        case (.body, "outline"), (.outline, "outline"): frame = .outline(Self.outline(start))
        default: frame = .ignored
        }
        if case .headField = frame { text = "" }
        stack.append(frame)
    }

    private mutating func openRoot(_ start: XMLElementStart) throws(OPMLReadError) {
        guard start.localName == "opml", start.namespaceURI.isEmpty else {
            throw OPMLReadError(
                file: file, line: start.line, column: max(start.column, 1),
                message: "the root element is <\(start.qualifiedName)>, not <opml>: this is not an OPML file")
        }
        sawRoot = true
        rootPosition = (start.line, max(start.column, 1))
        document.version = start.attribute("version")
        stack.append(.opml)
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        switch frame {
        case .headField(let field): document[keyPath: field] = text
        case .outline(let outline): attach(outline)
        case .opml, .head, .body, .ignored: break
        }
    }

    /// Puts a finished outline into its parent outline, or into the body.
    private mutating func attach(_ outline: OPMLOutline) {
        guard case .outline(var parent) = stack.last else {
            document.outlines.append(outline)
            return
        }
        parent.children.append(outline)
        stack[stack.count - 1] = .outline(parent)
    }

    /// Attribute names are matched without regard to case: old exporters write `xmlurl`
    /// and `htmlURL`, and the meaning is not in doubt.
    private static func outline(_ start: XMLElementStart) -> OPMLOutline {
        var outline = OPMLOutline(line: start.line)
        for attribute in start.attributes where attribute.namespaceURI.isEmpty {
            switch attribute.localName.lowercased() {
            case "text": outline.text = attribute.value
            case "title": outline.title = attribute.value
            case "type": outline.type = attribute.value
            case "xmlurl": outline.xmlURL = attribute.value
            case "htmlurl": outline.htmlURL = attribute.value
            default: break
            }
        }
        return outline
    }

    private func checkAttributes(_ start: XMLElementStart) throws(OPMLReadError) {
        let limit = OPMLReader.maxAttributeLength
        for attribute in start.attributes where attribute.value.utf8.count > limit {
            let length = attribute.value.count
            guard length > limit else { continue }
            throw OPMLReadError(
                file: file, line: start.line, column: max(start.column, 1),
                message: "attribute \(attribute.qualifiedName) of <\(start.qualifiedName)> is \(length) "
                    + "characters long, more than the \(limit) an OPML file may have")
        }
    }
}
