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
        if !entry.id.isBlank { return entry.id }
        if let link = entry.link(rel: "alternate")?.href, !link.isBlank { return link }
        return derivedID(for: entry)
    }

    /// The content-derived id of `entry`, whatever its own id and link.
    public static func derivedID(for entry: Entry) -> String {
        var digest = StableDigest()
        digest.addField(entry.title)
        digest.addField(
            entry.effectiveDate.map { String(Int64(($0.timeIntervalSince1970 * 1000).rounded())) } ?? "")
        for link in entry.links { digest.addField(link.href) }
        digest.addField(entry.summary?.value ?? "")
        digest.addField(entry.content?.value ?? "")
        for enclosure in entry.enclosures { digest.addField(enclosure.url) }
        return derivedPrefix + digest.hex
    }

    /// Whether `id` was derived by this rule (RSS writes such a guid as not a permalink).
    public static func isDerived(_ id: String) -> Bool {
        id.hasPrefix(derivedPrefix)
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
