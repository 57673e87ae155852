/// Grammars of the identifier forms feeds use: URNs (RFC 8141), `urn:uuid:` (RFC 4122) and
/// `tag:` URIs (RFC 4151).
enum IdentifierCheck {
    static func isNID(_ nid: Substring) -> Bool {
        (2...32).contains(nid.count) && nid.first?.isLetter == true
            && nid.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    static func isUUID(_ text: Substring) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
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
        guard !authority.isEmpty,
            authority.allSatisfy({ $0.isLetter || $0.isNumber || "-.@_".contains($0) }),
            authority.contains(".")
        else { return false }
        let dateParts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(dateParts.count), dateParts[0].count == 4,
            dateParts.dropFirst().allSatisfy({ $0.count == 2 }),
            dateParts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return false }
        return true
    }
}
