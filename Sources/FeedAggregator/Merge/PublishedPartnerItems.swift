public import FeedJSON
import FeedModel
import FeedParser
public import FeedState
public import Foundation

/// Partner items read back from a JSON Feed we published, to rebuild the archive of a
/// state database that was lost: what readers still see survives a partner that has
/// since dropped it. The `_feedwright` item extension names each item's source.
public enum PublishedPartnerItems {
    /// The items of `data` (our own JSON Feed) taken from one of `sources`, as archive rows
    /// by source name. Anything unreadable yields nothing: this is a fallback.
    public static func archive(
        fromJSONFeed data: Data, sources: [PartnerSource], seenAt: Date
    ) -> [String: [ArchivedItem]] {
        let origins = self.origins(in: data, sources: Set(sources.map(\.name)))
        guard !origins.isEmpty, let parsed = try? Parser.parse(data) else { return [:] }
        var rows: [String: [ArchivedItem]] = [:]
        for var entry in parsed.feed.entries {
            guard let origin = origins[entry.id] else { continue }
            entry.origin = origin
            let payload = EntryArchiveCoding.encode(entry)
            let item = ArchivedItem(
                entryID: entry.id, firstSeen: entry.effectiveDate ?? seenAt, instant: entry.effectiveDate,
                payload: payload)
            rows[origin.name, default: []].append(item)
        }
        return rows
    }

    private static func origins(in data: Data, sources: Set<String>) -> [String: Origin] {
        guard let items = PublishedItems.read(data) else { return [:] }
        var origins: [String: Origin] = [:]
        for item in items {
            guard let id = item["id"]?.string, let origin = item["_feedwright"]?.object,
                let name = origin["source_name"]?.string, sources.contains(name)
            else { continue }
            origins[id] = Origin(
                name: name, feedURL: origin["source_feed_url"]?.string ?? "",
                siteURL: origin["source_home_page_url"]?.string)
        }
        return origins
    }
}

/// The item objects of a JSON Feed we published, read leniently (it is our own output,
/// read back as a fallback); `nil` when the document is not JSON or has no items array.
/// Items that are not objects are left out.
public enum PublishedItems {
    /// The objects in `data`'s `items` array.
    public static func read(_ data: Data) -> [JSONObject]? {
        let document = data.withUnsafeBytes { bytes in
            try? JSONSyntax.read(bytes, mode: .lenient)
        }
        guard let items = document?.value.object?["items"]?.array else { return nil }
        return items.compactMap(\.object)
    }
}
