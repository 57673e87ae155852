import FeedXML
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The safety promises of DESIGN.md for untrusted feeds: nothing outside the document is
/// read, no network request is made, entity expansion is bounded, and harmless entities
/// still work.
@Suite("XMLStreamReader safety", .serialized)
struct ReaderSafetyTests {
    /// All events of a document read from memory, with the reader for its diagnostics.
    static func read(_ xml: String, options: XMLReaderOptions = XMLReaderOptions()) throws -> (
        events: [XMLEvent], reader: XMLStreamReader
    ) {
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), options: options)
        return (Array(reader), reader)
    }

    static func allText(_ events: [XMLEvent]) -> String {
        events.map { event -> String in
            switch event {
            case .text(let text, _): return text
            case .startElement(let start): return start.attributes.map(\.value).joined()
            default: return ""
            }
        }.joined()
    }

    @Test("(a) a file:// external entity, parameter entity or DTD is never read", arguments: [false, true])
    func externalFileEntityIsNotRead(recover: Bool) throws {
        let marker = "FEEDWRIGHT-XXE-\(UInt64.random(in: 0...UInt64.max))"
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("\(marker).txt")
        try "<!ENTITY leak \"\(marker)\">\(marker)".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let url = secret.absoluteString
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r SYSTEM "\(url)" [
              <!ENTITY % pe SYSTEM "\(url)">
              %pe;
              <!ENTITY xxe SYSTEM "\(url)">
            ]>
            <r a="x"><t>&xxe;</t><u>&leak;</u></r>
            """
        var options = XMLReaderOptions()
        options.recover = recover
        let (events, reader) = try Self.read(xml, options: options)
        #expect(!Self.allText(events).contains(marker))
        #expect(reader.diagnostics.contains { $0.readerCode == .externalEntityNotLoaded })
        // &leak; would be declared only if the parameter entity had been read.
        #expect(reader.diagnostics.contains { $0.code == 26 || $0.code == 27 })

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(marker)-doc.xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try XMLStreamReader(path: file.path, options: options)
        #expect(!Self.allText(Array(fromFile)).contains(marker))
    }

    @Test("(b) http:// entities, DTDs and XIncludes make no request", arguments: [false, true])
    func externalHTTPEntityMakesNoRequest(recover: Bool) throws {
        let listener = try LoopbackListener()
        let base = "http://127.0.0.1:\(listener.port)"
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r SYSTEM "\(base)/dtd" [
              <!ENTITY % pe SYSTEM "\(base)/pe">
              %pe;
              <!ENTITY remote SYSTEM "\(base)/entity">
            ]>
            <?xml-stylesheet href="\(base)/style.xsl"?>
            <r xmlns:xi="http://www.w3.org/2001/XInclude">&remote;<xi:include href="\(base)/xinclude"/></r>
            """
        var options = XMLReaderOptions()
        options.recover = recover
        let (_, reader) = try Self.read(xml, options: options)
        #expect(reader.diagnostics.contains { $0.readerCode == .externalEntityNotLoaded })
        #expect(listener.acceptedConnections() == 0, "no connection reached the listener")
        // Positive control: the listener does see a real connection.
        try listener.connectToSelf()
        #expect(listener.acceptedConnections() == 1)
    }

    static func billionLaughs(inAttribute: Bool) -> String {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            xml += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n"
        }
        return xml + (inAttribute ? "]>\n<lolz a=\"&lol9;\"/>\n" : "]>\n<lolz>&lol9;</lolz>\n")
    }

    static func quadraticBlowup(inAttribute: Bool) -> String {
        let entity = String(repeating: "x", count: 100_000)
        let references = String(repeating: "&a;", count: 50_000)
        let body = inAttribute ? "<r><e a=\"\(references)\"/></r>" : "<r>\(references)</r>"
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"\(entity)\">]>\n\(body)\n"
    }

    @Test(
        "(c) billion laughs and quadratic blowup fail fast with bounded output",
        arguments: [
            ("billion laughs in text", billionLaughs(inAttribute: false)),
            ("billion laughs in an attribute", billionLaughs(inAttribute: true)),
            ("quadratic blowup in text", quadraticBlowup(inAttribute: false)),
            ("quadratic blowup in an attribute", quadraticBlowup(inAttribute: true)),
        ])
    func entityBombsAreCutOff(_ name: String, _ xml: String) throws {
        for recover in [false, true] {
            var options = XMLReaderOptions()
            options.recover = recover
            let peakBefore = Self.peakResidentBytes()
            let clock = ContinuousClock()
            var textBytes = 0
            var reader: XMLStreamReader?
            let elapsed = try clock.measure {
                let r = try XMLStreamReader(bytes: Array(xml.utf8), options: options)
                for event in r { textBytes += Self.allText([event]).utf8.count }
                reader = r
            }
            let grown = Self.peakResidentBytes() - peakBefore
            #expect(elapsed < .seconds(1), "\(name): \(elapsed)")
            #expect(grown < 50 << 20, "\(name): peak resident memory grew \(grown >> 20) MiB")
            #expect(textBytes <= options.maxEntityExpansion + 1_000, "\(name): \(textBytes) bytes of text")
            let r = try #require(reader)
            #expect(!r.isWellFormed, "\(name) is reported")
            let loop = r.diagnostics.contains { $0.code == 89 }  // XML_ERR_ENTITY_LOOP
            let budget = r.diagnostics.contains { $0.readerCode == .entityExpansionLimitExceeded }
            #expect(loop || budget, "\(name): \(r.diagnostics)")
        }
    }

    @Test("the expansion budget is an option")
    func expansionBudgetIsConfigurable() throws {
        let xml = "<!DOCTYPE r [<!ENTITY e \"0123456789\">]><r>&e;&e;&e;</r>"
        var options = XMLReaderOptions()
        options.maxEntityExpansion = 25
        let (events, reader) = try Self.read(xml, options: options)
        // The reference that would cross the budget is dropped, and the parse stops there.
        #expect(Self.allText(events) == "01234567890123456789")
        #expect(reader.diagnostics.last?.readerCode == .entityExpansionLimitExceeded)
    }

    @Test("(d) predefined entities and character references work without a DTD")
    func predefinedAndNumericReferences() throws {
        let (events, reader) = try Self.read(
            #"<t a="&amp;&#x41;">&lt;&gt;&amp;&quot;&apos; &#65;&#x1F600;</t>"#)
        #expect(reader.isWellFormed)
        #expect(Self.allText(events) == "&A<>&\"' A😀")
    }

    @Test("(e) harmless entities declared in an internal DTD still give their text")
    func internalEntitiesExpand() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY nbsp "&#160;"><!ENTITY mdash "&#8212;"><!ENTITY brand "Feed&nbsp;wright">]>
            <rss><title a="&brand;">A&nbsp;&mdash;&nbsp;&brand;</title></rss>
            """
        let (events, reader) = try Self.read(xml)
        #expect(reader.isWellFormed)
        #expect(reader.diagnostics.isEmpty)
        #expect(Self.allText(events) == "Feed\u{A0}wrightA\u{A0}—\u{A0}Feed\u{A0}wright")
    }

    @Test("documents over maxBytes are refused before parsing, from memory and from a file")
    func sizeLimit() throws {
        var options = XMLReaderOptions()
        options.maxBytes = 100
        let xml = "<r>" + String(repeating: "x", count: 200) + "</r>"
        #expect(throws: XMLReadError(.tooLarge(size: 207, limit: 100))) {
            try XMLStreamReader(bytes: Array(xml.utf8), options: options)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reader-size-\(UUID()).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: XMLReadError(.tooLarge(size: 207, limit: 100), path: file.path)) {
            try XMLStreamReader(path: file.path, options: options)
        }
    }

    @Test("nesting deeper than the default limit stops the parse quickly", arguments: [257, 10_000])
    func defaultDepthLimit(levels: Int) throws {
        let xml = String(repeating: "<a>", count: levels) + String(repeating: "</a>", count: levels)
        let (events, reader) = try Self.read(xml)
        #expect(!reader.isWellFormed)
        let starts = events.filter { if case .startElement = $0 { true } else { false } }.count
        let ends = events.filter { if case .endElement = $0 { true } else { false } }.count
        #expect(starts <= 256)
        #expect(starts == ends, "start and end events stay balanced")
    }

    /// Peak resident set size of this process so far, in bytes (Linux reports KiB).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
