internal import Foundation

/// Field checks shared by every rule set: each reads one element's text or attribute and
/// reports what is wrong with it.
extension ValidationContext {
    /// RFC 822 date (RSS), with its exact defects and a future-date warning.
    mutating func checkRFC822(_ node: ElementNode, future: Bool = true) {
        report(RFC822Check.check(node.trimmedText), node, umbrella: .invalidRFC2822Date, future: future)
    }

    /// RFC 3339 date-time (Atom, JSON Feed).
    mutating func checkRFC3339(_ node: ElementNode, future: Bool = true) {
        report(RFC3339Check.check(node.trimmedText), node, umbrella: .invalidRFC3339Date, future: future)
    }

    /// W3CDTF (Dublin Core dates).
    mutating func checkW3CDTF(_ node: ElementNode) {
        report(RFC3339Check.checkW3CDTF(node.trimmedText), node, umbrella: .invalidW3CDTFDate, future: true)
    }

    private mutating func report(
        _ result: DateCheckResult, _ node: ElementNode, umbrella: ValidationCode, future: Bool
    ) {
        let value = node.trimmedText
        for finding in result.findings {
            report(finding.code, node, value: value, detail: finding.detail.isEmpty ? value : finding.detail)
        }
        if let date = result.date { checkPlausible(date, node, value: value, future: future) }
    }

    /// Dates before 1990 or more than a day ahead of the clock are reported.
    mutating func checkPlausible(_ date: Date, _ node: ElementNode, value: String, future: Bool) {
        if date.timeIntervalSince1970 < 631_152_000 {
            report(.implausibleDate, node, value: value)
        } else if future, date.timeIntervalSince(now) > 86_400 {
            report(.futureDate, node, value: value)
        }
    }

    /// A URL or IRI in the element's text (`attribute == nil`) or in an attribute.
    mutating func checkURL(
        _ value: String, _ node: ElementNode, attribute: String? = nil, full: Bool, iri: Bool
    ) {
        if let attribute, value.trimmingSpaces.isEmpty {
            return report(.attrNotBlank, node, value: attribute)
        }
        guard let finding = URLCheck.check(value, full: full, iri: iri) else { return }
        if attribute != nil && (finding == .invalid || finding == .relative) {
            let code: ValidationCode = full ? .invalidURLAttribute : .invalidURIAttribute
            return report(code, node, value: value, detail: attribute)
        }
        let code = URLCheck.code(for: finding, full: full, iri: iri)
        report(code, node, value: value, detail: attribute)
    }

    /// HTML in a field that is plain text.
    mutating func checkPlainText(_ node: ElementNode, code: ValidationCode = .containsHTML) {
        if let tag = HTMLCheck.firstTag(in: node.text) { report(code, node, detail: tag) }
    }

    /// Scripts, event handlers and dangerous URLs in an HTML field; relative references.
    mutating func checkHTML(_ html: String, _ node: ElementNode, hasBase: Bool = false) {
        let scan = HTMLFieldScan(html)
        for (code, what) in HTMLCheck.risks(in: html, scan: scan) { report(code, node, value: what) }
        if let reference = scan.controlReference {
            report(.notHtml, node, detail: "\(reference) refers to a control character, not a letter")
        }
        if !hasBase, let relative = scan.relativeReference {
            report(.containsRelRef, node, value: relative)
        }
    }

    mutating func checkLanguage(_ value: String, _ node: ElementNode) {
        if !ValueCheck.isLanguage(value) { report(.invalidLanguage, node, value: value) }
    }

    /// `DuplicateElement` for each child that appears more than once and must not.
    mutating func checkDuplicates(_ node: ElementNode, _ names: [String], namespaceURI: String) {
        for name in names where node.childCount(name, namespaceURI) > 1 {
            report(.duplicateElement, node.children(name, namespaceURI)[1], child: nil)
        }
    }

    /// Text directly inside an element that should hold only elements.
    mutating func checkNoText(_ node: ElementNode) {
        if !node.trimmedText.isEmpty { report(.unexpectedText, node, value: node.trimmedText) }
    }

    /// A non-negative integer in the element's text: `InvalidInteger` when it is no
    /// number, `InvalidNonNegativeInteger` when it is negative.
    mutating func checkNonNegativeInteger(_ node: ElementNode) {
        let value = node.trimmedText
        guard let number = ValueCheck.integer(value) else {
            return report(.invalidInteger, node, value: value)
        }
        if number < 0 { report(.invalidNonNegativeInteger, node, value: value) }
    }
}
