import Testing

@testable import FeedValidator

/// The one-pass byte scan of an HTML field must find what the validator reports, on the
/// inputs where byte-level reading is easy to get wrong, and must never call markup safe
/// that the sanitiser would report.
@Suite("HTML field scan")
struct HTMLFieldScanTests {
    @Test(
        "the first relative href or src",
        arguments: [
            ("<a HREF=\"page.html\">x</a>", "page.html"),
            ("<img Src='pic.png'>", "pic.png"),
            ("<img src=pic.png alt=x>", "pic.png"),
            ("<a href = \"spaced.html\">x</a>", "spaced.html"),
            ("<a href=\"https://example.org/\">x</a><img src=\"pic.png\">", "pic.png"),
            ("<img src=\"a.png\"><a href=\"b.html\">x</a>", "b.html"),
            ("<img src='a.png'><img src=\"b.png\">", "b.png"),
            ("<p>Привет, <a href=\"страница.html\">мир</a>…</p>", "страница.html"),
            ("<a href=\"cut.html", "cut.html"),
            ("<a href=\"?page=2\">next</a>", "?page=2"),
            ("<a href=\"1st:thing\">x</a>", "1st:thing"),
        ])
    func relativeReference(html: String, expected: String) {
        #expect(HTMLFieldScan(html).relativeReference == expected)
    }

    @Test(
        "no relative reference",
        arguments: [
            "plain text", "<a href=\"#top\">up</a>", "<img src=\"//cdn.example.org/x.png\">",
            "<a href=\"mailto:desk@example.org\">mail</a>", "<a href=\"\">empty</a>", "<a href=>x</a>",
            "<img data-src=\"lazy.png\" src=\"https://example.org/x.png\">",
            "<p>write href=\"x\" in a tag</p>",
            "<a title='href=\"x\"' href=\"https://example.org/\">x</a>", "&lt;a href=x&gt;",
        ])
    func noRelativeReference(html: String) {
        #expect(HTMLFieldScan(html).relativeReference == nil)
    }

    @Test(
        "the first C1 control reference, as written",
        arguments: [
            ("isn&#x92;t", "&#x92;"), ("isn&#X92;t", "&#X92;"), ("a &#150; b", "&#150;"),
            ("ends with &#150", "&#150;"), ("&#0150;", "&#0150;"), ("&#+150;", "&#+150;"),
            ("&#x+92;", "&#x+92;"), ("&#x9f;", "&#x9f;"), ("&#&#150;", "&#150;"), ("&#150 x", "&#150;"),
            ("&#150<b>", "&#150;"), ("Пр&#x85;ивет", "&#x85;"), ("&#160; then &#128;", "&#128;"),
            ("<img alt=\"isn&#x92;t\" src=x>", "&#x92;"),
            // An HTML tokenizer reads code points: a combining mark after the `;` does not
            // make it part of the reference (a search on characters once read `;́` as one).
            ("&#x92;\u{301}x", "&#x92;"), ("<a title=&#147;x&#148;>", "&#147;"),
        ])
    func controlReference(html: String, expected: String) {
        #expect(HTMLFieldScan(html).controlReference == expected)
    }

    @Test(
        "no C1 control reference",
        arguments: [
            "&#160;", "&#x7F;", "&#xA0;", "&#1500;", "&#99999999999999999999;", "&#15a;", "&#", "&#x;",
            "&#-150;", "&amp;#150;", "&#150\n;", "&#x92x;", "&", "text &#",
        ])
    func noControlReference(html: String) {
        #expect(HTMLFieldScan(html).controlReference == nil)
    }

    @Test(
        "the first common tag in plain text",
        arguments: [
            ("x <b>bold</b>", "<b>"), ("</P>", "<p>"), ("line<br/>", "<br>"),
            ("<Strong class=x>", "<strong>"),
            ("<кофе> and <i>", "<i>"), ("ends with <b", "<b>"), ("<blockquote>", "<blockquote>"),
            ("Привет<em>мир</em>", "<em>"), ("<coffee> <h2>", "<h2>"),
        ])
    func firstTag(text: String, expected: String) {
        #expect(HTMLCheck.firstTag(in: text) == expected)
    }

    @Test(
        "no common tag", arguments: ["a < b", "3<5", "<coffee>", "<bx>", "<b-x>", "<>", "<", "<кофе>", "x</"])
    func noTag(text: String) {
        #expect(HTMLCheck.firstTag(in: text) == nil)
    }

    /// Markup the sanitiser reports: the scan must hand each to it.
    static let risky = [
        "<script>alert(1)</script>", "<SCRIPT>x</SCRIPT>", "<img src=x onerror=alert(1)>",
        "<img src=\"https://example.org/x.png\" OnError=\"y()\">", "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" JavaScript:alert(1)\">x</a>", "<a href=\"java&#x73;cript:alert(1)\">x</a>",
        "<a href=\"java\nscript:alert(1)\">x</a>", "<a href='data:text/html,x'>x</a>",
        "<p style=\"width: expression(alert(1))\">x</p>", "<!-- c --><img src=x onerror=y>",
        "<img src=\"https://example.org/a.png\" srcset=\"a.png 1x, javascript:x 2x\">",
        "<img src=\"https://example.org/a.png\" srcset=\"a.png 1x,javascript:x 2x\">",
        "<iframe src=\"https://example.org/\"></iframe>", "<object data=\"x.swf\"></object>",
        "<style><a title=\"</style><img src=x onerror=y>\">",
        "<a href=\"https://example.org/\"onclick=\"x()\">x</a>",
        "<img src=x\tonerror=y>", "<p>Привет</p><embed src=\"x\">",
        "<img src=\"x\" alt=\"a > b\" onerror=\"y\">",
        "<meta http-equiv=\"refresh\">", "<a href=\"vbscript:x\">x</a>",
        "<p style=\"color: red\">ЖJavaScript:Ж</p>", "<p STYLE=\"behavior: url(x.htc)\">x</p>",
    ]

    @Test("markup the sanitiser reports is never passed as safe", arguments: risky)
    func riskyMarkupGoesToTheSanitiser(html: String) {
        #expect(!HTMLCheck.sanitizerRisks(in: html).isEmpty, "the input should be one the sanitiser reports")
        #expect(HTMLFieldScan(html).mayBeRisky)
        #expect(HTMLCheck.risks(in: html).map(\.1) == HTMLCheck.sanitizerRisks(in: html).map(\.1))
    }

    /// Text and benign HTML: the sanitiser need not run, and would report nothing.
    static let benign = [
        "plain text", "1 < 2 and 3 > 2", "<p>Hello <b>world</b></p>",
        "<a href=\"https://example.org/?a=1&amp;b=2\">x</a>", "<a href=\"/relative\">x</a>",
        "<a href=\"mailto:desk@example.org\">x</a>", "<p class=\"on\">turn on the light</p>",
        "<img src=\"https://example.org/x.png\" srcset=\"https://example.org/x.png 1x, https://example.org/y.png 2x\" alt=\"a\">",
        "<P>Привет, <EM>мир</EM> &mdash; &#160;</P>", "<p style=\"color: red\">red</p>", "<br/><hr />",
        "<ul><li>one<li>two</ul>", "<a href=https://example.org/>x</a>",
    ]

    @Test("benign markup does not run the sanitiser", arguments: benign)
    func benignMarkupSkipsTheSanitiser(html: String) {
        #expect(HTMLCheck.sanitizerRisks(in: html).isEmpty)
        #expect(!HTMLFieldScan(html).mayBeRisky)
    }
}
