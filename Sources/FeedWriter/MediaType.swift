import Foundation

/// Media types as writers emit them. Sources write `audio mpeg`, `mp3` or nothing; an
/// enclosure's type is required in RSS and JSON Feed, and validators reject a malformed
/// one, so a type that is not `type/subtype` (RFC 6838 names, parameters allowed) is
/// written as `application/octet-stream`, which claims nothing.
enum MediaType {
    static let unknown = "application/octet-stream"

    static func valid(_ text: String) -> String {
        isValid(text) ? text : unknown
    }

    static func isValid(_ text: String) -> Bool {
        let essence = text.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        let parts = essence.trimmingCharacters(in: .whitespaces).split(
            separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy(isRestrictedName)
    }

    /// RFC 6838 §4.2: a letter or digit, then up to 126 of letters, digits and `!#$&-^_.+`.
    private static func isRestrictedName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= 127, first.isASCIIAlphanumeric else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            $0.isASCIIAlphanumeric || "!#$&-^_.+".unicodeScalars.contains($0)
        }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}

extension Optional where Wrapped == String {
    /// `nil` for an absent or blank attribute value, which validators flag when written.
    var nonBlank: String? {
        guard let value = self, !value.allSatisfy(\.isWhitespace) else { return nil }
        return value
    }
}
