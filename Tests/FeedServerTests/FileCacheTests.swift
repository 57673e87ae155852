import Foundation
import Hummingbird
import Testing

@testable import FeedServer

@Suite("The file cache: revalidated by one stat per request")
struct FileCacheTests {
    @Test("A file renamed over (as builds do) or rewritten in place is read again; an unchanged one is not")
    func revalidation() throws {
        let site = try TemporarySite()
        let file = try site.write("first version", at: "rss.xml")
        let cache = FileCache()
        let first = try #require(cache.file(at: file.path, mediaType: "application/rss+xml"))
        #expect(text(first.identity) == "first version")

        // Same bytes, same inode, same mtime: the cached entry, not a new read.
        let again = try #require(cache.file(at: file.path, mediaType: "application/rss+xml"))
        #expect(again.version == first.version)

        let staged = try site.write("second version", at: ".rss.xml.1.tmp")
        #expect(rename(staged.path, file.path) == 0)
        let renamed = try #require(cache.file(at: file.path, mediaType: "application/rss+xml"))
        #expect(text(renamed.identity) == "second version")
        #expect(renamed.identityETag != first.identityETag)

        try Data("third version!".utf8).write(to: file, options: [])
        let rewritten = try #require(cache.file(at: file.path, mediaType: "application/rss+xml"))
        #expect(text(rewritten.identity) == "third version!")

        try FileManager.default.removeItem(at: file)
        #expect(cache.file(at: file.path, mediaType: "application/rss+xml") == nil)
    }

    @Test("Text gets a gzip form when it is smaller; images never")
    func gzipForms() throws {
        let site = try TemporarySite()
        let page = try site.write(String(repeating: "<p>same words</p>\n", count: 200), at: "index.html")
        let image = try site.write(String(repeating: "pixels", count: 200), at: "logo.png")
        let tiny = try site.write("x", at: "tiny.txt")
        let cache = FileCache()
        #expect(cache.file(at: page.path, mediaType: "text/html; charset=utf-8")?.gzip != nil)
        #expect(cache.file(at: image.path, mediaType: "image/png")?.gzip == nil)
        #expect(cache.file(at: tiny.path, mediaType: "text/plain; charset=utf-8")?.gzip == nil)
    }
}

/// The bytes of `buffer` as UTF-8 text.
func text(_ buffer: ByteBuffer) -> String {
    String(decoding: buffer.readableBytesView, as: UTF8.self)
}
