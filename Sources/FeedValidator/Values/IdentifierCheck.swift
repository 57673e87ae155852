/// Grammars of the identifier forms feeds use: URNs (RFC 8141), `urn:uuid:` (RFC 4122) and
/// `tag:` URIs (RFC 4151).
enum IdentifierCheck {
    static func isNID(_ nid: Substring) -> Bool {
        let utf8 = nid.utf8
        guard (2...32).contains(utf8.count), let first = utf8.first, ASCIIClass.isLetter(first) else {
            return false
        }
        return utf8.allSatisfy { ASCIIClass.isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// `8-4-4-4-12` hexadecimal digits (RFC 9562's string form), checked on bytes.
    static func isUUID(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 36 else { return false }
        for (offset, byte) in utf8.enumerated() {
            let isDashPosition = offset == 8 || offset == 13 || offset == 18 || offset == 23
            guard isDashPosition ? byte == UInt8(ascii: "-") : ASCIIClass.isHexDigit(byte) else {
                return false
            }
        }
        return true
    }

    /// `tag:authority,date:specific`, authority a DNS name or an e-mail address, date
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func isTag(_ value: String) -> Bool {
        let body = value.dropFirst(4)
        guard let comma = body.firstIndex(of: ","), let colon = body[comma...].firstIndex(of: ":") else {
            return false
        }
        let authority = body[..<comma]
        let date = body[body.index(after: comma)..<colon]
        guard !authority.isEmpty, isTagAuthority(authority), authority.utf8.contains(UInt8(ascii: "."))
        else { return false }
        return isTagDate(date)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: 4, 7 or 10 bytes, dashes at 4 and 7, digits elsewhere.
    private static func isTagDate(_ date: Substring) -> Bool {
        let utf8 = date.utf8
        guard [4, 7, 10].contains(utf8.count) else { return false }
        for (offset, byte) in utf8.enumerated() {
            let isDashPosition = offset == 4 || offset == 7
            guard isDashPosition ? byte == UInt8(ascii: "-") : ASCIIClass.isDigit(byte) else { return false }
        }
        return true
    }

    /// Letters, digits and `-._@`; an internationalised name may use any letter, so only a
    /// non-ASCII authority is judged by `Character` (the slow path).
    private static func isTagAuthority(_ authority: Substring) -> Bool {
        let utf8 = authority.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.allSatisfy { ASCIIClass.isAlphanumeric($0) || "-.@_".utf8.contains($0) }
        }
        return authority.allSatisfy { $0.isLetter || $0.isNumber || "-.@_".contains($0) }
    }
}
