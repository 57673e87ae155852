import FeedTestSupport
import Foundation
import Testing

@testable import FeedwrightKit

/// `sources import` edits only the `sources` array of a config, in the file's own style;
/// the cases are `Fixtures/config-splice/*.json` with the expected result beside each.
@Suite("Importing OPML into a config")
final class SourcesImportTests {
    static let folder = Fixtures.sourceDirectory().appendingPathComponent("Fixtures/config-splice")
    static let opml = folder.appendingPathComponent("import.opml").path
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".after.json") }.sorted()
    }()

    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sources-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func copy(_ name: String) throws -> URL {
        let target = scratch.appendingPathComponent("config.json")
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(name), to: target)
        return target
    }

    @Test(arguments: cases)
    func importGivesTheExpectedFileAndLoads(_ name: String) throws {
        let config = try copy(name)
        let plan = try SourcesCommands.importSources(opmlPath: Self.opml, configFile: config, dryRun: false)
        let expected = Self.folder.appendingPathComponent(
            name.replacingOccurrences(of: ".json", with: ".after.json"))
        #expect(try Data(contentsOf: config) == Data(contentsOf: expected))
        let loaded = try ConfigLoader.load(from: config)
        #expect(loaded.sources.suffix(plan.additions.count).map(\.name) == plan.additions.map(\.name))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["config.json"])
    }

    @Test(arguments: cases)
    func dryRunAndASecondImportChangeNothing(_ name: String) throws {
        let config = try copy(name)
        let before = try Data(contentsOf: config)
        let dry = try SourcesCommands.importSources(opmlPath: Self.opml, configFile: config, dryRun: true)
        #expect(try Data(contentsOf: config) == before)
        #expect(!dry.additions.isEmpty)
        _ = try SourcesCommands.importSources(opmlPath: Self.opml, configFile: config, dryRun: false)
        let once = try Data(contentsOf: config)
        let again = try SourcesCommands.importSources(opmlPath: Self.opml, configFile: config, dryRun: false)
        #expect(again.additions.isEmpty)
        #expect(again.skips.count == 3)
        #expect(try Data(contentsOf: config) == once)
    }

    @Test func malformedOPMLLeavesTheConfigAlone() throws {
        let config = try copy("two-spaces.json")
        let before = try Data(contentsOf: config)
        let broken = scratch.appendingPathComponent("broken.opml")
        try Data("<opml version=\"2.0\"><body><outline text=\"x\"></body></opml>".utf8).write(to: broken)
        let error = #expect(throws: SourcesError.self) {
            try SourcesCommands.importSources(opmlPath: broken.path, configFile: config, dryRun: false)
        }
        #expect(error?.isDataError == true)
        #expect(error?.description.hasPrefix(broken.path + ":1:") == true)
        #expect(try Data(contentsOf: config) == before)
    }

    @Test(
        "URLs compare without case in scheme and host, without a default port or a trailing slash",
        arguments: [
            ("https://a.example/feed", "HTTPS://A.EXAMPLE:443/feed/", true),
            ("http://a.example", "http://a.example:80/", true),
            ("http://a.example/feed", "https://a.example/feed", false),
            ("https://a.example/Feed", "https://a.example/feed", false),
            ("https://a.example/feed?x=1", "https://a.example/feed?x=2", false),
            ("https://a.example:8443/feed", "https://a.example/feed", false),
            ("partners/wire.xml", "./partners/wire.xml", true),
        ])
    func urlKeys(_ first: String, _ second: String, _ same: Bool) {
        let base = URL(fileURLWithPath: "/srv/site")
        #expect((SourceURLKey.key(first, base: base) == SourceURLKey.key(second, base: base)) == same)
    }

    @Test(
        "OPML addresses as config URLs",
        arguments: [
            ("feed://a.example/rss", "http://a.example/rss"),
            ("feed:https://a.example/rss", "https://a.example/rss"),
            (" https://a.example/rss\n", "https://a.example/rss"),
            ("partners/wire.xml", "partners/wire.xml"),
            ("./partners/wire.xml", "./partners/wire.xml"),
            ("/etc/passwd", nil),
            ("file:///etc/passwd", nil),
            ("~/feeds/rss.xml", nil),
            ("partners/../../secret.xml", nil),
            ("C:\\feeds\\rss.xml", nil),
            ("ftp://a.example/rss", nil),
            ("javascript:alert(1)", nil),
            ("https://", nil),
        ] as [(String, String?)])
    func configURLs(_ written: String, _ expected: String?) {
        #expect(SourceURLKey.configURL(fromOPML: written) == expected)
    }

    @Test func namesAreMadeUniqueWithoutRegardToCase() {
        var names = SourceNames(["Wire", "wire (2)"])
        #expect(names.claim("WIRE") == "WIRE (3)")
        #expect(names.claim("Agency") == "Agency")
        #expect(names.claim("agency") == "agency (2)")
    }
}
