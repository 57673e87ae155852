public import FeedModel
import Foundation

/// Atom requires `atom:id` to be an IRI (RFC 4287 §4.2.6), while RSS guids and JSON Feed
/// ids may be any string. An entry whose id is not an absolute IRI gets one built from it:
/// the feed's id (or, failing that, the source feed's URL) with the original id as the
/// fragment, so the result is stable, unique within the feed, and leads back to the id.
public enum AtomIdentifier {
    /// The feed's id as Atom writes it: its own when it is an IRI, else its site or self
    /// link, else a `urn:feedwright:` name made from it (parsers fall back to the title).
    public static func feedIRI(_ feed: Feed) -> String {
        if isAbsoluteIRI(feed.id) { return feed.id }
        let links = ["alternate", "self"].compactMap { feed.link(rel: $0)?.href }
        if let link = links.first(where: isAbsoluteIRI) { return URIText.iri(link) }
        return urn(feed.id.isEmpty ? feed.title : feed.id, fallback: "feed")
    }

    /// The entry's id as Atom writes it: the id `EntryIdentity` gives it, made an IRI
    /// when it is not one.
    public static func iri(for entry: Entry, feedID: String?) -> String {
        let name = EntryIdentity.id(for: entry)
        if isAbsoluteIRI(name) { return name }
        let fragment = name.addingPercentEncoding(withAllowedCharacters: fragmentCharacters) ?? ""
        let candidates = [entry.origin?.feedURL, feedID, entry.link(rel: "alternate")?.href]
        if let base = candidates.lazy.compactMap({ $0 }).first(where: isAbsoluteIRI) {
            let withoutFragment = base.split(separator: "#", maxSplits: 1).first.map(String.init) ?? base
            return withoutFragment + "#" + fragment
        }
        return urn(name, fallback: "entry")
    }

    /// `urn:feedwright:<name>`, with the name percent-encoded as RFC 8141 allows.
    private static func urn(_ name: String, fallback: String) -> String {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: urnCharacters) ?? ""
        return "urn:feedwright:" + (encoded.isEmpty ? fallback : encoded)
    }

    /// `scheme:rest` with a valid scheme and nothing a URI cannot hold (spaces, controls).
    public static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        let rest = text[text.index(after: colon)...]
        return !rest.isEmpty
            && !rest.unicodeScalars.contains { $0.value <= 0x20 || "<>\"{}|\\^`".unicodeScalars.contains($0) }
    }

    private static let urnCharacters: CharacterSet = {
        var allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~!$&'()*+,;=:@")
        return allowed
    }()

    private static let fragmentCharacters: CharacterSet = {
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~!$&'()*+,;=:@/?")
        return allowed
    }()
}
