import FeedModel
import Foundation

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
