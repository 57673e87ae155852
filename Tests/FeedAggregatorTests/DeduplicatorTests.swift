import FeedAggregator
import FeedModel
import Testing

/// The merge rules: who wins, the window, undated entries, order, and scale.
@Suite("Deduplicator")
struct DeduplicatorTests {
    typealias F = EntryFactory
    let title = "Годы культуры Китая и России — мост для сближения народов"

    @Test("the site's item wins over an earlier partner copy")
    func localWins() {
        let local = F.entry("site", title, F.noonPlus(10))
        let partner = F.entry("p", title.uppercased(), F.noonPlus(0), origin: F.wire)
        let outcome = Deduplicator().merge(local: [local], partners: [partner])
        #expect(outcome.kept == [local])
        #expect(outcome.duplicates == [Duplicate(dropped: partner, keptID: "site")])
    }

    @Test("among partner copies the earliest wins, whatever the input order")
    func earliestPartnerWins() {
        let late = F.entry("late", title, F.noonPlus(10), origin: F.wire)
        let early = F.entry("early", title, F.noonPlus(0), origin: F.agency)
        let middle = F.entry("middle", title, F.noonPlus(5), origin: F.wire)
        let outcome = Deduplicator().merge(local: [], partners: [late, early, middle])
        #expect(outcome.kept.map(\.id) == ["early"])
        #expect(outcome.duplicates.map(\.dropped.id) == ["late", "middle"])
        #expect(outcome.duplicates.allSatisfy { $0.keptID == "early" })
        #expect(outcome.duplicateCount(ofSourceNamed: "wire") == 2)
        #expect(outcome.duplicateCount(ofSourceNamed: "agency") == 0)
    }

    @Test("copies at the same instant: the first in input order wins")
    func tieGoesToInputOrder() {
        let first = F.entry("first", title, F.noonPlus(0), origin: F.wire)
        let second = F.entry("second", title, F.noonPlus(0), origin: F.agency)
        let outcome = Deduplicator().merge(local: [], partners: [first, second])
        #expect(outcome.duplicates.map(\.keptID) == ["first"])
    }

    static let windows: [(seconds: Double, kept: Int)] = [(0, 2), (5 * 60, 2), (7 * 60, 1), (60 * 60, 1)]

    @Test("the window is configurable", arguments: windows)
    func window(seconds: Double, kept: Int) {
        let local = F.entry("site", title, F.noonPlus(0))
        let partner = F.entry("p", title, F.noonPlus(7), origin: F.wire)
        #expect(Deduplicator(window: seconds).merge(local: [local], partners: [partner]).kept.count == kept)
        #expect(Deduplicator().window == 30 * 60)
    }

    @Test("an entry without a date is never a duplicate and never makes one")
    func undatedNeverMerged() {
        let undatedLocal = F.entry("site", title, nil)
        let undatedPartner = F.entry("p1", title, nil, origin: F.wire)
        let datedPartner = F.entry("p2", title, F.noonPlus(0), origin: F.wire)
        let outcome = Deduplicator().merge(local: [undatedLocal], partners: [undatedPartner, datedPartner])
        #expect(outcome.kept.map(\.id) == ["site", "p1", "p2"])
        #expect(outcome.duplicates.isEmpty)
    }

    @Test("`updated` stands in for a missing `published`")
    func updatedIsTheInstant() {
        let local = F.entry("site", title, F.noonPlus(0))
        let partner = Entry(id: "p", title: title, updated: F.noonPlus(3), origin: F.wire)
        #expect(Deduplicator().merge(local: [local], partners: [partner]).duplicates.count == 1)
    }

    @Test("every site item is kept, repeats included, and order is locals then partners as given")
    func keptOrder() {
        let locals = [F.entry("l1", title, F.noonPlus(5)), F.entry("l2", title, F.noonPlus(0))]
        let partners = [
            F.entry("p1", "Другая новость", F.noonPlus(9), origin: F.wire),
            F.entry("p2", title, F.noonPlus(1), origin: F.wire),
            F.entry("p3", "Ещё одна", F.noonPlus(2), origin: F.agency),
        ]
        let outcome = Deduplicator().merge(local: locals, partners: partners)
        #expect(outcome.kept.map(\.id) == ["l1", "l2", "p1", "p3"])
        // Both site items are within the window; the earlier one is named.
        #expect(outcome.duplicates.map(\.keptID) == ["l2"])
    }

    @Test("a dropped copy does not stretch the window for the next one")
    func droppedCopiesDoNotChain() {
        let local = F.entry("site", title, F.noonPlus(0))
        let second = F.entry("p1", title, F.noonPlus(25), origin: F.wire)
        let third = F.entry("p2", title, F.noonPlus(50), origin: F.wire)
        let outcome = Deduplicator().merge(local: [local], partners: [second, third])
        #expect(outcome.kept.map(\.id) == ["site", "p2"])
    }

    @Test("one title every ten minutes: one copy kept per 40 minutes")
    func repeatedTitle() {
        let partners = (0..<10_000).map {
            F.entry("p\($0)", title, F.noonPlus(Double($0) * 10), origin: F.wire)
        }
        let outcome = Deduplicator().merge(local: [], partners: partners.shuffled())
        #expect(outcome.kept.count == 2_500)
        #expect(Set(outcome.kept.map(\.id)) == Set(stride(from: 0, to: 10_000, by: 4).map { "p\($0)" }))
    }

    @Test("many items: every partner copy of a site item is dropped, every new one kept")
    func manyItems() {
        let count = 20_000
        let locals = (0..<count).map { F.entry("l\($0)", "Новость номер \($0) дня", F.noonPlus(Double($0))) }
        let partners = (0..<count).map { index in
            let title = index.isMultiple(of: 2) ? "НОВОСТЬ НОМЕР \(index) ДНЯ" : "Сюжет партнёра \(index)"
            return F.entry("p\(index)", title, F.noonPlus(Double(index) + 3), origin: F.agency)
        }
        let outcome = Deduplicator().merge(local: locals, partners: partners)
        #expect(outcome.duplicates.count == count / 2)
        #expect(outcome.kept.count == count + count / 2)
        #expect(outcome.duplicates.allSatisfy { "l" + $0.dropped.id.dropFirst() == $0.keptID })
        #expect(outcome.duplicateCount(ofSourceNamed: "agency") == count / 2)
    }
}
