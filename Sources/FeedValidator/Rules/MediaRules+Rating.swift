/// `media:rating`: the value must belong to its scheme. Media RSS names four schemes
/// (`urn:simple`, the default, `urn:mpaa`, `urn:v-chip`, `urn:icra`); any other scheme is
/// the publisher's own and only has to be a URI.
extension MediaRules {
    /// The values of the enumerated schemes. MPAA keeps `m` (its 1968 rating); the V-chip
    /// list carries the Canadian ratings beside the US TV ones, as the W3C validator does.
    static let ratingValues: [String: Set<String>] = [
        "urn:simple": ["adult", "nonadult"],
        "urn:mpaa": ["g", "pg", "pg-13", "r", "nc-17", "x", "m"],
        "urn:v-chip": [
            "tv-y", "tv-y7", "tv-y7-fv", "tv-g", "tv-pg", "tv-14", "tv-ma", "c", "c8", "g", "pg", "14+",
            "18+",
        ],
    ]

    /// ICRA content categories: `<letter>z` takes 0 or 1, a descriptor (`na`, `sd`, …) only 1.
    private static let icraDescriptors: [Character: ClosedRange<Character>] = [
        "n": "a"..."c", "s": "a"..."f", "v": "a"..."j", "l": "a"..."c", "o": "a"..."h", "c": "a"..."b",
        "x": "a"..."e",
    ]

    static func checkRating(_ node: ElementNode, context: inout ValidationContext) {
        let declared = node.attribute("scheme") ?? ""
        let scheme = declared.isEmpty ? "urn:simple" : declared.lowercased()
        let value = node.trimmedText
        let valid: Bool
        if scheme == "urn:icra" {
            valid = isICRALabel(value)
        } else if let values = ratingValues[scheme] {
            valid = values.contains(value)
        } else {
            return context.checkURL(declared, node, attribute: "scheme", full: true, iri: false)
        }
        if !valid { context.report(.invalidMediaRating, node, value: value, detail: scheme) }
    }

    /// An ICRA label as Media RSS writes it: `r (cz 1 lz 1 nz 1 oz 1 vz 1)`, one or more
    /// category and level pairs inside `r (…)`.
    static func isICRALabel(_ value: String) -> Bool {
        guard value.hasPrefix("r ("), value.hasSuffix(")"), value.count > 4 else { return false }
        let body = value.dropFirst(3).dropLast()
        let words = body.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count.isMultiple(of: 2) else { return false }
        return stride(from: 0, to: words.count, by: 2).allSatisfy { index in
            isICRAPair(words[index], level: words[index + 1])
        }
    }

    private static func isICRAPair(_ category: Substring, level: Substring) -> Bool {
        guard category.count == 2, let group = category.first, let item = category.last,
            let descriptors = icraDescriptors[group]
        else { return false }
        if item == "z" { return level == "0" || level == "1" }
        return descriptors.contains(item) && level == "1"
    }
}
