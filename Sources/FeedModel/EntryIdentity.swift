import Foundation

/// The one rule for an entry's identity, used by the parser when a source gives no id and by
/// every writer when an entry's id is empty, so that RSS `guid`, Atom `id` and JSON Feed
/// `id` agree for the same entry:
///
/// 1. the id the source gave (RSS `guid` or `rdf:about`, Atom `id`, JSON Feed `id`);
/// 2. else the entry's alternate link (the page it stands for);
/// 3. else a name derived from what the entry says: `urn:feedwright:entry:` followed by
///    the 64-bit FNV-1a digest, in 16 hexadecimal digits, of its title, date, links,
///    summary and content text and enclosure URLs.
///
/// The derived name is deterministic (the same entry gives the same name on every run and
/// machine), never random, and never the title itself: titles repeat ("Weekly update") and
/// are edited. It changes when the entry's text changes, which for an item its publisher
/// gave no identity is the best any reader can do. Writers then make ids unique within the
/// written feed (`EntryIDs`).
public enum EntryIdentity {
    /// The prefix of every derived id.
    public static let derivedPrefix = "urn:feedwright:entry:"

    /// `entry.id` when it is not blank, else the rule above.
    public static func id(for entry: Entry) -> String {
        if !isBlank(entry.id) { return entry.id }
        if let link = entry.link(rel: "alternate")?.href, !isBlank(link) { return link }
        return derivedID(for: entry)
    }

    /// The content-derived id of `entry`, whatever its own id and link.
    public static func derivedID(for entry: Entry) -> String {
        var digest = FNV1a()
        digest.add(entry.title)
        digest.add(
            entry.effectiveDate.map { String(Int64(($0.timeIntervalSince1970 * 1000).rounded())) } ?? "")
        for link in entry.links { digest.add(link.href) }
        digest.add(entry.summary?.value ?? "")
        digest.add(entry.content?.value ?? "")
        for enclosure in entry.enclosures { digest.add(enclosure.url) }
        return derivedPrefix + digest.hex
    }

    /// Whether `id` was derived by this rule (RSS writes such a guid as not a permalink).
    public static func isDerived(_ id: String) -> Bool {
        id.hasPrefix(derivedPrefix)
    }

    private static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

/// 64-bit FNV-1a over UTF-8, each field followed by a NUL so that `("ab", "c")` and
/// `("a", "bc")` differ.
private struct FNV1a {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0)
    }

    private mutating func mix(_ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension EntryIdentity {
    /// `entry` with its id given by the rule: what a parser returns for every entry.
    public static func identified(_ entry: Entry) -> Entry {
        var entry = entry
        entry.id = id(for: entry)
        return entry
    }
}
