/// The checks `atom:id` gets, without a document: what ``FeedValidator`` reports for an id,
/// so that a publisher can tell beforehand whether an id will pass, by the same rules.
public enum AtomIDCheck {
    /// The findings for `value` as the text of an `atom:id`, in the order the validator
    /// reports them; warnings included (see ``ValidationCode/severity``).
    public static func findings(_ value: String) -> [ValidationCode] {
        if value.isEmpty { return [.notBlank] }
        guard let scheme = URLCheck.scheme(of: value) else { return [.invalidIRI] }
        let finding = URLCheck.check(value, full: true, iri: true)
        if finding == .invalid { return [.invalidIRI] }
        switch scheme {
        case "urn": return urnFindings(value)
        case "tag": return IdentifierCheck.isTag(value) ? [] : [.invalidTAG]
        default: return finding.map { [URLCheck.code(for: $0, full: true, iri: true)] } ?? []
        }
    }

    /// The first finding that is an error, the reason an Atom feed carrying `value` as an
    /// id would be rejected; `nil` when it would pass.
    public static func error(_ value: String) -> ValidationCode? {
        findings(value).first { $0.severity == .error }
    }

    static func urnFindings(_ value: String) -> [ValidationCode] {
        let parts = value.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, IdentifierCheck.isNID(parts[1]), !parts[2].isEmpty else {
            return [.invalidURN]
        }
        if parts[1].lowercased() == "uuid" && !IdentifierCheck.isUUID(parts[2]) { return [.invalidUUID] }
        return []
    }
}
