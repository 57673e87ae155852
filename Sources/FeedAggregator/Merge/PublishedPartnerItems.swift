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
            guard let payload = EntryArchiveCoding.encode(entry) else { continue }
            let item = ArchivedItem(
                entryID: entry.id, firstSeen: entry.effectiveDate ?? seenAt, instant: entry.effectiveDate,
                payload: payload)
            rows[origin.name, default: []].append(item)
        }
        return rows
    }

    private static func origins(in data: Data, sources: Set<String>) -> [String: Origin] {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let items = object["items"] as? [[String: Any]]
        else { return [:] }
        var origins: [String: Origin] = [:]
        for item in items {
            guard let id = item["id"] as? String, let origin = item["_feedwright"] as? [String: Any],
                let name = origin["source_name"] as? String, sources.contains(name)
            else { continue }
            origins[id] = Origin(name: name, feedURL: origin["source_feed_url"] as? String ?? "")
        }
        return origins
    }
}

/// How a published partner entry is kept in the archive: JSON of the model, with sorted
/// keys so that an unchanged entry encodes to the same bytes and is not rewritten.
enum EntryArchiveCoding {
    static func encode(_ entry: Entry) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return try? encoder.encode(entry)
    }

    /// `nil` for a payload written by a version that encoded entries differently: the
    /// item is then only remembered, not republished.
    static func decode(_ payload: Data) -> Entry? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try? decoder.decode(Entry.self, from: payload)
    }
}
