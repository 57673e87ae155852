public import FeedFormats
public import FeedXML

extension OPMLDocument {
    /// The document as OPML, UTF-8, indented by two spaces: `<head>` with the title and
    /// date that are set, then every outline with its attributes in a fixed order (`text`,
    /// `title`, `type`, `xmlUrl`, `htmlUrl`), children nested. The same value always gives
    /// the same bytes; nothing is added that the value does not hold (no date of writing).
    public func xmlBytes() throws(XMLWriterError) -> [UInt8] {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.startElement("opml")
        writer.attribute("version", ifPresent: version)
        writer.element("head") {
            writer.element("title", ifPresent: title)
            writer.element("dateCreated", ifPresent: dateCreated)
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
            writer.attribute("text", ifPresent: text)
            writer.attribute("title", ifPresent: title)
            writer.attribute("type", ifPresent: type)
            writer.attribute("xmlUrl", ifPresent: xmlURL)
            writer.attribute("htmlUrl", ifPresent: htmlURL)
            for child in children { child.write(to: writer) }
        }
    }
}
