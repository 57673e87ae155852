import CLibXML2
import Testing

@testable import FeedXML

/// The entities answered without libxml2 must mean what libxml2's table says they mean.
@Suite("HTML entities")
struct HTMLEntitiesTests {
    @Test(arguments: [
        "amp", "lt", "gt", "quot", "nbsp", "copy", "laquo", "raquo", "ndash", "mdash", "lsquo", "rsquo",
        "ldquo", "rdquo", "hellip",
    ])
    func commonEntityMatchesLibxml2(name: String) throws {
        let entity = try #require(htmlEntityLookup(name))
        #expect(HTMLEntities.common(name) == entity.pointee.value)
        #expect(HTMLEntities.codePoint(named: name) == entity.pointee.value)
    }

    @Test func otherNamesGoToLibxml2() {
        #expect(HTMLEntities.codePoint(named: "eacute") == 233)
        #expect(HTMLEntities.codePoint(named: "apos") == htmlEntityLookup("apos")?.pointee.value)
        #expect(HTMLEntities.codePoint(named: "nosuchentity") == nil)
        #expect(HTMLEntities.codePoint(named: "AMP") == nil)
    }
}
