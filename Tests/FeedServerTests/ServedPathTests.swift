import Testing

@testable import FeedServer

@Suite("Request paths: decoding and staying inside the output directory")
struct ServedPathTests {
    @Test("A file, a nested file and the root's index.html resolve to their real paths")
    func filesResolve() throws {
        let site = try TemporarySite()
        try site.write("<rss/>", at: "rss.xml")
        try site.write("<p>", at: "articles/one.html")
        try site.write("<html>", at: "index.html")
        #expect(
            ServedPath.resolve("/rss.xml", root: site.root)
                == .file(realPath: site.root + "/rss.xml", relative: "rss.xml"))
        #expect(
            ServedPath.resolve("/articles/one.html?x=1", root: site.root)
                == .file(realPath: site.root + "/articles/one.html", relative: "articles/one.html"))
        #expect(
            ServedPath.resolve("/", root: site.root)
                == .file(realPath: site.root + "/index.html", relative: "index.html"))
        #expect(
            ServedPath.resolve("/%72ss.xml", root: site.root)
                == .file(realPath: site.root + "/rss.xml", relative: "rss.xml"))
    }

    @Test(
        "Escapes and hidden files are not found",
        arguments: [
            "/../config.json", "/%2e%2e/config.json", "/%2E%2E/config.json", "/..%2fconfig.json",
            "/..%2Fconfig.json",
            "/..%5cconfig.json", "/articles/../../config.json", "/./rss.xml", "/rss.xml%00",
            "/.rss.xml.12.tmp",
            "/missing.xml",
        ])
    func escapesAreNotFound(target: String) throws {
        let site = try TemporarySite()
        try site.write("<rss/>", at: "rss.xml")
        try site.write("<rss/>", at: ".rss.xml.12.tmp")
        try site.write("<p>", at: "articles/one.html")
        #expect(ServedPath.resolve(target, root: site.root) == .notFound)
    }

    @Test(
        "Targets that are not origin-form or do not decode are bad requests",
        arguments: ["*", "rss.xml", "/%zz", "/%e9"])
    func malformedTargets(target: String) throws {
        let site = try TemporarySite()
        #expect(ServedPath.resolve(target, root: site.root) == .badRequest)
    }

    @Test("A symlink out of the directory is not followed; one inside it is")
    func symlinks() throws {
        let site = try TemporarySite()
        try site.write("<rss/>", at: "rss.xml")
        try site.link("outside.json", to: site.base.appendingPathComponent("config.json").path)
        try site.link("escape", to: site.base.path)
        try site.link("latest.xml", to: "rss.xml")
        #expect(ServedPath.resolve("/outside.json", root: site.root) == .notFound)
        #expect(ServedPath.resolve("/escape/config.json", root: site.root) == .notFound)
        #expect(
            ServedPath.resolve("/latest.xml", root: site.root)
                == .file(realPath: site.root + "/rss.xml", relative: "latest.xml"))
    }

    @Test("A directory serves its index.html, redirects without its slash, and is never listed")
    func directories() throws {
        let site = try TemporarySite()
        try site.write("<p>", at: "articles/index.html")
        try site.write("<p>", at: "empty/file.txt")
        #expect(
            ServedPath.resolve("/articles/", root: site.root)
                == .file(realPath: site.root + "/articles/index.html", relative: "articles/index.html"))
        #expect(ServedPath.resolve("/articles", root: site.root) == .redirect("/articles/"))
        #expect(ServedPath.resolve("/empty/", root: site.root) == .notFound)
        #expect(ServedPath.resolve("/", root: site.root) == .notFound)
    }
}
