import FeedXML
import Testing

/// What the reader keeps when it recovers an ill-formed document: references after an
/// error, and well-known prefixes used without a declaration.
@Suite("XMLStreamReader recovery")
struct ReaderRecoveryTests {
    static let recovering = XMLReaderOptions(recover: true)

    static func read(_ xml: String, options: XMLReaderOptions = recovering) throws -> XMLStreamReader {
        try XMLStreamReader(bytes: Array(xml.utf8), options: options)
    }

    /// The text of each element that has any, in document order (adjacent pieces joined).
    static func texts(_ reader: XMLStreamReader) -> [String] {
        var texts: [String] = []
        var current = ""
        while let event = reader.next() {
            switch event {
            case .text(let text, _): current += text
            case .startElement, .endElement:
                if !current.isEmpty { texts.append(current) }
                current = ""
            default: continue
            }
        }
        return texts
    }

    @Test("predefined, declared and character references after a well-formedness error are kept")
    func referencesAfterError() throws {
        let xml = """
            <!DOCTYPE r [<!ENTITY co "Example &amp; Co">]>
            <r><a>x</b><t>A &amp; B &lt;p&gt; &quot;q&quot; &apos;s&apos;</t><t>&co; &#38; &#x263A;</t></r>
            """
        let reader = try Self.read(xml)
        #expect(Self.texts(reader) == ["x", "A & B <p> \"q\" 's'", "Example & Co & ☺"])
        #expect(!reader.isWellFormed)
    }

    @Test("a reference right after an error (an invalid character reference) is kept")
    func referenceRightAfterError() throws {
        let reader = try Self.read("<r><t>a&#0;&amp;b</t></r>")
        #expect(Self.texts(reader) == ["a&b"])
        #expect(!reader.isWellFormed)
    }

    @Test("references in attribute values after an error are kept")
    func attributeReferencesAfterError() throws {
        let reader = try Self.read(#"<r><a>x</b><t href="?a=1&amp;b=2&lt;"/></r>"#)
        let starts = Array(reader).compactMap { if case .startElement(let s) = $0 { s } else { nil } }
        #expect(starts.last?.attribute("href") == "?a=1&b=2<")
    }

    @Test("many references after an error do not trip libxml2's entity-loop guard")
    func manyReferencesAfterError() throws {
        let many = String(repeating: "&amp;", count: 20_001)
        let xml = "<r><a>x</b><t>\(many)</t><t>X&nbsp;Y &amp; Z</t><t>after &amp; more</t></r>"
        let reader = try Self.read(xml)
        let texts = Self.texts(reader)
        #expect(texts.count == 4)
        #expect(texts.dropFirst(2) == ["X\u{A0}Y & Z", "after & more"])
        #expect(!reader.diagnostics.contains { $0.message.contains("entity reference loop") })
    }

    @Test("without recovery a well-formed document's references are untouched")
    func wellFormedUnchanged() throws {
        let reader = try Self.read("<r><t>A &amp; B</t></r>", options: XMLReaderOptions())
        #expect(Self.texts(reader) == ["A & B"])
        #expect(reader.isWellFormed)
    }

    @Test("a well-known prefix without declaration is bound, on elements, attributes and end tags, once")
    func wellKnownPrefixBound() throws {
        let xml = """
            <rss><item><dc:creator>A</dc:creator><dc:creator>B</dc:creator>\
            <media:content url="u" media:medium="image"/></item></rss>
            """
        let reader = try Self.read(xml)
        let events = Array(reader)
        let starts = events.compactMap { if case .startElement(let s) = $0 { s } else { nil } }
        let dc = "http://purl.org/dc/elements/1.1/"
        let media = "http://search.yahoo.com/mrss/"
        #expect(starts.filter { $0.localName == "creator" }.map(\.namespaceURI) == [dc, dc])
        #expect(starts.last?.namespaceURI == media)
        #expect(starts.last?.attribute("medium", namespaceURI: media) == "image")
        #expect(events.contains(.endElement(localName: "creator", namespaceURI: dc)))
        let bound = reader.diagnostics.filter { $0.readerCode == .undeclaredPrefix }
        #expect(bound.count == 2)
        #expect(bound.allSatisfy { $0.severity == .warning })
        #expect(bound.first?.line == 1)
        #expect(reader.diagnostics.count == 2)
        #expect(reader.isWellFormed)
    }

    @Test("an unknown prefix stays unbound, with libxml2's error")
    func unknownPrefixUnbound() throws {
        let reader = try Self.read("<rss><acme:creator>A</acme:creator></rss>")
        let starts = Array(reader).compactMap { if case .startElement(let s) = $0 { s } else { nil } }
        #expect(starts.last?.namespaceURI == "")
        #expect(starts.last?.prefix == "acme")
        #expect(!reader.isWellFormed)
        #expect(!reader.diagnostics.contains { $0.readerCode == .undeclaredPrefix })
    }

    @Test("without recovery nothing is bound and the missing declaration is an error")
    func noBindingWithoutRecovery() throws {
        let reader = try Self.read("<rss><dc:creator>A</dc:creator></rss>", options: XMLReaderOptions())
        let starts = Array(reader).compactMap { if case .startElement(let s) = $0 { s } else { nil } }
        #expect(starts.last?.namespaceURI == "")
        #expect(!reader.isWellFormed)
    }

    @Test("a declared prefix wins over the well-known binding")
    func declaredPrefixWins() throws {
        let reader = try Self.read(#"<rss xmlns:dc="urn:other"><dc:creator>A</dc:creator></rss>"#)
        let starts = Array(reader).compactMap { if case .startElement(let s) = $0 { s } else { nil } }
        #expect(starts.last?.namespaceURI == "urn:other")
        #expect(reader.diagnostics.isEmpty)
    }
}
