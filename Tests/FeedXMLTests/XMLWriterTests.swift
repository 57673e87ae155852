import FeedXML
import Testing

/// Writes a document (declaration included) and returns it as a string.
private func render(indent: Bool = true, _ body: (XMLWriter) -> Void) throws -> String {
    try String(decoding: renderBytes(indent: indent, body), as: UTF8.self)
}

private func renderBytes(indent: Bool = true, _ body: (XMLWriter) -> Void) throws -> [UInt8] {
    let writer = try XMLWriter(indent: indent)
    writer.startDocument()
    body(writer)
    return try writer.endDocument()
}

private let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

@Suite("XMLWriter output")
struct XMLWriterOutputTests {
    @Test func declarationAndTwoSpaceIndentation() throws {
        let xml = try render { w in
            w.startElement("rss")
            w.attribute("version", "2.0")
            w.startElement("channel")
            w.element("title", text: "T")
            w.startElement("item")
            w.element("link", text: "https://example.com/")
            w.endElement()
            w.endElement()
            w.endElement()
        }
        #expect(
            xml == declaration + """
                <rss version="2.0">
                  <channel>
                    <title>T</title>
                    <item>
                      <link>https://example.com/</link>
                    </item>
                  </channel>
                </rss>

                """)
    }

    @Test func withoutIndentation() throws {
        let xml = try render(indent: false) { w in
            w.element("a") { w.element("b", text: "c") }
        }
        #expect(xml == declaration + "<a><b>c</b></a>\n")
    }

    @Test func endDocumentClosesOpenElementsAndEndsWithNewline() throws {
        let bytes = try renderBytes { w in
            w.startElement("a")
            w.startElement("b")
        }
        #expect(String(decoding: bytes, as: UTF8.self) == declaration + "<a>\n  <b/>\n</a>\n")
        #expect(bytes.last == UInt8(ascii: "\n"))
    }

    @Test func emptyElements() throws {
        let xml = try render { w in
            w.element("root") {
                w.startElement("empty")
                w.endElement()
                w.element("link", attributes: ["href": "u", "rel": "self"])
                w.element("blank", text: "")
            }
        }
        #expect(
            xml == declaration + """
                <root>
                  <empty/>
                  <link href="u" rel="self"/>
                  <blank></blank>
                </root>

                """)
    }

    @Test func namespaceDeclarationAndQualifiedNames() throws {
        let xml = try render { w in
            w.startElement("rss")
            w.writeNamespace(prefix: "atom", uri: "http://www.w3.org/2005/Atom")
            w.element("atom:link", attributes: ["href": "https://example.com/feed.xml"])
            w.endElement()
        }
        #expect(
            xml == declaration + """
                <rss xmlns:atom="http://www.w3.org/2005/Atom">
                  <atom:link href="https://example.com/feed.xml"/>
                </rss>

                """)
    }

    @Test func singleCharacterNames() throws {
        let xml = try render(indent: false) { w in
            w.element("a", attributes: ["b": "c"], text: "d")
        }
        #expect(xml == declaration + "<a b=\"c\">d</a>\n")
    }
}

@Suite("XMLWriter escaping")
struct XMLWriterEscapingTests {
    @Test(arguments: [
        ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "'"),
        ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
        ("&amp;", "&amp;amp;"),
        ("\r", "&#13;"),
    ])
    func textEscaping(input: String, escaped: String) throws {
        let bytes = try renderBytes { $0.element("t", text: input) }
        #expect(String(decoding: bytes, as: UTF8.self) == declaration + "<t>\(escaped)</t>\n")
        #expect(ParseBack.text(of: "t", in: bytes) == input)
    }

    @Test(arguments: [
        ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "'"),
        ("say \"hi\", it's", "say &quot;hi&quot;, it's"),
        ("a\tb\nc", "a&#9;b&#10;c"),
    ])
    func attributeEscaping(input: String, escaped: String) throws {
        let bytes = try renderBytes { $0.element("t", attributes: ["v": input]) }
        #expect(String(decoding: bytes, as: UTF8.self) == declaration + "<t v=\"\(escaped)\"/>\n")
        #expect(ParseBack.attribute("v", of: "t", in: bytes) == input)
    }

    @Test(arguments: ["Привет, мир", "«ёлка» — ’тест’", "日本語 😀", "\u{7F}\u{85}\u{FFFD}\u{FB01}\u{F8FF}"])
    func nonASCIIStaysLiteralUTF8(input: String) throws {
        let xml = try render(indent: false) { w in
            w.element("t", attributes: ["v": input], text: input)
        }
        #expect(xml == declaration + "<t v=\"\(input)\">\(input)</t>\n")
        #expect(!xml.contains("&#"))
    }
}

@Suite("XMLWriter forbidden characters")
struct XMLWriterForbiddenCharacterTests {
    @Test(arguments: [
        ("a\u{1}b", "ab", 1),
        ("\u{B}", "", 1),
        ("x\u{FFFE}y", "xy", 1),
        ("\u{FFFF}end", "end", 1),
        ("nul\u{0}byte", "nulbyte", 1),
        ("При\u{1}вет\u{FFFE} «мир»\u{B} — ’", "Привет «мир» — ’", 3),
        ("\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{C}\u{E}\u{1F}", "", 11),
    ])
    func droppedAndCountedInText(input: String, expected: String, removed: Int) throws {
        let writer = try XMLWriter(indent: false)
        writer.startDocument()
        writer.element("t", text: input)
        let bytes = try writer.endDocument()
        #expect(String(decoding: bytes, as: UTF8.self) == declaration + "<t>\(expected)</t>\n")
        #expect(writer.droppedCharacterCount == removed)
        #expect(XMLWellFormedness.check(bytes).ok)
    }

