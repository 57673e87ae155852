/// Small syntax checks shared by the rule sets: e-mail addresses, MIME types, language
/// tags, numbers.
enum ValueCheck {
    /// An RFC 2822 `addr-spec`, loosely: local part, one `@`, a dotted domain.
    static func isEmail(_ text: String) -> Bool {
        SimpleASCII.isEmail(text) ?? isEmailByCharacters(text)
    }

    static func isEmailByCharacters(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
            domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".")
        else { return false }
        let localAllowed = "!#$%&'*+-/=?^_`{|}~."
        return local.allSatisfy { $0.isLetter || $0.isNumber || localAllowed.contains($0) }
            && domain.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
    }

    /// RSS contact forms: `addr`, `addr (Real Name)`, or `Real Name <addr>`. Returns
    /// whether it is valid and whether it names a person.
    static func rssContact(_ text: String) -> (valid: Bool, hasName: Bool) {
        if isEmail(text) { return (true, false) }
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let address = ElementNode.trim(String(text[..<open]))
            return (isEmail(address), true)
        }
        if let open = text.firstIndex(of: "<"), text.hasSuffix(">") {
            let address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            return (isEmail(address), true)
        }
        return (false, false)
    }

    /// `type/subtype` with RFC 6838 token characters, parameters allowed.
    static func isMIMEType(_ text: String) -> Bool {
        SimpleASCII.isMIMEType(text) ?? isMIMETypeByCharacters(text)
    }

    static func isMIMETypeByCharacters(_ text: String) -> Bool {
        let main = text.split(separator: ";", maxSplits: 1).first.map { ElementNode.trim(String($0)) } ?? ""
        let parts = main.split(separator: "/", omittingEmptySubsequences: false)
        let token: (Substring) -> Bool = { part in
            !part.isEmpty
                && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "!#$&^_.+-".contains($0)) }
        }
        return parts.count == 2 && token(parts[0]) && token(parts[1])
    }

    /// A BCP 47 language tag in the shapes feeds use (`en`, `en-us`, `zh-Hans-CN`,
    /// `x-klingon`), or an RSS-era code like `en-US`.
    static func isLanguage(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...3).contains(primary.count) || primary == "x" || primary == "i"
        else { return false }
        return subtags.allSatisfy { tag in
            (1...8).contains(tag.count) && tag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        } && primary.allSatisfy(\.isLetter)
    }

    static func integer(_ text: String) -> Int? {
        guard !text.isEmpty, text.count < 19 else { return nil }
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : text[...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || "+-.eE".contains($0) }) else { return nil }
        return Double(text)
    }
}
