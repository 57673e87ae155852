import FeedXML
import Foundation
import Testing

/// The bytes before libxml2: what precedes the declaration, invalid UTF-8, labels.
@Suite("XMLStreamReader byte layer")
struct ReaderByteLayerTests {
    /// A document read from memory and from a file, so both input paths are checked.
    static func readBothWays(_ bytes: [UInt8], _ check: (XMLStreamReader, [XMLEvent]) throws -> Void) throws {
        let memory = try XMLStreamReader(bytes: bytes)
        try check(memory, Array(memory))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("byte-layer-\(UUID()).xml")
            .path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try XMLStreamReader(path: path)
        try check(file, Array(file))
    }

    static func text(_ events: [XMLEvent]) -> String {
        events.map { if case .text(let t, _) = $0 { t } else { "" } }.joined()
    }

    static func starts(_ events: [XMLEvent]) -> [XMLElementStart] {
        events.compactMap { if case .startElement(let start) = $0 { start } else { nil } }
    }

    @Test(
        "whitespace, comments and BOMs before the declaration: one warning, nothing else changes",
        arguments: [
            ("\n\n", "2 whitespace characters"), ("<!-- cms -->\n", "1 comment"),
            ("  \u{FEFF}", "1 byte order mark"),
        ])
    func prelude(_ before: String, _ said: String) throws {
        // Ж is C6 in windows-1251: the declaration after the prelude is honoured.
        let bytes =
            Array(before.utf8)
            + Array("<?xml version='1.0' encoding='windows-1251'?>\n<a>A &amp; B &#8212; ".utf8)
            + [0xC6] + Array("\n<b/></a>".utf8)
        let lines = 1 + before.count(where: { $0 == "\n" })
        try Self.readBothWays(bytes) { reader, events in
            #expect(Self.text(events) == "A & B \u{2014} \u{0416}\n")
            #expect(reader.encoding.declaredEncoding == "windows-1251")
            #expect(reader.isWellFormed)
            let warnings = reader.diagnostics
            #expect(warnings.count == 1)
            #expect(warnings.first?.readerCode == .contentBeforeDeclaration)
            #expect(warnings.first?.severity == .warning)
            #expect(warnings.first?.message.contains(said) == true)
            #expect(Self.starts(events).map(\.line) == [lines + 1, lines + 2])
        }
    }

    @Test("what follows the declaration on its line keeps its column after a multi-line prelude")
    func preludeColumns() throws {
        let xml = "\n  <?xml version='1.0'?><a><b/></a>"
        try Self.readBothWays(Array(xml.utf8)) { _, events in
            let columns = Self.starts(events).map { "\($0.line):\($0.column)" }
            #expect(columns == ["2:24", "2:27"])
        }
    }

    @Test("each invalid UTF-8 sequence becomes one U+FFFD; one diagnostic names the first")
    func maximalSubparts() throws {
        let bad: [[UInt8]] = [
            [0x80], [0xC3, 0x28], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        ]
        var bytes = Array("<?xml version='1.0'?>\n<a>\u{0436}".utf8)
        let valid = Array("Привет, мир: всё хорошо".utf8)
        for sequence in bad { bytes += sequence + Array("\u{0436}".utf8) }
        bytes += valid + Array("&amp;</a>".utf8)
        try Self.readBothWays(bytes) { reader, events in
            let r = "\u{FFFD}"
            // One U+FFFD per maximal subpart: 1, 1, 1, 2, 3 and 4 of them.
            let replaced = [1, 1, 1, 2, 3, 4].map { String(repeating: r, count: $0) }
            let expected =
                "ж"
                + replaced.enumerated().map { $0.offset == 1 ? $0.element + "(ж" : $0.element + "ж" }.joined()
            #expect(Self.text(events) == expected + "Привет, мир: всё хорошо&")
            #expect(reader.encoding.encoding == "UTF-8")
            let found = reader.diagnostics.filter { $0.readerCode == .invalidUTF8Replaced }
            #expect(found.count == 1)
            #expect(found.first.map { "\($0.line):\($0.column)" } == "2:5")
            #expect(found.first?.message.hasPrefix("12 invalid UTF-8 sequences") == true)
            #expect(!reader.isWellFormed)
        }
    }

    @Test("repair across 64 KiB chunks: split characters survive, bad bytes at the edge are replaced")
    func chunkBoundaries() throws {
        // Cyrillic text long enough for several chunks, a stray byte near each boundary.
        var body: [UInt8] = []
        let letters = Array("абвгдеёжзийклмнопрстуфхцчшщъыьэюя ".utf8)
        while body.count < 200_000 { body += letters }
        for boundary in [65_536, 131_072] {
            body[boundary - 1] = 0xFF
        }
        let bytes = Array("<a>".utf8) + body + Array("</a>".utf8)
        let expected = String(decoding: bytes.dropFirst(3).dropLast(4), as: UTF8.self)
        try Self.readBothWays(bytes) { reader, events in
            #expect(Self.text(events) == expected)
            let found = reader.diagnostics.filter { $0.readerCode == .invalidUTF8Replaced }
            #expect(found.count == 1)
            #expect(found.first?.line == 1)
        }
    }

