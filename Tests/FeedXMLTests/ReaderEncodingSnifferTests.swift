import FeedXML
import Testing

@Suite("XMLEncodingSniffer")
struct ReaderEncodingSnifferTests {
    typealias Sniffer = XMLEncodingSniffer

    static let russian = "Новости дня: правительство заявило о росте экономики, погода в Москве"
    static let french = "Le café « Crème brûlée » à Paris — déjà très apprécié, naïve résumé"

    @Test(
        "byte order marks win",
        arguments: [
            ([0xEF, 0xBB, 0xBF], "UTF-8", 3),
            ([0xFF, 0xFE], "UTF-16LE", 2),
            ([0xFE, 0xFF], "UTF-16BE", 2),
            ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE", 4),
            ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE", 4),
        ] as [([UInt8], String, Int)])
    func byteOrderMarks(_ bom: [UInt8], _ name: String, _ length: Int) {
        let result = Sniffer.sniff(bom + Array("<a/>".utf8), httpCharset: "koi8-r")
        #expect(result.encoding == name)
        #expect(result.source == .byteOrderMark)
        #expect(result.byteOrderMarkLength == length)
    }

    @Test("a UTF-8 BOM contradicting the declaration is a mismatch decoded as UTF-8")
    func bomAgainstDeclaration() {
        let result = Sniffer.sniff(
            [0xEF, 0xBB, 0xBF] + Array("<?xml version='1.0' encoding='windows-1251'?><a/>".utf8))
        #expect(result.encoding == "UTF-8")
        #expect(result.declaredEncoding == "windows-1251")
        #expect(result.decoderOverride == "UTF-8")
        #expect(result.mismatch?.contains("byte order mark") == true)
    }

    @Test("the declaration is read with either quote and spaces around =")
    func declaration() {
        #expect(
            Sniffer.sniff(Array("<?xml version=\"1.0\" encoding = 'KOI8-R' ?><a/>".utf8)).declaredEncoding
                == "KOI8-R")
        let result = Sniffer.sniff(Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><a/>".utf8))
        #expect(result.encoding == "windows-1251")
        #expect(result.source == .declaration)
        #expect(result.decoderOverride == nil)
        #expect(Sniffer.sniff(Array("<a encoding='x'/>".utf8)).declaredEncoding == nil)
    }

    @Test("without BOM or declaration the document is UTF-8")
    func defaultUTF8() {
        let result = Sniffer.sniff(Array("<a>é</a>".utf8))
        #expect(result.encoding == "UTF-8")
        #expect(result.source == .defaultUTF8)
        #expect(result.mismatch == nil)
    }

    @Test("an HTTP charset overrides the declaration; agreeing ones need no override")
    func httpCharset() {
        let declared = Array("<?xml version='1.0' encoding='windows-1251'?><a/>".utf8)
        let overridden = Sniffer.sniff(declared, httpCharset: "\"KOI8-R\"")
        #expect(overridden.encoding == "KOI8-R")
        #expect(overridden.source == .httpCharset)
        #expect(overridden.decoderOverride == "KOI8-R")
        #expect(Sniffer.sniff(declared, httpCharset: "CP1251").decoderOverride == nil)
    }

    @Test(
        "declared or default UTF-8 that is not UTF-8 is guessed from the letters",
        arguments: [
            (russian, "windows-1251", "windows-1251"),
            (russian, "koi8_r", "KOI8-R"),
            (russian.uppercased(), "windows-1251", "windows-1251"),
            (russian.uppercased(), "koi8_r", "KOI8-R"),
            (french, "windows-1252", "windows-1252"),
        ])
    func guessesLegacyEncoding(_ text: String, _ codec: String, _ expected: String) throws {
        let bytes = try #require(Self.encode(text, codec))
        for declaration in ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", ""] {
            let result = Sniffer.sniff(Array((declaration + "<t>").utf8) + bytes + Array("</t>".utf8))
            #expect(result.encoding == expected)
            #expect(result.source == .guessed)
            #expect(result.decoderOverride == expected)
            let claim = declaration.isEmpty ? "no encoding declared (UTF-8 assumed)" : "declared UTF-8"
            #expect(result.mismatch == "\(claim) but the bytes are \(expected); decoded as \(expected)")
        }
    }

    @Test(
        "a prefix cut inside a UTF-8 character is still UTF-8; so is a cut document, repaired, not re-decoded"
    )
    func truncatedPrefix() {
        let bytes = Array("<a>Привет</a>".utf8).prefix(8)
        #expect(Sniffer.sniff(Array(bytes), isComplete: false).source == .defaultUTF8)
        #expect(Sniffer.sniff(Array(bytes), isComplete: true).source == .defaultUTF8)
    }

    @Test(
        "overlong forms and surrogates are not UTF-8",
        arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8]] as [[UInt8]])
    func invalidSequences(_ sequence: [UInt8]) {
        #expect(Sniffer.sniff(Array("<a>".utf8) + sequence + Array("</a>".utf8)).source == .guessed)
    }

    /// `text` in a single-byte encoding, by table (the test must not depend on iconv).
    static func encode(_ text: String, _ codec: String) -> [UInt8]? {
        let lower = Array("абвгдежзийклмнопрстуфхцчшщъыьэюя".unicodeScalars)
        let koi8Lower = Array("юабцдефгхийклмнопярстужвьызшэщчъ".unicodeScalars)
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                out.append(UInt8(scalar.value))
                continue
            }
            let lowered = Character(scalar).lowercased().unicodeScalars.first!
            let isUpper = lowered != scalar
            switch codec {
            case "windows-1251":
                guard let i = lower.firstIndex(of: lowered) else { return nil }
                out.append(UInt8(isUpper ? 0xC0 + i : 0xE0 + i))
            case "koi8_r":
                guard let i = koi8Lower.firstIndex(of: lowered) else { return nil }
                out.append(UInt8(isUpper ? 0xE0 + i : 0xC0 + i))
            default:
                let table: [Unicode.Scalar: UInt8] = ["«": 0xAB, "»": 0xBB, "—": 0x97]
                if let byte = table[scalar] {
                    out.append(byte)
                } else if scalar.value < 0x100 {
                    out.append(UInt8(scalar.value))
                } else {
                    return nil
                }
            }
        }
        return out
    }
}
