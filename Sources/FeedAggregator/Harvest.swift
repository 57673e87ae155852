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
    /// Every candidate in brief, and whole those that may be published.
    var ledger: CandidateLedger?
    /// The archive row of each partner item the merge returned, by published ID.
    var rows: [String: ArchivedItem] = [:]

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
    /// records, forgotten sources, and the payloads of published items (so that they survive
    /// their removal from the partner's feed). New and pruned archive rows were staged in the
    /// state store while the sources were read; ``StateStore/apply(_:)`` saves them with
    /// these.
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
            sources[index].contribute(
                to: &changes, published: perSource[name] ?? [], renamed: renamed, rows: rows)
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
    /// The source's items for this build, newest first, within its limits, until the build
    /// moves them into its ``CandidateLedger``.
    var offered: [OfferedCandidate] = []
    /// New archive rows and ids pruned from the archive, until the build stages them in the
    /// state store.
    var inserted: [ArchivedItem] = []
    var pruned: [String] = []
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

    /// The items for this build with their archive rows; their digests are computed here,
    /// in the source's own task.
    mutating func offer(_ entries: [Entry], rows: (String) -> ArchivedItem?, namespace: String) {
        var prefixes: [String?: Digest128] = [:]
        offered = entries.enumerated().map { position, entry in
            let origin = entry.origin?.name
            let prefix =
                prefixes[origin]
                ?? {
                    let digest = Digest128(UniqueIDs.prefix(entry, namespace: namespace))
                    prefixes[origin] = digest
                    return digest
                }()
            return OfferedCandidate(
                entry: entry, row: rows(entry.id), position: position, renamePrefix: prefix)
        }
    }

    fileprivate func contribute(
        to changes: inout StateChanges, published: [Entry], renamed: [String: String],
        rows: [String: ArchivedItem]
    ) {
        let name = source.name
        if let record { changes.sources.append(record) }
        if forget {
            changes.forgotten.append(name)
            return
        }
        var updated: [String: ArchivedItem] = [:]
        for var entry in published {
            guard var row = rows[entry.id] else { continue }
            entry.id = renamed[entry.id] ?? entry.id
            let payload = EntryArchiveCoding.encode(entry)
            guard row.payload != payload else { continue }
            row.payload = payload
            row.instant = entry.effectiveDate
            updated[row.entryID] = row
        }
        if !updated.isEmpty { changes.archived[name] = updated.values.sorted { $0.entryID < $1.entryID } }
    }
}
