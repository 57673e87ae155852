import FeedModel
import FeedParser
import FeedState
import Foundation

/// Reads one source, parses it, and joins it with its archive.
struct SourceGatherer: Sendable {
    var source: PartnerSource
    var record: SourceRecord?
    var archived: [ArchivedItem]
    var reader: SourceReader
    var now: Date
    var limits: ItemLimits
    /// Where replacement ids for the source's items live.
    var namespace: String

    func gather() async -> SourceHarvest {
        let started = ContinuousClock.now
        var report = SourceReport(name: source.name, location: source.location.display, status: .ok)
        guard source.enabled else {
            report.status = .disabled
            return SourceHarvest(source: source, report: report, record: record)
        }
        let (fetched, parsed) = await readParsed()
        let known = archivedByID
        var current: [Entry]?
        var document: SourceDocument?
        var header: (title: String, homePage: String?)?
        switch fetched {
        case .document(let read):
            document = read
            report.discoveredFeed = read.discoveredFeed
            switch parsed ?? SourceParsing(source: source).parse(read) {
            case .success(var parsed):
                report.read = parsed.entries.count
                let entries = parsed.entries
                parsed.entries = []
                let screened = gate.screen(consume entries, archived: known)
                current = screened.entries
                report.repairs = screened.notes.summary
                header = (parsed.title, parsed.homePage)
                report.diagnostics = parsed.diagnostics
                report.movedTo = read.movedTo
            case .failure(let error):
                report.status = .failed("cannot read the feed: \(error.description)")
            }
        case .notModified:
            report.status = .notModified
            report.discoveredFeed = record?.discoveredFeed
        case .deferred(let until): report.status = .deferred(until: until)
        case .gone(let message): report.status = .gone(message)
        case .failed(let message): report.status = .failed(message)
        case .rateLimited(let message, _): report.status = .failed(message)
        }
        var harvest = SourceHarvest(source: source, report: report, record: record)
        if case .gone = report.status {
            harvest.forget = true
        } else {
            let timeline = SourceTimeline(source: source, archived: archived, now: now, limits: limits)
                .resolve(current: current, known: known)
            let inserted = Dictionary(timeline.inserted.map { ($0.entryID, $0) }) { first, _ in first }
            harvest.offer(timeline.candidates, rows: { known[$0] ?? inserted[$0] }, namespace: namespace)
            harvest.inserted = timeline.inserted
            harvest.pruned = timeline.pruned
            harvest.report.items = timeline.candidates.count
            harvest.report.new = timeline.newCount
        }
        harvest.documentURL = document?.documentURL
        harvest.feedTitle = header?.title
        harvest.homePage = header?.homePage
        harvest.record = updatedRecord(document: document, status: harvest.report.status)
        if case .rateLimited(_, let until) = fetched { harvest.record?.nextFetchAfter = until }
        harvest.report.seconds = Self.seconds(since: started)
        return harvest
    }

    /// Reads the source and parses what it answered; when that is a web page declaring a
    /// feed, the declared feed is read and parsed instead.
    private func readParsed() async -> (SourceFetchResult, Result<SourceParsing.Parsed, FeedParseError>?) {
        let fetched = await reader.read(source, record: record)
        guard case .document(let page) = fetched else { return (fetched, nil) }
        let parsed = SourceParsing(source: source).parse(page)
        guard case .failure(let error) = parsed, error.isWebPage, case .http = source.location,
            let declared = await reader.fetchDeclaredFeed(of: page, record: record)
        else { return (fetched, parsed) }
        guard case .document(let feed) = declared else { return (declared, nil) }
        return (declared, SourceParsing(source: source).parse(feed))
    }

    private var gate: PartnerItemGate {
        PartnerItemGate(limits: limits, now: now, namespace: namespace, sourceName: source.name)
    }

    /// The archive's rows for this source by entry ID.
    private var archivedByID: [String: ArchivedItem] {
        Dictionary(archived.map { ($0.entryID, $0) }) { first, _ in first }
    }

    private func updatedRecord(document: SourceDocument?, status: SourceStatus) -> SourceRecord {
        let url = source.location.display
        var next = SourceRecord(name: source.name, url: url)
        if let record, record.url == url { next = record }
        next.name = source.name
        switch status {
        case .ok, .notModified:
            if let document {
                next.etag = document.etag
                next.lastModified = document.lastModified
                next.movedTo = document.movedTo
                next.discoveredFeed = document.discoveredFeed
            }
            next.lastSuccess = now
            next.failingSince = nil
            next.lastError = nil
            next.nextFetchAfter = nil
        case .failed(let message), .gone(let message):
            next.failingSince = next.failingSince ?? now
            next.lastError = message
            if case .gone = status { next.gone = true }
        case .deferred, .disabled:
            return next
        }
        next.lastStatus = status.keyword
        next.lastAttempt = now
        return next
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
