import FeedFetch
import FeedHTML
import FeedModel
import FeedState
import FeedTestSupport
import FeedValidator
import Foundation
import Testing

@testable import FeedAggregator

/// The partner-item gate: absurd dates are forgotten, long text is cut at a character
/// boundary, ids Atom cannot carry are replaced, and stories sharing a guid are all kept,
/// under ids that stay the same from one build to the next.
@Suite("Partner-item gate")
struct PartnerItemGateTests {
    static let directory = DedupTables.fixtures.appendingPathComponent("gate")
    static let now = Date(timeIntervalSince1970: 1_747_051_200)  // 2025-05-12T12:00:00Z
    static let namespace = "tag:news.example.com,2025:partner/"

    static var gate: PartnerItemGate {
        PartnerItemGate(limits: ItemLimits(), now: now, namespace: namespace, sourceName: "Wire")
    }

    static func entries(_ fixture: String) throws -> [Entry] {
        let url = directory.appendingPathComponent(fixture)
        let source = PartnerSource(name: "Wire", location: .file(url))
        let document = SourceDocument(body: try Data(contentsOf: url), documentURL: nil)
        return try SourceParsing(source: source).parse(document).get().entries
    }

    // MARK: Cuts

    static let cutRows = DedupTables.rows(in: "gate")

    @Test("cuts end at a character boundary", arguments: cutRows)
    func cut(row: FixtureRow) throws {
        let fields = try row.columns(5)
        let limit = try #require(Int(fields[1]))
        let result: String? =
            switch fields[0] {
            case "title": TextCut.title(fields[2], limit: limit)
            case "plain": TextCut.prefix(fields[2], characters: limit)
            default: TextCut.html(fields[2], limit: limit)
            }
        #expect(result == (fields[3].isEmpty ? nil : fields[3]))
        if let result { #expect(result.count <= limit) }
    }

    @Test("a cut body shows, once sanitised, a beginning of the whole body's text and nothing else")
    func cutHTMLLeavesNoGarbage() {
        let body =
            #"<p>Tom &amp; Jerry — <a href="https://x.example/a?b=1&amp;c=2">ссылка</a> &#1071;&#x42F; "#
            + #"<!-- a > b --> <b title="x > y">жирный 👍🏽</b> &laquo;конец&raquo;</p>"#
        let sanitizer = HTMLSanitizer()
        let whole = HTMLSanitizer.plainText(sanitizer.sanitize(body, baseURL: nil).html)
        for limit in 1..<body.count {
            let cut = TextCut.html(body, limit: limit) ?? body
            let html = sanitizer.sanitize(cut, baseURL: nil).html
            let text = HTMLSanitizer.plainText(html).trimmingCharacters(in: .whitespaces)
            #expect(whole.hasPrefix(text), "limit \(limit): \(html)")
        }
    }

    @Test("text within the limits passes untouched and unreported")
    func withinLimits() throws {
        let entries = try Self.entries("invalid_ids.xml").filter { $0.title == "Sound URL" }
        let screened = Self.gate.screen(entries, archived: [:])
        #expect(screened.entries == entries)
        #expect(screened.notes.count == 0)
    }

    @Test("a 5 MB title is cut to the limit, with an ellipsis, and reported with its size")
    func hugeTitle() {
        let entry = Entry(
            id: "https://wire.example/huge", title: String(repeating: "Ж", count: 5_000_000),
            summary: .html("<p>" + String(repeating: "a&amp;b ", count: 10_000) + "</p>"),
            published: Self.now)
        let screened = Self.gate.screen([entry], archived: [:])
        let title = screened.entries[0].title
        #expect(title.count == 1_000 && title.hasSuffix("…"))
        #expect((screened.entries[0].summary?.value.count ?? 0) <= 20_000)
        #expect(screened.notes.lines.contains { $0.contains("title of 5000000 characters cut to 1000") })
        #expect(screened.notes.lines.contains { $0.contains("summary of 80007 characters cut to 20000") })
    }

    // MARK: Dates

    @Test("dates before 1995 or more than a day ahead are forgotten, with the value named")
    func absurdDates() throws {
        let screened = Self.gate.screen(try Self.entries("absurd_dates.xml"), archived: [:])
        let byTitle = Dictionary(uniqueKeysWithValues: screened.entries.map { ($0.title, $0) })
        #expect(byTitle["From the far future"]?.effectiveDate == nil)
        #expect(byTitle["From year one"]?.effectiveDate == nil)
        #expect(byTitle["Updated in the far future"]?.updated == nil)
        #expect(byTitle["Updated in the far future"]?.published != nil)
        #expect(byTitle["Sound"]?.published != nil)
        let lines = screened.notes.lines
        #expect(lines.count == 3)
        #expect(
            lines.contains { $0.contains("\"From the far future\"") && $0.contains("9999-12-31T23:59:59") })
        #expect(lines.contains { $0.contains("\"From year one\"") && $0.contains("0001-01-01") })
        #expect(lines.contains { $0.contains("update date 9999-12-31") })
    }

    @Test("a date just within the allowance stays")
    func allowance() {
        let soon = Entry(id: "https://wire.example/soon", title: "Soon", published: Self.now + 86_000)
        #expect(Self.gate.screen([soon], archived: [:]).entries == [soon])
    }

    // MARK: Ids

