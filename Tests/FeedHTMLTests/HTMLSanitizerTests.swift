import FeedHTML
import Testing

@Suite("HTMLSanitizer")
struct HTMLSanitizerTests {
    let sanitizer = HTMLSanitizer()

    @Test(arguments: [
        ("", ""),
        ("plain text", "plain text"),
        ("Кириллица и «кавычки» — тире", "Кириллица и «кавычки» — тире"),
        ("5 > 3", "5 &gt; 3"),
        ("a\u{A0}b", "a&nbsp;b"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("bell\u{7}\u{FFFE}", "bell"),
        ("\u{96} \u{81}", "– "),
    ])
    func textWithoutMarkupTakesTheFastPath(input: String, expected: String) {
        let result = sanitizer.sanitize(input, baseURL: "https://example.com/")
        #expect(result.html == expected)
        #expect(result.removals.isEmpty)
    }

    /// The fast path must give what the parser gives for the same text.
    @Test(arguments: [
        "plain", " leading and trailing ", "5 > 3 >> 2", "tab\tnew\nline", "cr\r\nlf\rcr\r",
        "\r", "\n\n", "controls \u{1}\u{8}\u{B}\u{C}\u{1F} gone", "nbsp\u{A0}\u{A0}",
        "c1 \u{80}\u{85}\u{8D}\u{9F}",
        "nonchar \u{FFFE}\u{FFFF}\u{FFFD}\u{EFFFF}", "bmp \u{F000}\u{FEFF}", "😀 emoji", "«ёлка»",
        "quote \" '",
    ])
    func fastPathMatchesParser(text: String) {
        let direct = sanitizer.sanitize(text, baseURL: nil).html
        let parsed = sanitizer.sanitize("<b>" + text + "</b>", baseURL: nil).html
        #expect(parsed == "<b>" + direct + "</b>")
    }

    @Test func nulBytesAreHandled() {
        let result = sanitizer.sanitize("a\u{0}b<b>c\u{0}d</b><scr\u{0}ipt>x</scr\u{0}ipt>", baseURL: nil)
        #expect(!result.html.utf8.contains(0))
        #expect(result.html.hasPrefix("a b<b>c d</b>"))
    }

    @Test func removalsAreCountedByKind() {
        let html = """
            <p onclick="x" style="y">a<script>1</script><script>2</script><font>f</font>\
            <a href="javascript:x">j</a><!-- c --><?pi x?></p>
            """
        let result = sanitizer.sanitize(html, baseURL: nil)
        #expect(result.html == "<p>afj</p>")
        #expect(
            result.removals == [
                HTMLRemoval(kind: .attribute, element: "p", attribute: "onclick"),
                HTMLRemoval(kind: .attribute, element: "p", attribute: "style"),
                HTMLRemoval(kind: .element, element: "script", count: 2),
                HTMLRemoval(kind: .tag, element: "font"),
                HTMLRemoval(kind: .url, element: "a", attribute: "href"),
                HTMLRemoval(kind: .tag, element: "a"),
                HTMLRemoval(kind: .comment, element: ""),
                HTMLRemoval(kind: .processingInstruction, element: ""),
            ])
        #expect(
            result.removed == [
                "onclick on <p>", "style on <p>", "<script> element ×2", "<font> tags", "href URL on <a>",
                "<a> tags", "comment", "processing instruction",
            ])
        #expect(result.removedCount == 9)
    }

    @Test func addedAttributesReplaceInputOnes() {
        var allowlist = HTMLAllowlist.default
        allowlist.elements["a", default: []].insert("rel")
        allowlist.addedAttributes = ["a": ["rel": "noopener noreferrer", "referrerpolicy": "no-referrer"]]
        let custom = HTMLSanitizer(allowlist: allowlist)
        let result = custom.sanitize(#"<a rel="nofollow" href="/x">x</a> <a name="n">n</a>"#, baseURL: nil)
        #expect(
            result.html == #"<a href="/x" referrerpolicy="no-referrer" rel="noopener noreferrer">x</a> n"#)
    }

    @Test func aCustomAllowlistCannotReopenHoles() {
        var allowlist = HTMLAllowlist.default
        allowlist.elements["script"] = ["src"]
        allowlist.elements["style"] = []
        allowlist.elements["iframe"] = ["src", "srcdoc"]
        allowlist.elements["p"] = ["onclick", "style", "formaction", "background"]
        allowlist.globalAttributes.insert("onmouseover")
        allowlist.urlSchemes["href"] = ["http", "javascript", "data", "vbscript"]
        allowlist.addedAttributes = ["p": ["onclick": "alert(1)"]]
        let custom = HTMLSanitizer(allowlist: allowlist)
        let html = """
            <script src="x.js">1</script><style>p{}</style><iframe src="/f" srcdoc="x">i</iframe>\
            <p onclick="a" style="b" formaction="c" background="javascript:d" onmouseover="e">t</p>\
            <a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><a href="vbscript:x">v</a>
            """
        #expect(custom.sanitize(html, baseURL: nil).html == "<p>t</p>jdv")
    }

    @Test func unknownURLAttributesAcceptRelativeReferencesOnly() {
        var allowlist = HTMLAllowlist.default
        allowlist.elements["div"] = ["background"]
        let custom = HTMLSanitizer(allowlist: allowlist)
        let html = #"<div background="javascript:x">a</div><div background="bg.png">b</div>"#
        #expect(custom.sanitize(html, baseURL: nil).html == #"<div>a</div><div background="bg.png">b</div>"#)
        #expect(custom.sanitize(html, baseURL: "https://example.com/").html == "<div>a</div><div>b</div>")
    }

    @Test func longNamesAreLookedUp() {
        var allowlist = HTMLAllowlist.default
        allowlist.elements["feedwright-long-element-name"] = ["data-a-very-long-attribute-name"]
        let custom = HTMLSanitizer(allowlist: allowlist)
        let html =
            #"<feedwright-long-element-name data-a-very-long-attribute-name="1" data-a-very-long-attribute-nam="2">x</feedwright-long-element-name><feedwright-long-element-nam>y</feedwright-long-element-nam>"#
        #expect(
            custom.sanitize(html, baseURL: nil).html
                == #"<feedwright-long-element-name data-a-very-long-attribute-name="1">x</feedwright-long-element-name>y"#
        )
    }

    @Test func theFragmentCannotEndItsWrapper() {
        let result = sanitizer.sanitize("<p>a</p></feedwright-fragment>b<feedwright-fragment>c", baseURL: nil)
        // Closing the wrapper early leaves text outside any element, where libxml2 implies a
        // paragraph; the output is still well-formed and stable.
        #expect(result.html == "<p>a</p><p>bc</p>")
        #expect(sanitizer.sanitize(result.html, baseURL: nil).html == result.html)
    }

    @Test func largeFragments() {
        let paragraph = "<p>Абзац <b>текста</b> &amp; <a href=\"/x\" onclick=\"y\">ссылка</a></p>\n"
        let html = String(repeating: paragraph, count: 20_000)
        let result = sanitizer.sanitize(html, baseURL: "https://example.com/")
        let expected = "<p>Абзац <b>текста</b> &amp; <a href=\"https://example.com/x\">ссылка</a></p>\n"
        #expect(result.html == String(repeating: expected, count: 20_000))
        #expect(
            result.removals == [
                HTMLRemoval(kind: .attribute, element: "a", attribute: "onclick", count: 20_000)
            ])
    }

    @Test func concurrentUseGivesTheSameResults() async {
        let inputs = (0..<64).map { "<p onclick=x>\($0) <img src=\"i\($0).png\"><script>\($0)</script></p>" }
        let shared = sanitizer
        let expected = inputs.map { shared.sanitize($0, baseURL: "https://example.com/").html }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (i, input) in inputs.enumerated() {
                group.addTask { (i, shared.sanitize(input, baseURL: "https://example.com/").html) }
            }
            var results = [String](repeating: "", count: inputs.count)
            for await (i, html) in group { results[i] = html }
            return results
        }
        #expect(results == expected)
    }
}