    @Test("a valid document split anywhere reads the same")
    func validSplits() throws {
        var body = ""
        while body.utf8.count < 140_000 { body += "Ёжик — 😀 €; " }
        let bytes = Array("<a>\(body)</a>".utf8)
        try Self.readBothWays(bytes) { reader, events in
            #expect(Self.text(events) == body)
            #expect(reader.diagnostics.isEmpty)
        }
    }

    @Test("an unknown encoding label falls back to detection with a warning")
    func unknownLabel() throws {
        let utf8 = Array("<?xml version='1.0' encoding='invalid'?><a>Ёж</a>".utf8)
        try Self.readBothWays(utf8) { reader, events in
            #expect(Self.text(events) == "Ёж")
            #expect(reader.diagnostics.map(\.severity) == [.warning])
            #expect(reader.diagnostics.first?.readerCode == .unsupportedCharset)
        }
        let cp1251 =
            Array("<?xml version='1.0' encoding='invalid'?><a>".utf8)
            + [0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8] + Array("</a>".utf8)
        let reader = try XMLStreamReader(bytes: cp1251)
        #expect(Self.text(Array(reader)) == "Новости")
        #expect(reader.encoding.encoding == "windows-1251")
        #expect(reader.isWellFormed)
    }

    @Test("EBCDIC with a declaration is decoded in the declared code page")
    func ebcdic() throws {
        // "<?xml version='1.0' encoding='IBM500'?><a>[x]!</a>" in code page 500.
        let ascii = Array("<?xml version='1.0' encoding='IBM500'?><a>x</a>".utf8)
        let table: [UInt8: UInt8] = [
            0x3C: 0x4C, 0x3F: 0x6F, 0x3E: 0x6E, 0x3D: 0x7E, 0x27: 0x7D, 0x2E: 0x4B, 0x20: 0x40, 0x2F: 0x61,
        ]
        func ebcdic(_ c: UInt8) -> UInt8 {
            if let e = table[c] { return e }
            switch c {
            case 0x30...0x39: return c - 0x30 + 0xF0
            case 0x61...0x69: return c - 0x61 + 0x81
            case 0x6A...0x72: return c - 0x6A + 0x91
            case 0x73...0x7A: return c - 0x73 + 0xA2
            case 0x41...0x49: return c - 0x41 + 0xC1
            case 0x4A...0x52: return c - 0x4A + 0xD1
            default: return c - 0x53 + 0xE2
            }
        }
        var bytes = ascii.map(ebcdic)
        bytes.insert(contentsOf: [0x4A, 0x5A], at: bytes.count - 4)  // [ and ] in code page 500
        try Self.readBothWays(bytes) { reader, events in
            #expect(Self.text(events) == "x[]")
            #expect(reader.encoding.decoderOverride == "IBM500")
            #expect(reader.diagnostics.isEmpty)
        }
    }

    @Test(
        "labels publishers write for Mac and IBM code pages are decoded",
        arguments: ["MacTurkish", "x-mac-turkish", "macintosh", "x-mac-roman", "CP855", "ibm-500", "cp037"])
    func codePageLabels(_ label: String) throws {
        let bytes = Array("<?xml version='1.0' encoding='\(label)'?><a>ok</a>".utf8)
        let sniffed = XMLEncodingSniffer.sniff(bytes)
        #expect(sniffed.unknownLabel == nil)
    }

    @Test(
        "UTF-16 and UTF-32 without BOM or declaration are recognised from the zero bytes",
        arguments: [
            ("utf-16le", String.Encoding.utf16LittleEndian, "UTF-16LE"),
            ("utf-16be", .utf16BigEndian, "UTF-16BE"),
            ("utf-32le", .utf32LittleEndian, "UTF-32LE"),
        ])
    func wideWithoutDeclaration(_ name: String, _ encoding: String.Encoding, _ expected: String) throws {
        let bytes = Array("<rss>Ёж &amp; ёж</rss>".data(using: encoding)!)
        try Self.readBothWays(bytes) { reader, events in
            #expect(reader.encoding.encoding == expected)
            #expect(Self.text(events) == "Ёж & ёж")
            #expect(reader.isWellFormed)
        }
        _ = name
    }

    @Test("a document is re-decoded only when most non-ASCII sequences are invalid")
    func clearlyNotUTF8() {
        let mostlyUTF8 = Array("<a>Привет, мир".utf8) + [0xFF] + Array("</a>".utf8)
        #expect(XMLEncodingSniffer.sniff(mostlyUTF8).encoding == "UTF-8")
        let cp1251: [UInt8] = Array("<a>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array("</a>".utf8)
        #expect(XMLEncodingSniffer.sniff(cp1251).encoding == "windows-1251")
    }
}
