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
struct UndatedItemResolver {
    var pinnedDates: [String: Date]
    var store: StateStore
    var previouslyPublished: [String: Date]
    var now: Date
    var timeZone: TimeZone

    func resolve(
        _ entries: [Entry], locations: [String: String]
    ) throws(FeedwrightError) -> (entries: [Entry], warnings: [BuildWarning]) {
        var warnings: [BuildWarning] = []
        var resolved = entries
        for index in resolved.indices where resolved[index].effectiveDate == nil {
            let entry = resolved[index]
            let (date, warning) = try date(for: entry, location: locations[entry.id] ?? entry.id)
            resolved[index].published = date
            resolved[index].updated = date
            if let warning { warnings.append(warning) }
        }
        return (resolved, warnings)
    }

    private func date(for entry: Entry, location: String) throws(FeedwrightError) -> (Date, BuildWarning?) {
        if let pinned = pinnedDates[entry.title] { return (pinned, nil) }
        do {
            if let seen = try store.firstSeen(itemID: entry.id) { return (seen, nil) }
            if let published = previouslyPublished[entry.id] {
                return (try store.recordFirstSeen(itemID: entry.id, title: entry.title, at: published), nil)
            }
            let recorded = try store.recordFirstSeen(itemID: entry.id, title: entry.title, at: now)
            return (recorded, firstSeenWarning(entry, location: location, date: recorded))
        } catch {
            throw .state(error)
        }
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
