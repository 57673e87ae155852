public import FeedFormats
public import FeedXML

extension RSSChannel {
    /// The channel serialised as an RSS 2.0 document, UTF-8, indented.
    public func xmlBytes() throws(XMLWriterError) -> [UInt8] {
        try xmlBytes(isArchive: false)
    }

    /// The document; an RFC 5005 archive page (`isArchive`) says so with `fh:archive`.
    func xmlBytes(isArchive: Bool) throws(XMLWriterError) -> [UInt8] {
        let writer = try XMLWriter()
        startDocument(on: writer, isArchive: isArchive)
        writeHeader(to: writer)
        if isArchive { writer.element("fh:archive", attributes: [:]) }
        for item in items { item.write(to: writer) }
        return try writer.endDocument()
    }

    /// Opens the document and the channel, for a writer that streams the items after.
    func startDocument(on writer: XMLWriter, isArchive: Bool = false) {
        writer.startDocument()
        writer.startElement("rss")
        writer.attribute("version", "2.0")
        writer.attribute("xmlns:atom", "http://www.w3.org/2005/Atom")
        writer.attribute("xmlns:content", "http://purl.org/rss/1.0/modules/content/")
        writer.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        if isArchive { writer.attribute("xmlns:fh", HistoryLinks.namespace) }
        writer.startElement("channel")
    }

    /// The channel's own elements, without its items.
    func writeHeader(to writer: XMLWriter) {
        writer.element("title", text: title)
        // Required by RSS 2.0, but a feed that names no web address at all has nothing to
        // put there: an empty element would be wrong twice.
        writer.element("link", ifPresent: link)
        writer.element("description", text: description)
        for link in atomLinks {
            writer.element("atom:link") {
                writer.attribute("href", link.href)
                writer.attribute("rel", link.rel)
                writer.attribute("type", ifPresent: link.type)
            }
        }
        writer.element("language", ifPresent: language)
        writer.element("copyright", ifPresent: copyright)
        writer.element("managingEditor", ifPresent: managingEditor)
        writer.element("webMaster", ifPresent: webMaster)
        writer.element("pubDate", ifPresent: pubDate)
        writer.element("lastBuildDate", ifPresent: lastBuildDate)
        for category in categories { category.write(to: writer) }
        writer.element("generator", ifPresent: generator)
        writer.element("docs", ifPresent: docs)
        writer.element("ttl", ifPresent: ttl.map(String.init))
    }
}

extension RSSItem {
    func write(to writer: XMLWriter) {
        writer.element("item") {
            writer.element("title", ifPresent: title)
            writer.element("link", ifPresent: link)
            writer.element("description", ifPresent: description)
            writer.element("author", ifPresent: author)
            for creator in dublinCore.creators { writer.element("dc:creator", ifPresent: creator) }
            for category in categories { category.write(to: writer) }
            writer.element("comments", ifPresent: comments)
            for enclosure in enclosures { enclosure.write(to: writer) }
            if let guid { guid.write(to: writer) }
            writer.element("pubDate", ifPresent: pubDate)
            if let source {
                writer.element("source", attributes: ["url": source.url], text: source.name)
            }
            if let contentEncoded = contentEncoded.nonBlank {
                writer.element("content:encoded") { writer.cdata(contentEncoded) }
            }
        }
    }
}

extension RSSCategory {
    func write(to writer: XMLWriter) {
        guard value.nonBlank != nil else { return }
        writer.element("category") {
            writer.attribute("domain", ifPresent: domain)
            writer.text(value)
        }
    }
}

extension RSSEnclosure {
    func write(to writer: XMLWriter) {
        writer.element("enclosure", attributes: ["url": url, "length": String(length), "type": type])
    }
}

extension RSSGuid {
    func write(to writer: XMLWriter) {
        writer.element("guid", attributes: ["isPermaLink": isPermaLink ? "true" : "false"], text: value)
    }
}

// Optional elements and attributes, for the Atom writer as well as this one.
extension XMLWriter {
    /// Writes `<name>text</name>` when there is a text that is not blank; optional elements
    /// are omitted, not written empty.
    func element(_ name: StaticString, ifPresent text: String?) {
        guard let text = text.nonBlank else { return }
        element(name, text: text)
    }

    /// Writes the attribute when there is a value that is not blank.
    func attribute(_ name: StaticString, ifPresent value: String?) {
        guard let value = value.nonBlank else { return }
        attribute(name, value)
    }
}
