import FeedModel
import Foundation

/// Partner items keep their own IDs, but two sources (or a source and the site) may use
/// the same one, and a feed must not repeat an ID. A clashing item gets a new ID in the
/// site's own namespace, `<namespace><source>/<original id>` (percent-encoded), which stays
/// a valid IRI whatever the original was (appending to a `urn:uuid:` would break it); the
/// map leads back to the ID the archive knows it by.
enum UniqueIDs {
    static func assign(_ partners: [Entry], taken local: [Entry], namespace: String) -> (
        entries: [Entry], renamed: [String: String]
    ) {
        var taken = Set(local.map(\.id))
        var renamed: [String: String] = [:]
        let entries = partners.map { entry in
            guard !taken.insert(entry.id).inserted else { return entry }
            var entry = entry
            let base = namespace + encoded(entry.origin?.name ?? "partner") + "/" + encoded(entry.id)
            var candidate = base
            var counter = 2
            while !taken.insert(candidate).inserted {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            renamed[candidate] = entry.id
            entry.id = candidate
            return entry
        }
        return (entries, renamed)
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// RFC 3986 unreserved characters: safe in a `tag:` specific part and a URN name.
    private static let allowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
