import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

/// The merge's output pinned byte for byte (issue 19): whatever path the build takes to merge
/// the sources, these sites publish exactly the files recorded from the merge that held every
/// source's entries at once. Each site is built twice: on an empty state, then after some
/// sources dropped items (their archive stands in) and gained others. The goldens, how they
/// are compared and how they are recorded are in ``PublishedSnapshot``.
@Suite("Merge goldens: the published files of a demo and a 2,000-source site")
struct MergeGoldenTests {
    /// The two clocks: the second build an hour after the first, so that items first seen
    /// by it get another date.
    static let clocks: [@Sendable () -> Date] = [
        FixedClock.now, { FixedClock.instant.addingTimeInterval(3600) },
    ]

    @Test("The demo site (seeds/, partners/, config.json), then an agency item gone and one new")
    func demoSite() async throws {
        let root = try Self.temporaryDirectory("demo")
        let repository = Fixtures.sourceDirectory().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for name in ["seeds", "partners", "config.json"] {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        try await Self.buildTwice(
            root: root, name: "demo", changing: { try DemoEdition.rewriteAgency(in: root) })
    }

    /// One case: a build of it takes 15-25 s in a debug build on a shared 2-core machine. A
    /// larger `maxItems`, or `archive` on (whose first build writes every item beyond
    /// `maxItems` into archive pages: 2,500 files), is one more argument and a recording.
    @Test(
        "2,000 generated sources, feed.maxItems 50", arguments: [GeneratedCase(maxItems: 50, archive: false)])
    func generatedSite(_ setting: GeneratedCase) async throws {
        let root = try Self.temporaryDirectory(setting.name)
        let site = try GeneratedSite(root: root, maxItems: setting.maxItems, archive: setting.archive)
        try await Self.buildTwice(root: root, name: setting.name, changing: site.writeEdition1)
    }

    /// Builds the site at `root`, compares, calls `changing`, builds and compares again. The
    /// site is removed when everything matched, and kept (its path in the failure) to be
    /// compared by hand when something did not.
    static func buildTwice(root: URL, name: String, changing: () throws -> Void) async throws {
        let config = try ConfigLoader.load(from: root.appendingPathComponent("config.json"))
        let snapshot = PublishedSnapshot(site: root, output: config.output.directory)
        var differences: [String] = []
        for (build, clock) in clocks.enumerated() {
            if build > 0 { try changing() }
            let report = try await Publisher(config: config, now: clock).run()
            let golden = PublishedSnapshot.goldens.appendingPathComponent("\(name)/build-\(build + 1)")
            differences += try snapshot.check(report: report, against: golden)
        }
        if differences.isEmpty {
            try? FileManager.default.removeItem(at: root)
        } else {
            Issue.record(
                Comment(
                    rawValue: "the published files differ from the goldens (site kept in \(root.path)):\n"
                        + differences.joined(separator: "\n")))
        }
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("feedwright-merge-golden-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }
}

/// One configuration of the generated site.
struct GeneratedCase: Sendable, CustomTestStringConvertible {
    let maxItems: Int
    let archive: Bool

    var name: String { "sources2000-max\(maxItems)" + (archive ? "-archive" : "") }
    var testDescription: String { name }
}

/// The demo's second edition: the agency drops a story the merge kept (news/1206, so the
/// archived copy stands in) and publishes a new one with a rubric and HTML to clean.
enum DemoEdition {
    static let newEntry = """
          <entry>
            <title>Агентство: «Новый мост» открыт для пешеходов</title>
            <link href="https://agency.example.org/2025/05/12/bridge"/>
            <id>tag:agency.example.org,2025:news/1209</id>
            <published>2025-05-12T14:00:00Z</published>
            <updated>2025-05-12T14:00:00Z</updated>
            <category term="Общество"/>
            <summary type="html">&lt;p onclick="x()"&gt;Мост открыт.&lt;/p&gt;&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;</summary>
          </entry>

        """

    static func rewriteAgency(in root: URL) throws {
        let file = root.appendingPathComponent("partners/agency-atom-utc.xml")
        var text = try String(contentsOf: file, encoding: .utf8)
        guard let id = text.range(of: "news/1206</id>"),
            let start = text.range(
                of: "  <entry>", options: .backwards, range: text.startIndex..<id.lowerBound),
            let end = text.range(of: "</entry>\n", range: id.upperBound..<text.endIndex)
        else { throw FixtureError("\(file.path): no <entry> with the id news/1206 to remove") }
        text.removeSubrange(start.lowerBound..<end.upperBound)
        guard let close = text.range(of: "</feed>") else { throw FixtureError("\(file.path): no </feed>") }
        text.insert(contentsOf: newEntry, at: close.lowerBound)
        try Data(text.utf8).write(to: file)
    }
}
