public import FeedModel
import Foundation

/// Atom requires `atom:id` to be an IRI (RFC 4287 §4.2.6), while RSS guids and JSON Feed
/// ids may be any string. An entry whose id is not an absolute IRI gets one built from it:
/// the feed's id (or, failing that, the source feed's URL) with the original id as the
/// fragment, so the result is stable, unique within the feed, and leads back to the id.
public enum AtomIdentifier {
    /// The entry's id as Atom writes it.
    public static func iri(for entry: Entry, feedID: String?) -> String {
        if isAbsoluteIRI(entry.id) { return entry.id }
        let fragment = entry.id.addingPercentEncoding(withAllowedCharacters: fragmentCharacters) ?? ""
        let candidates = [entry.origin?.feedURL, feedID, entry.link(rel: "alternate")?.href]
        if let base = candidates.lazy.compactMap({ $0 }).first(where: isAbsoluteIRI) {
            let withoutFragment = base.split(separator: "#", maxSplits: 1).first.map(String.init) ?? base
            return withoutFragment + "#" + fragment
        }
        return "urn:feedwright:" + fragment
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

    private static let fragmentCharacters: CharacterSet = {
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~!$&'()*+,;=:@/?")
        return allowed
    }()
}
