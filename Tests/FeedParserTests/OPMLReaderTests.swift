import FeedFormats
import FeedParser
import FeedWriter
import Foundation
import Testing

@Suite("OPML reading and writing")
struct OPMLReaderTests {
    @Test(arguments: OPMLFixtures.names(in: OPMLFixtures.accepted))
    func fixtureGivesTheExpectedSubscriptions(_ name: String) throws {
        let document = try OPMLReader.read(
            bytes: OPMLFixtures.bytes(name, in: OPMLFixtures.accepted), name: name)
        let listed = document.subscriptions.map { outline in
            [outline.displayName ?? "", outline.feedURL ?? "", outline.htmlURL ?? ""].joined(separator: "\t")
        }
        let expected = try OPMLFixtures.sidecar(name, ".expected.tsv", in: OPMLFixtures.accepted)
        #expect(listed == expected.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }

    @Test(arguments: OPMLFixtures.names(in: OPMLFixtures.accepted))
    func writtenFixtureReadsBackEqualWithTheSameBytes(_ name: String) throws {
        let document = try OPMLReader.read(
            bytes: OPMLFixtures.bytes(name, in: OPMLFixtures.accepted), name: name)
        let written = try document.xmlBytes()
        let reread = try OPMLReader.read(bytes: written, name: "written")
        #expect(reread == document)
        #expect(try reread.xmlBytes() == written)
    }

    @Test(arguments: OPMLFixtures.names(in: OPMLFixtures.refused))
    func refusedFixtureGivesItsOneLine(_ name: String) throws {
        let bytes = try OPMLFixtures.bytes(name, in: OPMLFixtures.refused)
        let expected = try OPMLFixtures.sidecar(name, ".error", in: OPMLFixtures.refused)
        let error = #expect(throws: OPMLReadError.self) { try OPMLReader.read(bytes: bytes, name: name) }
        #expect(error?.description == expected.trimmingCharacters(in: .newlines))
        #expect(error?.description.contains("\n") == false)
    }

    @Test func readingFromAPathNamesThePath() throws {
        let path = OPMLFixtures.refused.appendingPathComponent("rss-not-opml.opml").path
        let error = #expect(throws: OPMLReadError.self) { try OPMLReader.read(path: path) }
        #expect(error?.description.hasPrefix(path + ":3:1: the root element is <rss>") == true)
        let missing = #expect(throws: OPMLReadError.self) { try OPMLReader.read(path: path + ".missing") }
        #expect(missing?.isUnreadable == true)
    }

    @Test func writerPutsAttributesInAFixedOrderAndNoDate() throws {
        let document = OPMLDocument(
            title: "Sources & friends",
            outlines: [
                OPMLOutline(
                    text: "Лента", title: "Лента", type: "rss", xmlURL: "https://a.example/rss?x=1&y=2",
                    htmlURL: "https://a.example/"),
                OPMLOutline(text: "Folder", children: [OPMLOutline(text: "B", xmlURL: "https://b.example/")]),
            ])
        let text = String(decoding: try document.xmlBytes(), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == #"<?xml version="1.0" encoding="UTF-8"?>"#)
        #expect(lines[1] == #"<opml version="2.0">"#)
        #expect(lines.contains(#"    <title>Sources &amp; friends</title>"#))
        #expect(
            lines.contains(
                #"    <outline text="Лента" title="Лента" type="rss" xmlUrl="https://a.example/rss?x=1&amp;y=2" htmlUrl="https://a.example/"/>"#
            ))
        #expect(lines.contains(#"      <outline text="B" xmlUrl="https://b.example/"/>"#))
        #expect(!text.contains("dateCreated"))
    }
}

@Suite("Hostile OPML is refused quickly")
struct OPMLHostileTests {
    /// Ten levels of ten references: 10^10 "lol"s from under a kilobyte.
    @Test func billionLaughsIsRefusedWithinASecond() throws {
        let entities =
            #"<!ENTITY l0 "lol">"#
            + (1...10).map { level in
                "<!ENTITY l\(level) \"\(String(repeating: "&l\(level - 1);", count: 10))\">"
            }.joined()
        let xml =
            "<!DOCTYPE opml [\(entities)]>\n<opml version=\"2.0\"><body><outline text=\"&l10;\" xmlUrl=\"https://a/\"/></body></opml>"
        try expectRefusedQuickly(Array(xml.utf8), containing: "entity")
    }

    @Test func tenMegabyteAttributeIsRefusedWithinASecond() throws {
        let xml =
            "<opml version=\"2.0\"><body><outline text=\"a\" xmlUrl=\"https://a.example/"
            + String(repeating: "a", count: 10 << 20) + "\"/></body></opml>"
        try expectRefusedQuickly(Array(xml.utf8), containing: "longer than")
    }

    @Test func attributeUnderLibxml2sLimitButOverOursIsRefused() throws {
        let xml =
            "<opml version=\"2.0\"><body>\n<outline text=\""
            + String(repeating: "b", count: OPMLReader.maxAttributeLength + 1) + "\"/></body></opml>"
        let error = #expect(throws: OPMLReadError.self) {
            try OPMLReader.read(bytes: Array(xml.utf8), name: "x")
        }
        #expect(
            error?.description.hasPrefix("x:2:1: attribute text of <outline> is 65537 characters long")
                == true)
    }

    @Test func fileLargerThanTheLimitIsRefusedBeforeParsing() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: OPMLReader.maxBytes + 1)
        let error = #expect(throws: OPMLReadError.self) { try OPMLReader.read(bytes: bytes, name: "x") }
        #expect(error?.line == nil)
        #expect(error?.isUnreadable == false)
    }

    private func expectRefusedQuickly(_ bytes: [UInt8], containing text: String) throws {
        let start = ContinuousClock.now
        let error = #expect(throws: OPMLReadError.self) {
            try OPMLReader.read(bytes: bytes, name: "hostile.opml")
        }
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(
            error?.description.hasPrefix("hostile.opml:1:") == true
                || error?.description.hasPrefix("hostile.opml:2:") == true)
        #expect(error?.description.contains(text) == true)
    }
}
