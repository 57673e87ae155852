import Testing

@testable import FeedParser

@Suite("MarkupRepair balances end tags before libxml2 sees them")
struct MarkupRepairTests {
    private func repaired(_ text: String) -> String? {
        MarkupRepair.repair(Array(text.utf8)).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    @Test(arguments: [
        "<rss><channel><item><title>a</title></item></channel></rss>",
        "<a x=\"1 > 0\" y='/'><b/><c z=\"/>\" /></a>",
        "<a><![CDATA[</b>]]><!-- </c> --><?pi </d>?></a>",
        "<!DOCTYPE a [<!ELEMENT a ANY>]><a>]] > ]</a>",
        "<p:a xmlns:p=\"u\"><p:b >x</p:b ></p:a\n>",
    ])
    func wellFormedDocumentsAreLeftAlone(document: String) {
        #expect(repaired(document) == nil)
    }

    @Test func strayEndTagsAreDropped() throws {
        let result = try #require(
            MarkupRepair.repair(Array("<rss><channel></p></div ><item/></channel></rss>".utf8)))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "<rss><channel><item/></channel></rss>")
        #expect(result.strayEndTags == 2)
        #expect(result.insertedEndTags == 0)
    }

    @Test func unquotedAttributeValuesAreQuotedAsHTMLReadsThem() throws {
        let result = try #require(
            MarkupRepair.repair(
                Array(
                    "<item><guid isPermaLink=false>g</guid><e url=http://x.example/?a=1&b=2 n=it's/></item>"
                        .utf8)))
        #expect(
            String(decoding: result.bytes, as: UTF8.self)
                == "<item><guid isPermaLink=\"false\">g</guid><e url=\"http://x.example/?a=1&amp;b=2\" n=\"it's\"/></item>"
        )
        #expect(result.unquotedValues == 3)
        #expect(result.ampersands == 1)
    }

    @Test func anEndTagAfterTheRootClosesIsStray() {
        #expect(repaired("<rss></channel></rss></rss>") == "<rss></rss>")
    }

    @Test func elementsLeftOpenAreClosedByTheirParentsEndTag() throws {
        let result = try #require(MarkupRepair.repair(Array("<d><p>a <b>b<i>c</p></d>".utf8)))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "<d><p>a <b>b<i>c</i></b></p></d>")
        #expect(result.insertedEndTags == 2)
    }

    @Test(arguments: ["titel", "TITLE", "description"])
    func aWrongEndTagAfterTheTextOfALeafStillClosesIt(name: String) {
        // Left to libxml2, which closes the current element on it; nothing to repair.
        #expect(repaired("<i><title>x</\(name)>\n<link>y</link></i>") == nil)
    }

    @Test func aStrayEndTagInsideTheTextOfALeafIsDropped() {
        #expect(repaired("<i><d>a</p> b</d></i>") == "<i><d>a b</d></i>")
        #expect(repaired("<i><d>a</p><p>b</p> c</a></d></i>") == "<i><d>a<p>b</p> c</d></i>")
    }

    @Test func aWrongEndTagBeforeASiblingOfTheSameNameClosesTheLeaf() {
        #expect(repaired("<c><t>a</x><i><t>b</t></i></c>") == nil)
    }

    @Test func aStrayEndTagRightAfterAStartTagIsDropped() {
        #expect(repaired("<c>\n  </div><title>x</title></c>") == "<c>\n  <title>x</title></c>")
    }

    @Test func aStrayEndTagAfterChildElementsIsDropped() {
        #expect(repaired("<i><t>x</t>y</a></i>") == "<i><t>x</t>y</i>")
    }

    @Test func quotedAttributeValuesMayHoldAngleBracketsAndSlashes() {
        #expect(repaired("<a href=\"/x>y\" t='a/>'>z</b></a>") == "<a href=\"/x>y\" t='a/>'>z</a>")
    }

    @Test func selfClosingTagsOpenNothing() {
        #expect(repaired("<a><br/><img src=\"x\" /></img></a>") == "<a><br/><img src=\"x\" /></a>")
    }

    @Test func aStartTagLibxml2RejectsOpensNothing() {
        // An unquoted value with both quote characters cannot be quoted: libxml2 makes an
        // empty element and the text goes on after it.
        #expect(repaired("<a><b x=1\"2'>t</b></a>") == "<a><b x=1\"2'>t</a>")
    }

    @Test func referencesInAttributeValuesAreStillRepaired() {
        #expect(repaired("<a href=\"?x=1&y=2&amp;z=&nbsp;\"/>") == "<a href=\"?x=1&amp;y=2&amp;z=&#160;\"/>")
    }

    @Test func aCDATASectionThatEndsEarlyLeavesTextAndAStrayTerminator() throws {
        let document = "<d><![CDATA[<p>a[b[0]]> c</p>]]></d>"
        let result = try #require(MarkupRepair.repair(Array(document.utf8)))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "<d><![CDATA[<p>a[b[0]]> c]]&gt;</d>")
        #expect(result.cdataEnds == 1)
        #expect(result.strayEndTags == 1)
    }

    @Test func balancingStopsBeyondTheDepthLibxml2Accepts() {
        let deep = String(repeating: "<a>", count: 600) + "</b>" + String(repeating: "</a>", count: 600)
        #expect(repaired(deep) == nil)
    }

    @Test func manyWrongEndTagsInLeavesStayLinear() {
        let leaves = (0..<20000).map { "<a\($0)>x</b>" }.joined()
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = repaired("<c>" + leaves + "</c>") }
        #expect(elapsed < .seconds(5))
    }
}
