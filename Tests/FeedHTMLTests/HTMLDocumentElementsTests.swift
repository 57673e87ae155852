import FeedHTML
import Foundation
import Testing

/// The bound on what is read of a page; what is read is covered by the discovery fixtures.
@Suite("HTML document elements")
struct HTMLDocumentElementsTests {
    /// A page whose second link starts `offset` bytes in, after padding in a comment.
    private static func page(secondLinkAt offset: Int) -> Data {
        let first = #"<html><head><link rel="alternate" href="/first.xml"><!--"#
        let padding = String(repeating: "x", count: offset - first.utf8.count - 3)
        return Data((first + padding + #"--><link rel="alternate" href="/second.xml"></head></html>"#).utf8)
    }

    @Test("elements past maxBytes are not read")
    func bounded() {
        let document = Self.page(secondLinkAt: 1000)
        let within = HTMLDocumentElements.elements(named: ["link"], in: document, maxBytes: 2000)
        let cut = HTMLDocumentElements.elements(named: ["link"], in: document, maxBytes: 999)
        #expect(within.compactMap { $0.attributes["href"] } == ["/first.xml", "/second.xml"])
        #expect(cut.compactMap { $0.attributes["href"] } == ["/first.xml"])
    }

    @Test("only the names asked for are returned, lowercased, with valueless attributes empty")
    func names() {
        let document = Data(#"<HTML><HEAD><BASE HREF="/b/"><LINK REL=alternate DISABLED></HEAD></HTML>"#.utf8)
        #expect(
            HTMLDocumentElements.elements(named: ["link"], in: document) == [
                HTMLElement(name: "link", attributes: ["rel": "alternate", "disabled": ""])
            ])
    }

    @Test("an empty document has no elements")
    func empty() {
        #expect(HTMLDocumentElements.elements(named: ["link"], in: Data()).isEmpty)
    }
}
