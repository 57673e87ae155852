import FeedModel
import Foundation

/// Reads the person forms RSS feeds use in `author`, `managingEditor` and `dc:creator`:
/// `email (Name)`, `Name <email>`, a bare e-mail address, or a bare name.
enum PersonText {
    static func parse(_ text: String) -> Person? {
        let text = text.trimmed
        guard !text.isEmpty else { return nil }
        // Most bylines are a bare name: without an `@` there is no address to find.
        guard text.utf8.contains(UInt8(ascii: "@")) else { return Person(name: text) }
        if let open = text.firstCharacter(UInt8(ascii: "(")), text.hasSuffix(")") {
            let email = text[..<open].trimmed
            let name = text[text.index(after: open)..<text.index(before: text.endIndex)]
                .trimmed
            if isEmail(email) { return Person(name: name.isEmpty ? email : name, email: email) }
        }
        if let open = text.firstCharacter(UInt8(ascii: "<")), text.hasSuffix(">") {
            let email = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let name = text[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            if isEmail(email) { return Person(name: name.isEmpty ? email : name, email: email) }
        }
        if isEmail(text) { return Person(name: text, email: text) }
        return Person(name: text)
    }

    /// One `@` with something before it and a dot after it, and no space or angle bracket.
    static func isEmail<S: StringProtocol>(_ text: S) -> Bool {
        var ats = 0
        var localLength = 0
        var dotAfterAt = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "@"): ats += 1
            case UInt8(ascii: " "), UInt8(ascii: "<"), UInt8(ascii: ">"): return false
            case UInt8(ascii: ".") where ats == 1: dotAfterAt = true
            default: break
            }
            if ats == 0 { localLength += 1 }
        }
        return ats == 1 && localLength > 0 && dotAfterAt
    }
}

extension String {
    /// `firstIndex(of: Character(byte))` for an ASCII `byte`, found by a byte search: a
    /// search by `Character` breaks the whole string into grapheme clusters first. A byte
    /// counts only where it is a whole character of its own, as it does for `firstIndex`.
    fileprivate func firstCharacter(_ byte: UInt8) -> String.Index? {
        let target = Character(Unicode.Scalar(byte))
        var start = utf8.startIndex
        while let found = utf8[start...].firstIndex(of: byte) {
            if found.samePosition(in: self) != nil, self[found] == target { return found }
            start = utf8.index(after: found)
        }
        return nil
    }
}