    @Test func droppedInAttributesAndCDATAAndAccumulated() throws {
        let writer = try XMLWriter(indent: false)
        writer.startDocument()
        writer.element("t", attributes: ["v": "к\u{1}от"], text: "a\u{FFFF}")
        writer.element("c") { writer.cdata("x\u{B}]]>\u{FFFE}y") }
        let xml = String(decoding: try writer.endDocument(), as: UTF8.self)
        #expect(xml == declaration + "<t v=\"кот\">a</t><c><![CDATA[x]]]]><![CDATA[>y]]></c>\n")
        #expect(writer.droppedCharacterCount == 4)
    }

    @Test(arguments: ["plain ascii", "Привет «мир» — ’", "tab\tand\nnewline", "", "\u{FFFD}\u{10FFFF}"])
    func cleanStringsUntouched(input: String) throws {
        let writer = try XMLWriter(indent: false)
        writer.startDocument()
        writer.element("t", text: input)
        let bytes = try writer.endDocument()
        #expect(writer.droppedCharacterCount == 0)
        #expect(ParseBack.text(of: "t", in: bytes) == input)
    }

    /// The scanner looks at eight bytes at a time; put the bad character at every offset,
    /// including across word boundaries.
    @Test(arguments: ["\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"])
    func everyPosition(bad: String) throws {
        let base = "abcdefghijklmnopqrstuvwx"
        for offset in 0...base.count {
            var input = base
            input.insert(contentsOf: bad, at: input.index(input.startIndex, offsetBy: offset))
            let writer = try XMLWriter(indent: false)
            writer.startDocument()
            writer.element("t", text: input)
            let xml = String(decoding: try writer.endDocument(), as: UTF8.self)
            #expect(xml == declaration + "<t>\(base)</t>\n", "offset \(offset)")
            #expect(writer.droppedCharacterCount == 1)
        }
    }
}

@Suite("XMLWriter CDATA")
struct XMLWriterCDATATests {
    @Test(arguments: [
        ("plain <b>html</b> & stuff", "<![CDATA[plain <b>html</b> & stuff]]>"),
        ("a]]>b", "<![CDATA[a]]]]><![CDATA[>b]]>"),
        ("]]>start", "<![CDATA[]]]]><![CDATA[>start]]>"),
        ("end]]>", "<![CDATA[end]]]]><![CDATA[>]]>"),
        ("]]>", "<![CDATA[]]]]><![CDATA[>]]>"),
        ("x]]>y]]>z", "<![CDATA[x]]]]><![CDATA[>y]]]]><![CDATA[>z]]>"),
        ("]]>]]>", "<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>"),
        ("]]]>", "<![CDATA[]]]]]><![CDATA[>]]>"),
        ("]] > ]>", "<![CDATA[]] > ]>]]>"),
        ("Текст «]]>» — ’", "<![CDATA[Текст «]]]]><![CDATA[>» — ’]]>"),
    ])
    func cdataIsSplitAndRoundTrips(input: String, section: String) throws {
        let bytes = try renderBytes { w in w.element("d") { w.cdata(input) } }
        #expect(String(decoding: bytes, as: UTF8.self) == declaration + "<d>\(section)</d>\n")
        let check = XMLWellFormedness.check(bytes)
        #expect(check.ok, "\(check.firstError ?? "")")
        #expect(ParseBack.text(of: "d", in: bytes) == input)
    }

    @Test func emptyCDATA() throws {
        let bytes = try renderBytes { w in w.element("d") { w.cdata("") } }
        #expect(String(decoding: bytes, as: UTF8.self) == declaration + "<d><![CDATA[]]></d>\n")
        #expect(ParseBack.text(of: "d", in: bytes) == "")
    }
}

@Suite("XMLWriter errors and streaming")
struct XMLWriterErrorTests {
    @Test func endElementWithoutStartThrowsFromEndDocument() throws {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.endElement()
        #expect(writer.firstError?.operation == "endElement")
        #expect(throws: XMLWriterError.self) { try writer.endDocument() }
    }

    @Test func attributeAfterContentIsRecordedAndLaterCallsAreIgnored() throws {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.startElement("a")
        writer.text("x")
        writer.attribute("late", "1")
        writer.element("b", text: "ignored")
        let error = try #require(writer.firstError)
        #expect(error.operation == "attribute")
        #expect(error.description.hasPrefix("XMLWriter.attribute: "))
        #expect(throws: error) { try writer.endDocument() }
    }

    @Test func endDocumentTwiceThrows() throws {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.element("a", text: "b")
        _ = try writer.endDocument()
        #expect(throws: XMLWriterError.self) { try writer.endDocument() }
    }

    @Test func drainedChunksConcatenateToTheDocument() throws {
        let expected = try renderBytes { w in
            for i in 0..<500 { w.element("item", text: "entry \(i) — «ёж»") }
        }
        let writer = try XMLWriter()
        var streamed: [UInt8] = []
        writer.startDocument()
        for i in 0..<500 {
            writer.element("item", text: "entry \(i) — «ёж»")
            if i % 100 == 0 { writer.drain { streamed.append(contentsOf: $0) } }
        }
        streamed += try writer.endDocument()
        #expect(streamed == expected)
    }
}
