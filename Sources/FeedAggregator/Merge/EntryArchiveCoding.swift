import FeedJSON
package import FeedModel
package import Foundation

/// How a published partner entry is kept in the archive (and, in the same shape, an item
/// in the published feed's RFC 5005 archive): one line of JSON, keys sorted,
/// so that an unchanged entry encodes to the same bytes and is not rewritten.
///
/// The keys are the model's property names, absent optionals are left out and dates are
/// seconds since 1970: the shape `JSONEncoder` gave the archive before, so payloads
/// written by earlier versions decode too (they differ only in spacing and in escaping
/// `/` as `\/`).
package enum EntryArchiveCoding {
    /// The payload of `entry`: the same entry always gives the same bytes.
    package static func encode(_ entry: Entry) -> Data {
        var json = JSONWriter(capacity: 1024)
        json.object(.inline) { json in
            json.array("authors", entry.authors, write)
            json.array("categories", entry.categories, write)
            json.optional("content", entry.content, write)
            json.array("enclosures", entry.enclosures, write)
            json.optional("htmlBase", entry.htmlBase) { $0.string($1) }
            json.required("id") { $0.string(entry.id) }
            json.optional("image", entry.image) { $0.string($1) }
            json.optional("language", entry.language) { $0.string($1) }
            json.array("links", entry.links, write)
            json.optional("origin", entry.origin, write)
            json.optional("published", entry.published) { $0.double($1.timeIntervalSince1970) }
            json.optional("summary", entry.summary, write)
            json.required("title") { $0.string(entry.title) }
            json.optional("updated", entry.updated) { $0.double($1.timeIntervalSince1970) }
        }
        return Data(json.bytes)
    }

    /// `nil` for a payload written by a version that encoded entries differently: the
    /// item is then only remembered, not republished.
    package static func decode(_ payload: Data) -> Entry? {
        let document = payload.withUnsafeBytes { try? JSONSyntax.read($0, mode: .lenient) }
        guard let object = document?.value.object else { return nil }
        return entry(object)
    }

    private static func entry(_ object: JSONObject) -> Entry? {
        guard let id = object["id"]?.string, let title = object["title"]?.string,
            let links = list(object["links"], link), let authors = list(object["authors"], person),
            let categories = list(object["categories"], category),
            let enclosures = list(object["enclosures"], enclosure)
        else { return nil }
        var entry = Entry(
            id: id, title: title, links: links, authors: authors, categories: categories,
            enclosures: enclosures)
        guard decodeOptional(object["summary"], text, into: &entry.summary),
            decodeOptional(object["content"], text, into: &entry.content),
            decodeOptional(object["published"], date, into: &entry.published),
            decodeOptional(object["updated"], date, into: &entry.updated),
            decodeOptional(object["image"], \.string, into: &entry.image),
            decodeOptional(object["language"], \.string, into: &entry.language),
            decodeOptional(object["origin"], origin, into: &entry.origin),
            decodeOptional(object["htmlBase"], \.string, into: &entry.htmlBase)
        else { return nil }
        return entry
    }
}
