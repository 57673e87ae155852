import FeedHTML
import Testing

/// Generated structures where unwrapping an element changes how the output parses, checked
/// for the fixed-point property: every pair of kept elements, nested directly and with an
/// unwrapped element between them.
@Suite("HTMLSanitizer fixed point")
struct HTMLSanitizerFixedPointTests {
    static let sanitizer = HTMLSanitizer()

    static let keptElements: [String] = HTMLAllowlist.default.elements.keys.sorted()

    static func openTag(_ name: String) -> String {
        switch name {
        case "a": return #"<a href="/h">"#
        case "img", "source": return #"<\#(name) src="/s.png">"#
        default: return "<\(name)>"
        }
    }

    @Test("fixed point for nested pairs", arguments: keptElements)
    func nestedPairs(outer: String) {
        for inner in Self.keptElements {
            for middle in ["", "<font>", "<font><blink>"] {
                let close = middle.isEmpty ? "" : (middle == "<font>" ? "</font>" : "</blink></font>")
                let html =
                    "\(Self.openTag(outer))x\(middle)\(Self.openTag(inner))t</\(inner)>u\(close)v</\(outer)>w"
                let once = Self.sanitizer.sanitize(html, baseURL: nil).html
                let twice = Self.sanitizer.sanitize(once, baseURL: nil).html
                #expect(twice == once, "\(html)")
            }
        }
    }

    @Test("fixed point for an element repeated inside an unwrapped one", arguments: keptElements)
    func sameElement(name: String) {
        let html = "\(Self.openTag(name))a<font>\(Self.openTag(name))b</font>c"
        let once = Self.sanitizer.sanitize(html, baseURL: nil).html
        #expect(Self.sanitizer.sanitize(once, baseURL: nil).html == once, "\(html)")
    }
}
