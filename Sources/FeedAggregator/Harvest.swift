import FeedHTML
public import FeedModel
public import FeedState
import Foundation

/// Everything the sources gave in one build, with the state changes to save together with
/// the feeds that publish them.
public struct Harvest: Sendable {
    /// Each configured source's part, in config order.
    public internal(set) var sources: [SourceHarvest]
    /// Names of sources no longer in config.json whose state is dropped.
    var removed: [String] = []
    /// Published ID → the source's own ID, for partner items whose ID clashed.
    var renamed: [String: String] = [:]

    /// A harvest of no sources.
    public static let empty = Harvest(sources: [])

    /// The per-source reports, in config order.
    public var reports: [SourceReport] { sources.map(\.report) }

    /// Whether any source failed, which makes the build "partial".
    public var hasFailures: Bool { sources.contains { $0.report.status.isFailure } }

    mutating func forgetRemovedSources(known: Set<String>, configured: [PartnerSource]) {
        let names = Set(configured.map(\.name))
        removed = known.subtracting(names).sorted()
    }

    /// Partner HTML is left unsanitised by the parser (see `ParseOptions.deferSanitizing`):
    /// only what is published is sanitised, against the document it came from. Archived
    /// items were sanitised when first published; sanitising again changes nothing.
    public func sanitizedForPublishing(_ entries: [Entry]) -> [Entry] {
        let bases = Dictionary(sources.map { ($0.source.name, $0.documentURL) }) { first, _ in first }
        let sanitizer = HTMLSanitizer()
        return entries.map { entry in
            guard let name = entry.origin?.name else { return entry }
            var entry = entry
            let base = entry.htmlBase ?? bases[name] ?? nil
            entry.summary = Self.sanitized(entry.summary, sanitizer, base: base)
            entry.content = Self.sanitized(entry.content, sanitizer, base: base)
            entry.htmlBase = nil
            return entry
        }
    }

    private static func sanitized(_ text: Text?, _ sanitizer: HTMLSanitizer, base: String?) -> Text? {
        guard let text, text.kind == .html else { return text }
        return .html(sanitizer.sanitize(text.value, baseURL: base).html)
    }

    /// Counts what was published from each source, and returns the state changes: source
    /// records, new archive rows, pruned rows, and the payloads of published items (so that
    /// they survive their removal from the partner's feed).
    public mutating func finish(published: [Entry]) -> StateChanges {
        var perSource: [String: [Entry]] = [:]
        for entry in published {
            if let name = entry.origin?.name { perSource[name, default: []].append(entry) }
        }
        var changes = StateChanges()
        changes.forgotten = removed
        for index in sources.indices {
            let name = sources[index].source.name
            sources[index].report.kept = perSource[name]?.count ?? 0
            sources[index].contribute(to: &changes, published: perSource[name] ?? [], renamed: renamed)
        }
        return changes
    }
}

/// One source's part of a ``Harvest``.
public struct SourceHarvest: Sendable {
    /// The source as configured.
    public var source: PartnerSource
    /// What happened to it this run, for the build report.
    public var report: SourceReport
    var record: SourceRecord?
    /// The source's items for this build, newest first, within its limits (set with
    /// ``setCandidates(_:)``, which keys them).
    private(set) var candidates: [Entry] = []
    /// The dedup keys of `candidates`, computed while the sources are read in parallel.
    private(set) var candidateKeys: [ItemKey] = []
    var inserted: [ArchivedItem] = []
    var pruned: [String] = []
    /// The archive's rows for this source by entry ID.
    var known: [String: ArchivedItem] = [:]
    /// The source feed's own title and home page, when it was read this run.
    public internal(set) var feedTitle: String?
    /// The source feed's home page link, when it was read this run.
    public internal(set) var homePage: String?
    /// The base the source's HTML was parsed against, for sanitising it later.
    var documentURL: String?
    /// The source answered 410: its archive is dropped.
    var forget = false

    init(source: PartnerSource, report: SourceReport, record: SourceRecord?) {
        self.source = source
        self.report = report
        self.record = record
    }

    /// The items for this build and their dedup keys.
    mutating func setCandidates(_ entries: [Entry]) {
        candidates = entries
        candidateKeys = entries.map { ItemKey(title: $0.title) }
    }

    /// Gives one candidate a new id in place: its title, and so its key, stay.
    mutating func renameCandidate(at index: Int, to id: String) {
        candidates[index].id = id
    }

    fileprivate func contribute(to changes: inout StateChanges, published: [Entry], renamed: [String: String])
    {
        let name = source.name
        if let record { changes.sources.append(record) }
        if forget {
            changes.forgotten.append(name)
            return
        }
        var rows = Dictionary(inserted.map { ($0.entryID, $0) }) { first, _ in first }
        for var entry in published {
            entry.id = renamed[entry.id] ?? entry.id
            let payload = EntryArchiveCoding.encode(entry)
            guard var row = rows[entry.id] ?? known[entry.id], row.payload != payload else { continue }
            row.payload = payload
            row.instant = entry.effectiveDate
            rows[entry.id] = row
        }
        if !rows.isEmpty { changes.archived[name] = rows.values.sorted { $0.entryID < $1.entryID } }
        if !pruned.isEmpty { changes.pruned[name] = pruned }
    }
}
