import FeedValidator
import Foundation
import Testing

/// The Media RSS value syntaxes at their edges, one attribute or element per document, so a
/// rule that drifts from RFC 2326, the ICRA label form or the digest lengths shows which
/// value it now gets wrong. The cases under `Cases/media/` show each finding in a feed.
@Suite("Media RSS values")
struct MediaValueTests {
    static let nptTimes: [(String, Bool)] = [
        ("now", true), ("0", true), ("12", true), ("12.", true), ("12.5", true), ("0:00:00", true),
        ("1:02:03", true), ("12:05:01.123", true), ("100:0:0", true), ("0:59:59.9", true),
        ("", false), ("Now", false), ("1:30", false), ("0:60:00", false), ("0:00:60", false),
        ("0:001:00", false),
        ("-5", false), (".5", false), ("1.2.3", false), ("3s", false), ("1:02:03:04", false),
        ("1::03", false),
    ]

    static let icraLabels: [(String, Bool)] = [
        ("r (cz 1 lz 1 nz 1 oz 1 vz 1)", true), ("r (nz 0)", true),
        ("r (na 1 sf 1 vj 1 oh 1 cb 1 xe 1)", true),
        ("r (nz 2)", false), ("r (na 0)", false), ("r (nd 1)", false), ("r ()", false), ("r (nz)", false),
        ("(nz 1)", false), ("r (nz 1 )", false), ("r (qz 1)", false),
    ]

    static let hashes: [(algo: String?, digest: String, valid: Bool)] = [
        (nil, "dfdec888b72151965a34b4b59031290a", true), ("md5", "DFDEC888B72151965A34B4B59031290A", true),
        ("sha-1", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12", true),
        ("sha-1", "dfdec888b72151965a34b4b59031290a", false),
        (nil, "zfdec888b72151965a34b4b59031290a", false),
        ("MD5", "dfdec888b72151965a34b4b59031290a", false), (nil, "", false),
    ]

    @Test("Normal Play Time (RFC 2326 npt-time)", arguments: nptTimes)
    func nptTime(_ value: String, _ valid: Bool) {
        let codes = Self.codes(#"<media:thumbnail url="https://example.com/a.jpg" time="\#(value)"/>"#)
        #expect(codes.contains("InvalidNPTTime") != valid, "\(codes)")
    }

    @Test("ICRA labels in media:rating", arguments: icraLabels)
    func icraLabel(_ value: String, _ valid: Bool) {
        let codes = Self.codes(#"<media:rating scheme="urn:icra">\#(value)</media:rating>"#)
        #expect(codes.contains("InvalidMediaRating") != valid, "\(codes)")
    }

    @Test("media:hash algorithms and digests", arguments: hashes)
    func hash(_ algo: String?, _ digest: String, _ valid: Bool) {
        let attribute = algo.map { #" algo="\#($0)""# } ?? ""
        let codes = Self.codes("<media:hash\(attribute)>\(digest)</media:hash>")
        #expect(codes.contains("InvalidMediaHash") != valid, "\(codes)")
    }

    /// The codes reported for an RSS item holding `media`.
    static func codes(_ media: String) -> Set<String> {
        let document = """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
            <title>T</title><link>https://example.com/</link><description>D</description>
            <item><title>I</title><link>https://example.com/i</link>\(media)</item>
            </channel></rss>
            """
        let report = Validator.validate(Array(document.utf8), documentURL: nil, now: Date(), maxItems: 10)
        return Set(report.diagnostics.map(\.code.rawValue))
    }
}
