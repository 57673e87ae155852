public import FeedFormats
public import FeedXML

extension OPMLDocument {
    /// The document as OPML, UTF-8, indented by two spaces: `<head>` with the title and
    /// date that are set, then every outline with its attributes in a fixed order (`text`,
    /// `title`, `type`, `xmlUrl`, `htmlUrl`), children nested. The same value always gives
    /// the same bytes; nothing is added that the value does not hold (no date of writing),
    /// and an empty value is written as empty, so that a document read back is equal.
    public func xmlBytes() throws(XMLWriterError) -> [UInt8] {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.startElement("opml")
        if let version { writer.attribute("version", version) }
        writer.element("head") {
            if let title { writer.element("title", text: title) }
            if let dateCreated { writer.element("dateCreated", text: dateCreated) }
        }
        writer.element("body") {
            for outline in outlines { outline.write(to: writer) }
        }
        writer.endElement()
        return try writer.endDocument()
    }
}

extension OPMLOutline {
    fileprivate func write(to writer: XMLWriter) {
        writer.element("outline") {
            if let text { writer.attribute("text", text) }
            if let title { writer.attribute("title", title) }
            if let type { writer.attribute("type", type) }
            if let xmlURL { writer.attribute("xmlUrl", xmlURL) }
            if let htmlURL { writer.attribute("htmlUrl", htmlURL) }
            for child in children { child.write(to: writer) }
        }
    }
}
