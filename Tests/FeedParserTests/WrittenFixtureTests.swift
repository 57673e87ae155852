import FeedModel
import FeedParser
import FeedWriter
import Foundation
import Testing

/// Every readable fixture converted as `convert` does (streamed) to all three formats:
/// no empty element and no empty JSON string anywhere, every item with an id, the ids
/// unique, and the same ids in every format.
@Suite("Converted fixtures have no empty elements and agree on ids")
struct WrittenFixtureTests {
    static let readAt = Date(timeIntervalSince1970: 1_764_892_800)

    static let readable: [String] = ParserFixtures.all.filter { path in
        (try? Parser.parse(ParserFixtures.data(path), options: RoundTripTests.options(path))) != nil
    }

    /// Elements that are empty by design: they carry everything in attributes.
    static let emptyByDesign: Set<String> = ["link", "category", "enclosure", "atom:link", "content"]

    @Test("no empty element or string", arguments: readable, FeedFormat.allCases)
    func noEmptyValues(path: String, format: FeedFormat) throws {
        let output = try Self.convert(path, to: format)
        switch format {
        case .json:
            let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
            #expect(Self.emptyStrings(in: object, at: "").isEmpty, "\(Self.emptyStrings(in: object, at: ""))")
        case .rss, .atom:
            let empty = Self.emptyElements(in: output, format: format)
            #expect(empty.isEmpty, "\(empty)")
            #expect(!output.contains("1970-01-01"))
        }
    }

    @Test("ids agree across formats", arguments: readable)
    func idsAgree(path: String) throws {
        let json = try JSONSerialization.jsonObject(with: Data(try Self.convert(path, to: .json).utf8))
        let items = (json as? [String: Any])?["items"] as? [[String: Any]] ?? []
        let ids = items.compactMap { $0["id"] as? String }
        #expect(ids.count == items.count)
        #expect(Set(ids).count == ids.count)
        let guids = Self.texts(of: "guid", in: try Self.convert(path, to: .rss))
        #expect(guids == ids.map { $0.hasPrefix("http") ? URIText.uri($0) : $0 })
        let atomIDs = Self.texts(of: "id", in: try Self.convert(path, to: .atom)).dropFirst()
        for (atomID, id) in zip(atomIDs, ids) where AtomIdentifier.isAbsoluteIRI(id) {
            #expect(atomID == id)
        }
    }

    static func convert(_ path: String, to format: FeedFormat) throws -> String {
        var bytes: [UInt8] = []
        let context = WriteContext(timeZone: TimeZone(identifier: "UTC")!, readAt: readAt)
        let writer = try StreamingFeedWriter(format: format, context: context) {
            bytes.append(contentsOf: $0)
        }
        let data = try ParserFixtures.data(path)
        let parsed = try Parser.stream(.data(data), options: RoundTripTests.options(path)) {
            entry, header in
            try? writer.write(entry, header: header)
        }
        try writer.finish(parsed.feed)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `<name …></name>`, `<name …/>` and `<name><![CDATA[]]></name>` with nothing but
    /// whitespace inside, for elements that need content. CDATA sections (HTML) are
    /// markup of another document: their text counts, their tags do not.
    static func emptyElements(in xml: String, format: FeedFormat) -> [String] {
        let cdata = try! NSRegularExpression(pattern: #"<!\[CDATA\[([\s\S]*?)\]\]>"#)
        var xml = xml
        for match in cdata.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).reversed() {
            let inside = xml[Range(match.range(at: 1), in: xml)!]
            xml.replaceSubrange(
                Range(match.range, in: xml)!, with: inside.allSatisfy(\.isWhitespace) ? "" : "text")
        }
        let pattern = #"<([A-Za-z][\w:.-]*)((?:\s[^<>]*?)?)(?:/>|>\s*</\1>)"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(xml.startIndex..., in: xml)
        return regex.matches(in: xml, range: range).compactMap { match in
            let name = String(xml[Range(match.range(at: 1), in: xml)!])
            let hasAttributes = !xml[Range(match.range(at: 2), in: xml)!].allSatisfy(\.isWhitespace)
            if hasAttributes && emptyByDesign.contains(name) { return nil }
            return String(xml[Range(match.range, in: xml)!])
        }
    }

    /// The paths of `""` (or blank) strings in a JSON value.
    static func emptyStrings(in value: Any, at path: String) -> [String] {
        switch value {
        case let text as String: return text.allSatisfy(\.isWhitespace) ? [path] : []
        case let array as [Any]:
            return array.enumerated().flatMap { emptyStrings(in: $1, at: "\(path)[\($0)]") }
        case let object as [String: Any]:
            return object.flatMap { emptyStrings(in: $1, at: "\(path).\($0)") }
        default: return []
        }
    }

    /// The text of every `<name …>text</name>`, in order.
    static func texts(of name: String, in xml: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "<\(name)(?:\\s[^>]*)?>([^<]*)</\(name)>")
        return regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).map {
            String(xml[Range($0.range(at: 1), in: xml)!])
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">")
        }
    }
}
