import Testing

@testable import FeedServer

@Suite("Media types, Accept-Encoding, conditional requests and HTTP dates")
struct HeaderTests {
    @Test(
        "The feeds get their own types by their configured names; other files by extension, text with charset"
    )
    func mediaTypes() {
        let types = MediaTypes(rss: "news.rss", atom: "atom.xml", json: "feed.json")
        #expect(types.type(of: "news.rss") == "application/rss+xml; charset=utf-8")
        #expect(types.type(of: "atom.xml") == "application/atom+xml; charset=utf-8")
        #expect(types.type(of: "feed.json") == "application/feed+json; charset=utf-8")
        #expect(types.type(of: "articles/feed.json") == "application/json; charset=utf-8")
        #expect(types.type(of: "index.html") == "text/html; charset=utf-8")
        #expect(types.type(of: "sitemap.XML") == "application/xml; charset=utf-8")
        #expect(types.type(of: "site.css") == "text/css; charset=utf-8")
        #expect(types.type(of: "robots.txt") == "text/plain; charset=utf-8")
        #expect(types.type(of: "logo.png") == "image/png")
        #expect(types.type(of: "archive.bin") == "application/octet-stream")
        #expect(types.type(of: "README") == "application/octet-stream")
        #expect(MediaTypes.isCompressible("text/html; charset=utf-8"))
        #expect(!MediaTypes.isCompressible("image/png"))
        #expect(!MediaTypes.isCompressible("application/octet-stream"))
    }

    @Test(
        "gzip is allowed unless refused or not asked for",
        arguments: [
            ("gzip", true), ("deflate, gzip;q=0.5", true), ("GZIP", true), ("x-gzip", true), ("*", true),
            ("br;q=1, *;q=0.1", true), ("gzip;q=0", false), ("gzip; q=0.000", false), ("*;q=0", false),
            ("gzip;q=0, *", false), ("identity", false), ("deflate, br", false), ("", false),
        ])
    func acceptEncoding(header: String, allowed: Bool) {
        #expect(AcceptEncoding.allowsGzip(Substring(header)) == allowed)
    }

    @Test("No Accept-Encoding header means identity")
    func noAcceptEncoding() {
        #expect(!AcceptEncoding.allowsGzip(nil))
    }

    @Test("If-None-Match decides alone when present; If-Modified-Since otherwise")
    func conditionalRequests() {
        let etag = #""5-abc""#
        let modified = HTTPDate.parse("Sat, 05 Dec 2026 10:00:00 GMT") ?? 0
        func notModified(_ none: String?, _ since: String?) -> Bool {
            ConditionalRequest.isNotModified(
                ifNoneMatch: none.map { Substring($0) }, ifModifiedSince: since.map { Substring($0) },
                etag: etag,
                lastModified: modified)
        }
        #expect(notModified(etag, nil))
        #expect(notModified(#""x", W/"5-abc""#, nil))
        #expect(notModified("*", nil))
        #expect(!notModified(#""5-abd""#, nil))
        #expect(!notModified(#""5-abd""#, "Sat, 05 Dec 2026 11:00:00 GMT"))
        #expect(notModified(#""5-abc""#, "Sat, 05 Dec 2026 09:00:00 GMT"))
        #expect(notModified(nil, "Sat, 05 Dec 2026 10:00:00 GMT"))
        #expect(!notModified(nil, "Sat, 05 Dec 2026 09:59:59 GMT"))
        #expect(!notModified(nil, "yesterday"))
        #expect(!notModified(nil, nil))
    }

    @Test("HTTP dates round-trip through the IMF-fixdate form")
    func httpDates() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 25:49:37 GMT") == nil)
    }
}
