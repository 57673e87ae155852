import FeedHTML
import Testing

@Suite("HTMLSanitizer.plainText")
struct HTMLPlainTextTests {
    @Test(arguments: [
        ("", ""),
        ("Plain title", "Plain title"),
        ("  Spaced \t\n title  ", "Spaced title"),
        ("AT&T &amp; Co", "AT&T & Co"),
        ("Title with <b>bold</b> and <i>italic</i>", "Title with bold and italic"),
        ("&laquo;Ёлки&raquo; &mdash; 5&nbsp;%", "«Ёлки» — 5\u{A0}%"),
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("line<br>break<br/><br>again", "line\nbreak\nagain"),
        ("<ul><li>a</li><li>b</li></ul>after", "a\nb\nafter"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>", "a b\nc"),
        ("x<script>alert(1)</script>y<style>p{}</style>z", "xyz"),
        ("a<!-- comment -->b", "ab"),
        ("<h1>Head</h1>\n\n<p>Body\n text</p>\n", "Head\nBody text"),
        ("&lt;p&gt; stays", "<p> stays"),
        ("x<svg><text>no</text></svg>y<iframe>no</iframe>z", "xyz"),
        ("&#150; dash", "– dash"),
        ("cr\r\nlf", "cr lf"),
        ("a < b", "a < b"),
        ("a<bgsound src=x>b<keygen>c<input>d", "abcd"),
        ("<noscript><img src=x></noscript>text", "text"),
    ])
    func plainText(html: String, expected: String) {
        #expect(HTMLSanitizer.plainText(html) == expected)
    }
}
