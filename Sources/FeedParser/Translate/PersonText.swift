import FeedModel
import Foundation

/// Reads the person forms RSS feeds use in `author`, `managingEditor` and `dc:creator`:
/// `email (Name)`, `Name <email>`, a bare e-mail address, or a bare name.
enum PersonText {
    static func parse(_ text: String) -> Person? {
        let text = text.trimmed
        guard !text.isEmpty else { return nil }
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let email = text[..<open].trimmed
            let name = text[text.index(after: open)..<text.index(before: text.endIndex)]
                .trimmed
            if isEmail(email) { return Person(name: name.isEmpty ? email : name, email: email) }
        }
        if let open = text.firstIndex(of: "<"), text.hasSuffix(">") {
            let email = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let name = text[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            if isEmail(email) { return Person(name: name.isEmpty ? email : name, email: email) }
        }
        if isEmail(text) { return Person(name: text, email: text) }
        return Person(name: text)
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0 == " " || $0 == "<" || $0 == ">" })
    }
}
