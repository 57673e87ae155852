public import FeedFormats
public import FeedXML

extension AtomFeed {
    /// The feed serialised as an Atom 1.0 document, UTF-8, indented.
    public func xmlBytes() throws(XMLWriterError) -> [UInt8] {
        try xmlBytes(isArchive: false)
    }

    /// The document; an RFC 5005 archive page (`isArchive`) says so with `fh:archive`.
    func xmlBytes(isArchive: Bool) throws(XMLWriterError) -> [UInt8] {
        let writer = try XMLWriter()
        startDocument(on: writer, isArchive: isArchive)
        writeHeader(to: writer)
        if isArchive { writer.element("fh:archive", attributes: [:]) }
        for entry in entries { entry.write(to: writer) }
        return try writer.endDocument()
    }

    /// Opens the document and the feed element, for a writer that streams the entries after.
    func startDocument(on writer: XMLWriter, isArchive: Bool = false) {
        writer.startDocument()
        writer.startElement("feed")
        writer.attribute("xmlns", "http://www.w3.org/2005/Atom")
        if isArchive { writer.attribute("xmlns:fh", HistoryLinks.namespace) }
        writer.attribute("xml:lang", ifPresent: language)
    }

    /// The feed's own elements, without its entries.
    func writeHeader(to writer: XMLWriter) {
        writer.element("id", text: id)
        title.write("title", to: writer)
        subtitle?.writeIfPresent("subtitle", to: writer)
        writer.element("updated", text: updated)
        for link in links { link.write(to: writer) }
        for author in authors { author.write("author", to: writer) }
        for category in categories { category.write(to: writer) }
        if let generator {
            writer.element("generator") {
                writer.attribute("uri", ifPresent: generator.uri)
                writer.attribute("version", ifPresent: generator.version)
                writer.text(generator.name)
            }
        }
        writer.element("icon", ifPresent: icon)
        writer.element("logo", ifPresent: logo)
        rights?.writeIfPresent("rights", to: writer)
    }
}

extension AtomEntry {
    func write(to writer: XMLWriter) {
        writer.element("entry") {
            writer.element("id", text: id)
            title.write("title", to: writer)
            writer.element("updated", text: updated)
            writer.element("published", ifPresent: published)
            for author in authors { author.write("author", to: writer) }
            for link in links { link.write(to: writer) }
            for category in categories { category.write(to: writer) }
            if let source { source.write(to: writer) }
            summary?.writeIfPresent("summary", to: writer)
            content?.write(to: writer)
        }
    }
}

extension AtomText {
    /// Writes the construct under `name`. XHTML would have to be copied in as raw markup;
    /// untrusted markup is never written raw, so XHTML goes out as escaped `html`.
    func write(_ name: StaticString, to writer: XMLWriter) {
        writer.element(name) {
            switch kind {
            case .text: break
            case .html, .xhtml: writer.attribute("type", "html")
            }
            writer.text(value)
        }
    }
}

extension AtomText {
    /// Writes an optional construct only when it has text.
    func writeIfPresent(_ name: StaticString, to writer: XMLWriter) {
        guard value.nonBlank != nil else { return }
        write(name, to: writer)
    }
}

extension AtomContent {
    /// Writes `content`. Like text constructs, XHTML and XML media types go out escaped,
    /// never as raw markup.
    func write(to writer: XMLWriter) {
        writer.element("content") {
            writer.attribute("type", ifPresent: textKind == .xhtml ? "html" : type)
            writer.attribute("src", ifPresent: src)
            if src == nil { writer.text(value) }
        }
    }
}

extension AtomLink {
    func write(to writer: XMLWriter) {
        writer.element("link") {
            writer.attribute("href", href)
            writer.attribute("rel", ifPresent: rel == "alternate" ? nil : rel)
            writer.attribute("type", ifPresent: type)
            writer.attribute("hreflang", ifPresent: hreflang)
            writer.attribute("title", ifPresent: title)
            writer.attribute("length", ifPresent: length.map(String.init))
        }
    }
}

extension AtomPerson {
    func write(_ name: StaticString, to writer: XMLWriter) {
        writer.element(name) {
            writer.element("name", text: self.name)
            writer.element("uri", ifPresent: uri)
            writer.element("email", ifPresent: email)
        }
    }
}

extension AtomCategory {
    func write(to writer: XMLWriter) {
        guard term.nonBlank != nil else { return }
        writer.element("category") {
            writer.attribute("term", term)
            writer.attribute("scheme", ifPresent: scheme)
            writer.attribute("label", ifPresent: label)
        }
    }
}

extension AtomSource {
    func write(to writer: XMLWriter) {
        writer.element("source") {
            writer.element("id", ifPresent: id)
            writer.element("title", ifPresent: title)
            writer.element("updated", ifPresent: updated)
            if let selfLink {
                writer.element("link", attributes: ["rel": "self", "href": selfLink])
            }
        }
    }
}
