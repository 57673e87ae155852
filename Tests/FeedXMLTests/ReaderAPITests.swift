import FeedXML
import Foundation
import Testing

@Suite("XMLStreamReader API")
struct ReaderAPITests {
    static func events(_ xml: String, options: XMLReaderOptions = XMLReaderOptions()) throws -> [XMLEvent] {
        Array(try XMLStreamReader(bytes: Array(xml.utf8), options: options))
    }

    static func starts(_ events: [XMLEvent]) -> [XMLElementStart] {
        events.compactMap { if case .startElement(let start) = $0 { start } else { nil } }
    }

    @Test("elements are matched by namespace URI and local name, whatever the prefix")
    func namespaceMatching() throws {
        let atom = "http://www.w3.org/2005/Atom"
        let xml = """
            <feed xmlns="\(atom)"><x:entry xmlns:x="\(atom)"/><atom:entry xmlns:atom="\(atom)"/></feed>
            """
        let entries = Self.starts(try Self.events(xml)).filter {
            $0.namespaceURI == atom && $0.localName == "entry"
        }
        #expect(entries.map(\.qualifiedName) == ["x:entry", "atom:entry"])
    }

    @Test("attribute lookup by local name and namespace, xml:lang and xml:base")
    func attributeLookup() throws {
        let xml = #"<e xmlns:p="urn:p" a="1" p:a="2" xml:lang="ru" xml:base="http://x/"/>"#
        let start = try #require(Self.starts(try Self.events(xml)).first)
        #expect(start.attribute("a") == "1")
        #expect(start.attribute("a", namespaceURI: "urn:p") == "2")
        #expect(start.attribute("missing") == nil)
        #expect(start.xmlLang == "ru")
        #expect(start.xmlBase == "http://x/")
        #expect(start.attributes.map(\.qualifiedName) == ["a", "p:a", "xml:lang", "xml:base"])
        #expect(start.isEmpty)
    }

    @Test("the reader is a Sequence; start and end events balance; depth counts from 0")
    func sequenceAndDepth() throws {
        let events = try Self.events("<a><b><c/></b><b/></a>")
        #expect(Self.starts(events).map(\.depth) == [0, 1, 2, 1])
        let ends = events.filter { if case .endElement = $0 { true } else { false } }
        #expect(ends.count == 4)
        #expect(events.last == .endElement(localName: "a", namespaceURI: ""))
    }

    @Test("a reader keeps returning nil after the end")
    func nilAfterEnd() throws {
        let reader = try XMLStreamReader(bytes: Array("<a/>".utf8))
        while reader.next() != nil {}
        #expect(reader.next() == nil)
        #expect(reader.next() == nil)
    }

    @Test("text longer than a 64 KiB chunk arrives as one event, and so does a long CDATA section")
    func textAcrossChunks() throws {
        let long = String(repeating: "абвгд ", count: 40_000)
        let events = try Self.events("<r><a>\(long)</a><b><![CDATA[\(long)]]></b></r>")
        let texts = events.compactMap {
            if case .text(let text, let cdata) = $0 { (text, cdata) } else { nil }
        }
        #expect(texts.count == 2)
        #expect(texts.first?.0 == long && texts.first?.1 == false)
        #expect(texts.last?.0 == long && texts.last?.1 == true)
    }

    @Test(
        "a document larger than the sniffing window streams from a file with the same events as from memory")
    func bigFileMatchesMemory() throws {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss><channel>"
        for i in 0..<10_000 {
            xml +=
                "<item n=\"\(i)\"><title>Заголовок \(i) &amp; more</title><description><![CDATA[<p>\(i)</p>]]>"
            xml += "</description></item>\n"
        }
        xml += "</channel></rss>\n"
        #expect(xml.utf8.count > 1 << 20)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reader-big-\(UUID()).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try XMLStreamReader(path: file.path)
        let fileEvents = Array(fromFile)
        let memoryEvents = try Self.events(xml)
        #expect(fileEvents == memoryEvents)
        #expect(fromFile.isWellFormed)
        #expect(Self.starts(fileEvents).filter { $0.localName == "item" }.count == 10_000)
        let last = try #require(Self.starts(fileEvents).last)
        #expect(last.line == 10_001)
    }

    @Test("opening a missing file or a directory throws with the path")
    func fileErrors() throws {
        let missing = "/nonexistent/\(UUID()).xml"
        #expect(throws: XMLReadError(.cannotOpen(errno: ENOENT), path: missing)) {
            try XMLStreamReader(path: missing)
        }
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: XMLReadError(.isDirectory, path: directory)) { try XMLStreamReader(path: directory) }
        #expect(XMLReadError(.isDirectory, path: "/tmp").description.contains("/tmp"))
    }

    @Test("diagnostics carry libxml2's code, severity and position; isWellFormed follows errors")
    func diagnostics() throws {
        let reader = try XMLStreamReader(bytes: Array("<a>\n  <b></c>\n</a>".utf8))
        _ = Array(reader)
        #expect(!reader.isWellFormed)
        let first = try #require(reader.diagnostics.first)
        #expect(first.severity == .fatal)
        #expect(first.code == 76)  // XML_ERR_TAG_NAME_MISMATCH
        #expect(first.line == 2)
        #expect(first.column > 0)
        #expect(first.message.contains("mismatch"))
        #expect(first.readerCode == nil)
        #expect(first.description.hasPrefix("2:"))
    }

    @Test(
        "an empty document and a document that is not XML are reported, not thrown",
        arguments: ["", "hello", "<"])
    func notXML(_ text: String) throws {
        let reader = try XMLStreamReader(bytes: Array(text.utf8))
        let events = Array(reader)
        #expect(events.isEmpty)
        #expect(!reader.isWellFormed)
        #expect(!reader.diagnostics.isEmpty)
    }

    @Test("an HTTP charset libxml2 cannot decode is reported and ignored")
    func unsupportedCharset() throws {
        let reader = try XMLStreamReader(bytes: Array("<a>é</a>".utf8), httpCharset: "x-no-such-charset")
        #expect(Array(reader).contains(.text("é", isCDATA: false)))
        #expect(reader.encoding.encoding == "UTF-8")
        #expect(reader.diagnostics.map(\.readerCode) == [.unsupportedCharset])
        #expect(reader.isWellFormed)
    }

    @Test("readers on several threads at once do not see each other's errors")
    func concurrentReaders() async throws {
        let results = try await withThrowingTaskGroup(of: (Int, Bool, Int).self) { group in
            for i in 0..<8 {
                group.addTask {
                    let xml = i.isMultiple(of: 2) ? "<a>\(i)</a>" : "<a>\(i)</b>"
                    let reader = try XMLStreamReader(bytes: Array(xml.utf8))
                    _ = Array(reader)
                    return (i, reader.isWellFormed, reader.diagnostics.count)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for (i, wellFormed, count) in results {
            #expect(wellFormed == i.isMultiple(of: 2))
            #expect(count == (i.isMultiple(of: 2) ? 0 : 1))
        }
    }
}
