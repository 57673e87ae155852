import FeedDates
import FeedModel
import FeedState
import Foundation

/// Gives a date to entries whose source has none, without ever inventing one silently.
///
/// In order: a date pinned in `config.json` (by title); the first appearance on record in
/// the state database; the date the item carries in the feed we published before (so a
/// fresh checkout whose state database is new keeps the published date); else now, with a
/// warning that names the item.
///
/// Only reads the state: the first appearances it decides on are returned, to be saved
/// with the rest of the build's state changes before the feeds are committed.
struct UndatedItemResolver {
    var pinnedDates: [String: Date]
    var store: StateStore
    var previouslyPublished: [String: Date]
    var now: Date
    var timeZone: TimeZone

    struct Resolved {
        var entries: [Entry]
        var warnings: [BuildWarning] = []
        /// First appearances to record.
        var firstSeen: [FirstSeenRecord] = []
    }

    func resolve(_ entries: [Entry], locations: [String: String]) throws(FeedwrightError) -> Resolved {
        var resolved = Resolved(entries: entries)
        var decided: [String: Date] = [:]
        for index in resolved.entries.indices where resolved.entries[index].effectiveDate == nil {
            let entry = resolved.entries[index]
            let date: Date
            if let earlier = decided[entry.id] {
                date = earlier
            } else {
                date = try self.date(for: entry, location: locations[entry.id] ?? entry.id, into: &resolved)
                decided[entry.id] = date
            }
            resolved.entries[index].published = date
            resolved.entries[index].updated = date
        }
        return resolved
    }

    private func date(
        for entry: Entry, location: String, into resolved: inout Resolved
    ) throws(FeedwrightError) -> Date {
        if let pinned = pinnedDates[entry.title] { return pinned }
        do {
            if let seen = try store.firstSeen(itemID: entry.id) { return seen }
        } catch {
            throw .state(error)
        }
        let record = FirstSeenRecord(
            itemID: entry.id, title: entry.title, date: previouslyPublished[entry.id] ?? now)
        resolved.firstSeen.append(record)
        if previouslyPublished[entry.id] == nil {
            resolved.warnings.append(firstSeenWarning(entry, location: location, date: record.date))
        }
        return record.date
    }

    private func firstSeenWarning(_ entry: Entry, location: String, date: Date) -> BuildWarning {
        BuildWarning(
            location: location,
            message:
                "\"\(entry.title)\" has no publication date; dated \(FeedDateFormat.rfc3339(date, in: timeZone)), "
                + "the time it first appeared in our output, and kept on later runs "
                + "(pin a date under \"pinnedDates\" in config.json to choose one)")
    }
}
