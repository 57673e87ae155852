extension AtomRules {
    static let entrySingletons = [
        "content", "id", "published", "rights", "source", "summary", "title", "updated",
    ]

    mutating func checkEntry(_ entry: ElementNode, context: inout ValidationContext) {
        context.checkNoText(entry)
        if !entry.has("id", Namespace.atom) { context.report(.missingElement, entry, child: "id") }
        if !entry.has("title", Namespace.atom) { context.report(.missingTitle, entry, child: "title") }
        if !entry.has("updated", Namespace.atom) { context.report(.missingElement, entry, child: "updated") }
        context.checkDuplicates(entry, Self.entrySingletons, namespaceURI: Namespace.atom)
        let sourceHasAuthor = entry.child("source", Namespace.atom)?.has("author", Namespace.atom) == true
        if !entry.has("author", Namespace.atom) && !sourceHasAuthor {
            if entryDocument { context.report(.missingAuthor, entry) } else { entriesWithoutAuthor += 1 }
        }
        let alternate = entry.children("link", Namespace.atom).contains {
            Self.relation(of: $0) == "alternate"
        }
        let content = entry.child("content", Namespace.atom)
        if content == nil && !alternate { context.report(.missingContentOrAlternate, entry) }
        if let content, !entry.has("summary", Namespace.atom), let reason = Self.needsSummary(content) {
            context.report(.missingSummary, entry, child: nil, detail: reason)
        }
        checkLinks(entry, isFeed: false, context: &context)
        if let source = entry.child("source", Namespace.atom) { Self.checkSource(source, context: &context) }
        if let id = entry.child("id", Namespace.atom) {
            context.noteID(id.trimmedText, id, duplicate: .duplicateEntries)
        }
    }

    /// A copied entry's `source` should keep the source feed's required metadata (RFC 4287
    /// §4.2.11), so that the entry can still be credited and dated once taken out of it.
    static func checkSource(_ source: ElementNode, context: inout ValidationContext) {
        for name in ["id", "title", "updated"] where !source.has(name, Namespace.atom) {
            context.report(.missingSourceElement, source, child: name)
        }
        context.checkDuplicates(source, feedSingletons, namespaceURI: Namespace.atom)
        checkAlternates(source, context: &context)
    }

    /// RFC 4287 §4.1.1.1: out-of-line or base64-encoded content needs a summary.
    static func needsSummary(_ content: ElementNode) -> String? {
        if content.attribute("src") != nil { return "out of line (src)" }
        guard let type = content.attribute("type"), !["text", "html", "xhtml"].contains(type) else {
            return nil
        }
        let lower = type.lowercased()
        if lower.hasPrefix("text/") || lower.hasSuffix("+xml") || lower.hasSuffix("/xml") { return nil }
        return "base64-encoded (\(type))"
    }

    func checkContent(_ content: ElementNode, context: inout ValidationContext) {
        let type = content.attribute("type") ?? "text"
        if let src = content.attribute("src") {
            context.checkURL(src, content, attribute: "src", full: false, iri: true)
            if !content.trimmedText.isEmpty || !content.children.isEmpty {
                context.report(.invalidValue, content, value: "content with src must be empty")
            }
            Self.checkOutOfLineType(content, context: &context)
            return
        }
        switch type {
        case "text", "html", "xhtml": checkTextConstruct(content, context: &context)
        case "text/html":
            Self.checkMarkupChildren(content, context: &context)
            context.checkHTML(content.text, content, hasBase: content.hasBase)
        default:
            guard ValueCheck.isMIMEType(type) else {
                return context.report(.invalidMIMEType, content, value: type)
            }
            Self.checkMarkupChildren(content, context: &context)
            if Self.needsSummary(content) != nil, content.attribute("src") == nil,
                !isBase64(content.trimmedText)
            {
                context.report(.notBase64, content)
            }
        }
    }

    private func isBase64(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars
        where !(scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t") {
            guard scalar.isASCII,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "+/=".unicodeScalars.contains(scalar)
            else { return false }
            count += 1
        }
        return count % 4 == 0
    }
}
