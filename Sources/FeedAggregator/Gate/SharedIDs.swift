import FeedModel
import FeedState
import Foundation

/// Items of one source that share an id but not their title or date are different stories
/// (feeds reuse a guid for a whole series, or a CMS writes one per section): each keeps its
/// place under an id of its own. Items that agree in id, title and date are one item.
///
/// Which item keeps the shared id: the one the archive knows under it (same date), else the
/// first in the document; the others get `<base>/<encoded id>/<digest of title and date>`,
/// the same on every run while the story stays the same, so the archive recognises them.
struct SharedIDs {
    /// `<namespace><source>`, the source's space for replacement ids.
    var base: String

    struct Result {
        var entries: [Entry]
        /// One line for the whole source, `nil` when no id was shared.
        var note: String?
    }

    func split(_ entries: [Entry], archived: [String: ArchivedItem]) -> Result {
        var seen = Set<String>(minimumCapacity: entries.count)
        var repeated = Set<String>()
        // By index: iterating the entries themselves would copy each one to read its id.
        for index in entries.indices where !seen.insert(entries[index].id).inserted {
            repeated.insert(entries[index].id)
        }
        guard !repeated.isEmpty else { return Result(entries: entries) }
        var groups: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() where repeated.contains(entry.id) {
            groups[entry.id, default: []].append(index)
        }
        var result = entries
        var dropped = Set<Int>()
        var renamedCount = 0
        for (id, indices) in groups {
            let (renames, identical) = plan(
                id: id, indices: indices, entries: entries, archived: archived[id])
            for (index, newID) in renames { result[index].id = newID }
            renamedCount += renames.count
            dropped.formUnion(identical)
        }
        let kept = result.indices.filter { !dropped.contains($0) }.map { result[$0] }
        guard renamedCount > 0 else { return Result(entries: kept) }
        let examples = groups.keys.sorted().prefix(3).map { GateNotes.quoted($0) }.joined(separator: ", ")
        let note =
            "\(renamedCount + groups.count) items share \(groups.count) id(s) (\(examples)) with a "
            + "different title or date; each is kept as its own story, \(renamedCount) under a new id"
        return Result(entries: kept, note: note)
    }

    /// For one shared id: which items get a new id, and which repeat an earlier one exactly.
    private func plan(
        id: String, indices: [Int], entries: [Entry], archived: ArchivedItem?
    ) -> (renames: [(Int, String)], identical: [Int]) {
        var stories: [Int] = []
        var identical: [Int] = []
        for index in indices {
            let entry = entries[index]
            if stories.contains(where: { Self.sameStory(entries[$0], entry) }) {
                identical.append(index)
            } else {
                stories.append(index)
            }
        }
        guard stories.count > 1 else { return ([], identical) }
        let keeper =
            stories.first { archived != nil && entries[$0].effectiveDate == archived?.instant } ?? stories[0]
        let renames = stories.filter { $0 != keeper }.map { ($0, derivedID(id, entries[$0])) }
        return (renames, identical)
    }

    private static func sameStory(_ lhs: Entry, _ rhs: Entry) -> Bool {
        lhs.title == rhs.title && lhs.effectiveDate == rhs.effectiveDate
    }

    private func derivedID(_ id: String, _ entry: Entry) -> String {
        var digest = StableDigest()
        digest.addField(entry.title)
        digest.addField(
            entry.effectiveDate.map { String(Int64($0.timeIntervalSince1970.rounded(.down))) } ?? "")
        return base + "/" + UniqueIDs.encoded(id) + "/" + digest.hex
    }
}

extension SharedIDs.Result {
    init(entries: [Entry]) {
        self.init(entries: entries, note: nil)
    }
}
