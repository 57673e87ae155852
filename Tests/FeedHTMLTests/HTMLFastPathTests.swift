import FeedTestSupport
import Foundation
import Testing

@testable import FeedHTML

/// The fast tokenizer must give the sanitiser exactly what libxml2's HTML parser gives
/// it: wherever it accepts a fragment, the output equals the parser path's.
@Suite("HTML fast path agrees with libxml2")
struct HTMLFastPathTests {
    static let sanitizer = HTMLSanitizer()

    /// Every sanitiser fixture input and expected output, and generated simple fragments.
    static let inputs: [(String, String?)] = {
        var inputs = SanitizerFixture.all.map { ($0.input, $0.baseURL) }
        for fixture in SanitizerFixture.all {
            let expected = fixture.name + ".expected.html"
            let url = SanitizerFixture.directory.appendingPathComponent(expected)
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                inputs.append((text, fixture.baseURL))
            }
        }
        var generator = FragmentGenerator(seed: 20_250_512)
        for _ in 0..<3000 { inputs.append((generator.fragment(), "https://base.example.com/dir/page")) }
        return inputs
    }()

    @Test func wheneverTheFastPathAcceptsItMatchesTheParser() {
        var accepted = 0
        for (input, base) in Self.inputs {
            var text = input
            let takesFastPath = text.withContiguousUTF8 { HTMLFastPath.run($0, into: HTMLEventSink()) }
            guard takesFastPath else { continue }
            accepted += 1
            let fast = Self.sanitizer.sanitizeMarkup(input, baseURL: base, fastPath: true)
            let slow = Self.sanitizer.sanitizeMarkup(input, baseURL: base, fastPath: false)
            #expect(fast.html == slow.html, "input: \(input)\nslow: \(slow.html)")
            #expect(fast.removals == slow.removals, "input: \(input)")
        }
        // The test must exercise the fast path, not just pass by declining everything.
        #expect(accepted > 1500)
    }

    @Test(
        "declines what libxml2 would repair",
        arguments: [
            "<p>open", "<p>a<p>b</p></p>", "<p><ul><li>x</li></ul></p>", "<B>upper</B>", "a &nbsp b",
            "<!-- c -->",
            "<script>x</script>", "<a href=x>unquoted</a>", "<p>a</b></p>", "x\r\ny", "<li>loose</li>",
            "&#150;", "<a href=\"1\" href=\"2\">d</a>", "<br></br>",
        ])
    func declines(_ input: String) {
        var text = input
        #expect(!text.withContiguousUTF8 { HTMLFastPath.run($0, into: HTMLEventSink()) })
    }
}

/// Random fragments from the grammar the fast path accepts, plus a few near misses.
struct FragmentGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func fragment() -> String {
        (0..<(1 + next(3))).map { _ in block(depth: 0) }.joined(separator: next(2) == 0 ? "\n" : "")
    }

    private mutating func block(depth: Int) -> String {
        switch next(depth > 1 ? 3 : 6) {
        case 0: return "<p>\(inline(depth: 0))</p>"
        case 1:
            let level = 1 + next(6)
            return "<h\(level)>\(inline(depth: 0))</h\(level)>"
        case 2: return "<pre>\(text())</pre>"
        case 3: return "<blockquote>\(block(depth: depth + 1))</blockquote>"
        case 4:
            let tag = next(2) == 0 ? "ul" : "ol"
            let items = (0..<(1 + next(3))).map { _ in
                "<li>\(next(3) == 0 ? block(depth: depth + 1) : inline(depth: 0))</li>"
            }
            return "<\(tag)>\(items.joined(separator: next(2) == 0 ? "\n" : ""))</\(tag)>"
        default: return inline(depth: 0)
        }
    }

    private mutating func inline(depth: Int) -> String {
        (0..<(1 + next(4))).map { _ in
            switch next(depth > 2 ? 2 : 8) {
            case 0, 1: return text()
            case 2: return "<a href=\"\(url())\" title=\"t &amp; \(text())\">\(inline(depth: depth + 1))</a>"
            case 3: return "<img src=\"\(url())\" alt=\"\(text())\"\(next(2) == 0 ? " /" : "")>"
            case 4: return "<br>"
            case 5: return "<span class=\"c\" onclick=\"x()\">\(inline(depth: depth + 1))</span>"
            default:
                let tag = ["b", "i", "em", "strong", "code", "q", "sub", "sup", "mark", "small", "u", "s"][
                    next(12)]
                return "<\(tag)>\(inline(depth: depth + 1))</\(tag)>"
            }
        }.joined()
    }

    private mutating func text() -> String {
        [
            "Москва", "a &lt; b", "«ёлки» — да", "AT&amp;T", "&laquo;x&raquo;", "&#8212;", "&#x41;",
            "  spaced  ", "tab\there",
            "&nbsp;", "&copy;2025", "> gt", "quote \"q\" 'a'",
        ][next(13)]
    }

    private mutating func url() -> String {
        [
            "https://example.com/a?b=1&amp;c=2", "/relative/path", "../up", "javascript:alert(1)",
            "mailto:a@b.c",
            "data:image/png;base64,AAAA", "//cdn.example.com/x.png", "#frag", "?q=1",
        ][next(9)]
    }
}