    @Test("ids our validator rejects in Atom are replaced by stable ones in our tag: space")
    func invalidIDs() throws {
        let screened = Self.gate.screen(try Self.entries("invalid_ids.xml"), archived: [:])
        let ids = Dictionary(uniqueKeysWithValues: screened.entries.map { ($0.title, $0.id) })
        #expect(ids["Bad URN"] == Self.namespace + "Wire/urn%3Aoops")
        #expect(ids["Bad tag"] == Self.namespace + "Wire/tag%3Awire.example%3A1")
        #expect(ids["Bad UUID"]?.hasPrefix(Self.namespace + "Wire/urn%3Auuid") == true)
        #expect(ids["Plain guid"] == "12345")
        #expect(ids["Sound URL"] == "https://wire.example/sound")
        for id in ids.values { #expect(AtomIDCheck.error(id) == nil || id == "12345", "\(id)") }
        #expect(screened.notes.lines.contains { $0.contains("\"urn:oops\"") && $0.contains("InvalidURN") })
        let again = Self.gate.screen(try Self.entries("invalid_ids.xml"), archived: [:])
        #expect(again.entries.map(\.id) == screened.entries.map(\.id))
    }

    @Test("an id of a megabyte is replaced by a digest")
    func hugeID() {
        let entry = Entry(
            id: "urn:x:" + String(repeating: "y", count: 1 << 20), title: "Long id", published: Self.now)
        let id = Self.gate.screen([entry], archived: [:]).entries[0].id
        #expect(id.hasPrefix(Self.namespace + "Wire/digest-") && id.utf8.count < 100)
    }

    // MARK: Shared guids

    @Test("stories sharing a guid are all kept under unique ids; an exact repeat stays one item")
    func sharedGUIDs() throws {
        let screened = Self.gate.screen(try Self.entries("shared_guids.xml"), archived: [:])
        #expect(screened.entries.map(\.title) == ["Morning briefing", "Noon briefing", "Evening briefing"])
        let ids = screened.entries.map(\.id)
        #expect(Set(ids).count == 3)
        #expect(ids[0] == "briefing")
        #expect(ids.dropFirst().allSatisfy { $0.hasPrefix(Self.namespace + "Wire/briefing/") })
        #expect(screened.notes.count == 1)
        #expect(screened.notes.lines[0].contains("3 items share 1 id(s) (\"briefing\")"))
    }

    @Test("the story the archive knows under a shared guid keeps it")
    func archivedStoryKeepsTheID() throws {
        let entries = try Self.entries("shared_guids.xml")
        let noon = try #require(entries.first { $0.title == "Noon briefing" })
        let archived = [
            "briefing": ArchivedItem(entryID: "briefing", firstSeen: Self.now, instant: noon.published)
        ]
        let screened = Self.gate.screen(entries, archived: archived)
        #expect(screened.entries.first { $0.id == "briefing" }?.title == "Noon briefing")
    }

    // MARK: Two builds

    @Test("a second harvest gives the same ids and dates, and nothing new")
    func stableAcrossHarvests() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gate-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let store = try StateStore(path: scratch.appendingPathComponent("state.sqlite"))
        let sources = ["absurd_dates", "shared_guids", "invalid_ids"].map { name in
            PartnerSource(name: name, location: .file(Self.directory.appendingPathComponent(name + ".xml")))
        }
        func build(at now: Date) async throws -> ([Entry], [SourceReport]) {
            var aggregator = Aggregator(
                sources: sources, fetcher: Fetcher(), timeout: 5, maxBytes: 1 << 20,
                deduplicator: Deduplicator(), now: now)
            aggregator.clashNamespace = Self.namespace
            var harvest = try await aggregator.harvest(from: store)
            let merged = aggregator.merge(harvest: &harvest)
            try store.apply(harvest.finish(published: merged))
            return (merged, harvest.reports)
        }
        let (first, firstReports) = try await build(at: Self.now)
        let (second, secondReports) = try await build(at: Self.now + 3_600)
        #expect(first.count == 12)
        #expect(second == first)
        #expect(secondReports.map(\.new) == [0, 0, 0])
        #expect(firstReports.allSatisfy { !$0.repairs.isEmpty })
        let future = try #require(first.first { $0.title == "From the far future" })
        #expect(future.published == Self.now)
        #expect(first.compactMap(\.effectiveDate).max() ?? .distantFuture <= Self.now + 86_400)
    }

    @Test("an archive written before the gate cannot date the feed 9999 either")
    func archivedAbsurdDate() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gate-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let store = try StateStore(path: scratch.appendingPathComponent("state.sqlite"))
        let far = Date(timeIntervalSince1970: 253_402_300_799)  // 9999-12-31T23:59:59Z
        let seen = Self.now - 7_200
        let old = Entry(
            id: "https://wire.example/old-future", title: "Archived from the future", published: far,
            origin: Origin(name: "shared_guids", feedURL: "https://wire.example/rss"))
        var changes = StateChanges()
        changes.archived["shared_guids"] = [
            ArchivedItem(
                entryID: old.id, firstSeen: seen, instant: far, payload: EntryArchiveCoding.encode(old))
        ]
        try store.apply(changes)
        let source = PartnerSource(
            name: "shared_guids", location: .file(Self.directory.appendingPathComponent("shared_guids.xml")))
        let aggregator = Aggregator(
            sources: [source], fetcher: Fetcher(), timeout: 5, maxBytes: 1 << 20,
            deduplicator: Deduplicator(),
            now: Self.now)
        var harvest = try await aggregator.harvest(from: store)
        let merged = aggregator.merge(harvest: &harvest)
        let restored = try #require(merged.first { $0.id == old.id })
        #expect(restored.published == seen)
        #expect(merged.compactMap(\.effectiveDate).allSatisfy { $0 < far })
    }
}
