import FeedValidator
import Foundation
import Testing

/// `AtomIDCheck` is what publishers ask before writing an id; it must say exactly what the
/// validator says about the same id in a document, or the build would publish what the
/// validator then rejects.
@Suite("Atom id check")
struct AtomIDCheckTests {
    static let ids = [
        "https://news.example.com/1", "http://EXAMPLE.com/a", "http://", "https://x.example/%zz",
        "urn:oops", "urn:x:", "urn:isbn:0451450523", "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
        "urn:uuid:not-a-uuid", "tag:wire.example:1", "tag:wire.example,2025:1",
        "tag:news.example.com,2025-05:a/b",
        "mailto:a@b.example", "foo:bar", "http://ex ample/", "https://пример.рф/новость",
        "https://x.example/{a}",
        "12345", "", "urn:feedwright:partner:a%2Fb",
    ]

    @Test("the findings for an id are those the validator reports on atom:id", arguments: ids)
    func agreesWithTheValidator(id: String) {
        let escaped = id.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;")
        let document = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>tag:site.example,2025:feed</id>
            <updated>2025-05-12T10:00:00Z</updated><author><name>A</name></author>
            <link rel="alternate" href="https://site.example/"/>
            <entry><title>E</title><id>\(escaped)</id><updated>2025-05-12T10:00:00Z</updated>
            <link rel="alternate" href="https://site.example/e"/><summary>S</summary></entry></feed>
            """
        let report = Validator.validate(
            Array(document.utf8), now: Date(timeIntervalSince1970: 1_747_051_200))
        let onID = report.diagnostics.filter { $0.element == "id" && $0.parent == "entry" }.map(\.code)
        #expect(onID == AtomIDCheck.findings(id))
        #expect(AtomIDCheck.error(id) == onID.first { $0.severity == .error })
    }
}
