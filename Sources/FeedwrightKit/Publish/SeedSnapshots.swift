import FeedAggregator
import FeedModel
import Foundation

/// Joins the seed pages into one timeline. Each page is a snapshot of the same site, so a
/// headline that reappears on a later page is the same story even when its minute was
/// corrected in between: same normalised title (``ItemKey``) and instants at most the
/// dedup window apart. The page read last (file-name order) wins, and each replacement is
/// noted for the report. Lines of one page are never merged with each other: a page may
/// list the same title twice on purpose.
struct SeedSnapshots {
    /// How far apart two snapshots' times of one headline may be (`dedup.window`).
    var window: TimeInterval

    private(set) var entries: [Entry] = []
    /// Where each kept entry came from (`FILE:LINE`), by entry id.
    private(set) var locations: [String: String] = [:]
    private(set) var replacements: [BuildNote] = []
    /// Positions in `entries` of the dated headlines by title key, for the window lookup.
    private var positionsByKey: [ItemKey: [Int]] = [:]
    /// The page each kept entry came from, by position.
    private var pages: [Int] = []
    /// Positions in `entries` by entry id.
    private var positionByID: [String: Int] = [:]

    init(window: TimeInterval) {
        self.window = window
    }

    /// Adds one page's entries (`lines[i]` is the line of `entries[i]`), page number
    /// `page` in reading order.
    mutating func add(_ pageEntries: [Entry], lines: [Int], file: String, page: Int) {
        for (entry, line) in zip(pageEntries, lines) {
            let location = "\(file):\(line)"
            if let position = positionByID[entry.id] {
                guard pages[position] != page else { continue }
                replace(at: position, with: entry, location: location, page: page, noted: false)
            } else if let position = earlierSnapshot(of: entry, page: page) {
                replace(at: position, with: entry, location: location, page: page, noted: true)
            } else {
                append(entry, location: location, page: page)
            }
        }
    }

    /// The kept headline from an earlier page that this one repeats, if any: the nearest in
    /// time within the window.
    private func earlierSnapshot(of entry: Entry, page: Int) -> Int? {
        guard let instant = entry.published else { return nil }
        let candidates = positionsByKey[ItemKey(title: entry.title)] ?? []
        return
            candidates
            .filter { pages[$0] != page }
            .compactMap { position -> (Int, TimeInterval)? in
                guard let other = entries[position].published else { return nil }
                let distance = abs(other.timeIntervalSince(instant))
                return distance <= window ? (position, distance) : nil
            }
            .min { $0.1 < $1.1 }?.0
    }

    private mutating func append(_ entry: Entry, location: String, page: Int) {
        if entry.published != nil {
            positionsByKey[ItemKey(title: entry.title), default: []].append(entries.count)
        }
        positionByID[entry.id] = entries.count
        entries.append(entry)
        pages.append(page)
        locations[entry.id] = location
    }

    private mutating func replace(
        at position: Int, with entry: Entry, location: String, page: Int, noted: Bool
    ) {
        let old = entries[position]
        let oldLocation = locations.removeValue(forKey: old.id) ?? "?"
        positionByID[old.id] = nil
        positionByID[entry.id] = position
        if noted {
            replacements.append(
                BuildNote(
                    location: location,
                    message: "headline \"\(entry.title)\" replaces the one at \(oldLocation) "
                        + "(\(Self.minutesApart(old, entry))): a later snapshot of the page wins"))
        }
        entries[position] = entry
        pages[position] = page
        locations[entry.id] = location
    }

    private static func minutesApart(_ old: Entry, _ new: Entry) -> String {
        guard let before = old.published, let after = new.published else { return "same story" }
        let minutes = Int((after.timeIntervalSince(before) / 60).rounded())
        if minutes == 0 { return "same minute" }
        return minutes > 0 ? "\(minutes) min later" : "\(-minutes) min earlier"
    }
}
