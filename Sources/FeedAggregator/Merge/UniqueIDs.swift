import FeedModel

/// Partner items keep their own IDs, but two sources (or a source and the site) may use
/// the same one, and a feed must not repeat an ID. A clashing item gets a new ID in the
/// site's own namespace, `<namespace><source>/<original id>` (percent-encoded), which stays
/// a valid IRI whatever the original was (appending to a `urn:uuid:` would break it); the
/// map leads back to the ID the archive knows it by.
enum UniqueIDs {
    /// Renames in place, in each source's candidates, so that tens of thousands of entries
    /// are not copied for the few that clash; returns new ID → original ID.
    static func assign(in sources: inout [SourceHarvest], taken local: [Entry], namespace: String)
        -> [String: String]
    {
        let partnerCount = sources.reduce(0) { $0 + $1.candidates.count }
        var taken = Set<String>(minimumCapacity: local.count + partnerCount)
        for entry in local { taken.insert(entry.id) }
        var renamed: [String: String] = [:]
        for source in sources.indices {
            for index in sources[source].candidates.indices
            where !taken.insert(sources[source].candidates[index].id).inserted {
                let entry = sources[source].candidates[index]
                let base = namespace + encoded(entry.origin?.name ?? "partner") + "/" + encoded(entry.id)
                var candidate = base
                var counter = 2
                while !taken.insert(candidate).inserted {
                    candidate = "\(base)-\(counter)"
                    counter += 1
                }
                renamed[candidate] = entry.id
                sources[source].renameCandidate(at: index, to: candidate)
            }
        }
        return renamed
    }

    /// `text` with every byte but RFC 3986's unreserved characters percent-encoded, which
    /// is safe in a `tag:` specific part and a URN name. By bytes: a merge of a thousand
    /// feeds may rename thousands of items, and Foundation's encoder is slow on Linux.
    static func encoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
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

    private static let unreserved: [Bool] = (0...255).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return byte < 0x80
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "-._~".unicodeScalars.contains(scalar))
    }
}
