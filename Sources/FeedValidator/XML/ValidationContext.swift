internal import Foundation

/// What every rule needs: where to put findings, the document's URL, the clock, and the
/// identifiers seen so far (for duplicate checks across items).
struct ValidationContext {
    var diagnostics: [ValidationDiagnostic] = []
    let documentURL: String?
    let now: Date
    /// The most items (or JSON array elements) checked; past them checking stops with an
    /// `ItemLimit` warning.
    let maxItems: Int
    /// The encoding the document is in, for rules that care (iTunes wants UTF-8).
    var encoding = "UTF-8"
    /// Item/entry identifiers seen, for `DuplicateValue` and `DuplicateEntries`.
    var seenIDs: Set<String> = []
    var idCount = 0
    var firstID: String?
    var allIDsEqual = true
    /// Namespaces (and one-off findings) already reported once per document.
    var reportedPrefixes: Set<String> = []
    /// The rule set beyond the specification (Apple Podcasts' tags under `podcast`).
    var profile = Validator.Profile.general

    init(documentURL: String?, now: Date, maxItems: Int = Validator.maxItems) {
        self.documentURL = documentURL
        self.now = now
        self.maxItems = maxItems
    }

    /// Reports `code` about `node`; with `child`, about a child of `node` (missing or
    /// duplicated), so the child is the element and `node` the parent.
    mutating func report(
        _ code: ValidationCode, _ node: ElementNode, child: String? = nil, value: String? = nil,
        detail: String? = nil
    ) {
        let element = child ?? node.qualifiedName
        let parent = child == nil ? node.parentName : node.qualifiedName
        diagnostics.append(
            ValidationDiagnostic(
                code: code, element: element, parent: parent, value: value, detail: detail, line: node.line,
                column: node.column))
    }

    /// Reports `code` at an explicit position (XML-level findings, JSON members).
    mutating func report(
        _ code: ValidationCode, line: Int?, column: Int?, element: String? = nil, parent: String? = nil,
        value: String? = nil, detail: String? = nil
    ) {
        diagnostics.append(
            ValidationDiagnostic(
                code: code, element: element, parent: parent, value: value, detail: detail, line: line,
                column: column))
    }

    /// Records an item or entry identifier; reports `duplicate` the second time it is seen.
    mutating func noteID(_ id: String, _ node: ElementNode, duplicate: ValidationCode) {
        idCount += 1
        if let firstID, firstID != id { allIDsEqual = false }
        if firstID == nil { firstID = id }
        if !seenIDs.insert(id).inserted { report(duplicate, node, value: id) }
    }
}
