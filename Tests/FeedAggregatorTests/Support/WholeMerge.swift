import FeedAggregator
import FeedModel
import Foundation

/// A site's local items and its sources' candidates, generated so that the merge has every
/// kind of decision to make: titles shared across sources (quoted and cased differently),
/// ids shared across sources and with the site, equal instants, and undated local items.
struct RandomSite {
    var local: [Entry]
    var sources: [[Entry]]

    static func make(_ random: inout SplitMix64, sources count: Int) -> RandomSite {
        let titles = (0..<40).map { "Story \($0) of the day" }
        func title(_ random: inout SplitMix64) -> String {
            let base = titles[Int(random.next() % UInt64(titles.count))]
            switch random.next() % 4 {
            case 0: return "«\(base)»"
            case 1: return base.uppercased()
            default: return base
            }
        }
        // Instants on a coarse grid over two days, so that ties and windows both happen.
        func instant(_ random: inout SplitMix64) -> Date {
            LedgerMergeTests.start.addingTimeInterval(Double(random.next() % 200) * 600)
        }
        let local = (0..<8).map { index in
            Entry(
                id: "local-\(index)", title: title(&random),
                published: index == 7 ? nil : instant(&random))
        }
        let sources = (0..<count).map { source in
            (0..<Int(random.next() % 25)).map { index in
                let shared = random.next() % 6 == 0
                let id = shared ? "shared-\(random.next() % 12)" : "s\(source)-\(index)"
                var entry = Entry(
                    id: random.next() % 40 == 0 ? "local-\(random.next() % 8)" : id, title: title(&random),
                    published: instant(&random))
                entry.origin = Origin(name: "S\(source)", feedURL: "file:///s\(source).xml")
                return entry
            }.uniqued()
        }
        return RandomSite(local: local, sources: sources)
    }
}

extension Array where Element == Entry {
    /// A source's candidates never repeat an id (the source timeline drops repeats).
    fileprivate func uniqued() -> [Entry] {
        var seen = Set<String>()
        return filter { seen.insert($0.id).inserted }
    }
}

/// The merge as it was before the ledger: every candidate held as an entry, ids claimed in
/// config order with strings, the deduplicator over all entries, then the newest `limit`.
enum WholeMerge {
    static func merge(_ site: RandomSite, limit: Int, window: TimeInterval, excluded: Set<String>?)
        -> (entries: [Entry], duplicates: [Int])
    {
        var taken = Set(site.local.map(\.id))
        let sources = site.sources.map { entries in
            entries.map { entry in
                var entry = entry
                guard !taken.insert(entry.id).inserted else { return entry }
                let base =
                    LedgerMergeTests.namespace + encoded(entry.origin?.name ?? "partner") + "/"
                    + encoded(entry.id)
                var candidate = base
                var counter = 2
                while !taken.insert(candidate).inserted {
                    candidate = "\(base)-\(counter)"
                    counter += 1
                }
                entry.id = candidate
                return entry
            }
        }
        let partners = sources.joined().map(\.self)
        let winners = Deduplicator(window: window).winners(
            local: site.local, partners: partners, partnerKeys: partners.map { ItemKey(title: $0.title) })
        var duplicates = [Int](repeating: 0, count: sources.count)
        var position = 0
        for (source, entries) in sources.enumerated() {
            for _ in entries {
                if winners[position] != nil { duplicates[source] += 1 }
                position += 1
            }
        }
        let isExcluded = { (id: String) in excluded?.contains(id) ?? false }
        let survivors = zip(partners, winners).filter { $0.1 == nil && !isExcluded($0.0.id) }.map(\.0)
        let pool = site.local.filter { !isExcluded($0.id) } + survivors
        let sorted = pool.sorted { lhs, rhs in
            let (left, right) = (lhs.effectiveDate ?? .distantPast, rhs.effectiveDate ?? .distantPast)
            return left != right ? left > right : lhs.id < rhs.id
        }
        return (Array(sorted.prefix(limit)), duplicates)
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(
            withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))
            ?? text
    }
}
