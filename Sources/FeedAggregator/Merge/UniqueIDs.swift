import FeedModel

/// Partner items keep their own IDs, but two sources (or a source and the site) may use
/// the same one, and a feed must not repeat an ID. A clashing item gets a new ID in the
/// site's own namespace, `<namespace><source>/<original id>` (percent-encoded), which stays
/// a valid IRI whatever the original was (appending to a `urn:uuid:` would break it), with
/// `-2`, `-3`… when that is taken too; the build's map leads back to the ID the archive
/// knows it by. Ids are claimed in config order: the site's, then each source's candidates.
enum UniqueIDs {
    /// The renamed records, by index, with the counter of the name each gets (1 for the bare
    /// name). Decided over digests, so that the ids of items that will not be published are
    /// never held as strings.
    static func assign(_ records: [CandidateRecord], spans: [Range<Int>], taken local: [Entry]) -> [Int: Int]
    {
        var taken = Set<Digest128>(minimumCapacity: local.count + records.count)
        for entry in local { taken.insert(Digest128(entry.id)) }
        var renamed: [Int: Int] = [:]
        for span in spans {
            for index in span where !taken.insert(records[index].id).inserted {
                let base = records[index].renameBase
                var counter = 1
                while !taken.insert(counter == 1 ? base : base.appending("-\(counter)")).inserted {
                    counter += 1
                }
                renamed[index] = counter
            }
        }
        return renamed
    }

    /// The id a clashing `entry` gets, with `counter` as ``assign(_:spans:taken:)`` gave it.
    static func renamed(_ entry: Entry, namespace: String, counter: Int = 1) -> String {
        let base = prefix(entry, namespace: namespace) + encoded(entry.id)
        return counter == 1 ? base : "\(base)-\(counter)"
    }

    /// The renamed id's part before the encoded original id.
    static func prefix(_ entry: Entry, namespace: String) -> String {
        namespace + encoded(entry.origin?.name ?? "partner") + "/"
    }

    /// `text` with every byte but RFC 3986's unreserved characters percent-encoded, which
    /// is safe in a `tag:` specific part and a URN name. By bytes: a merge of a thousand
    /// feeds may rename thousands of items, and Foundation's encoder is slow on Linux.
    static func encoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if unreserved[Int(byte)] {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    private static let unreserved: [Bool] = (0...255).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return byte < 0x80
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "-._~".unicodeScalars.contains(scalar))
    }
}
