import FeedFormats

extension AtomDecoder {
    mutating func entry(_ node: XMLNode) -> AtomEntry {
        var entry = AtomEntry(
            id: "", title: AtomText(""), updated: "", base: node.base, language: node.language)
        for child in node.elements {
            if child.namespaceURI == namespace {
                entryElement(child, into: &entry)
            } else if child.is("in-reply-to", in: Namespace.thread), let ref = child.attribute("ref") {
                entry.inReplyTo.append(
                    ThreadReference(ref: ref, href: child.attribute("href"), type: child.attribute("type")))
            } else if ExtensionElements.media(child, into: &entry.media)
                || ExtensionElements.dublinCore(child, into: &entry.dublinCore)
            {
                continue
            } else if !child.namespaceURI.isEmpty {
                entry.foreignElements.append(ExtensionElements.foreign(child))
            }
        }
        return entry
    }

    /// Single-valued elements keep their first non-blank copy, as in RSS.
    private mutating func entryElement(_ node: XMLNode, into entry: inout AtomEntry) {
        switch node.localName {
        case "id" where entry.id.isBlank: entry.id = node.textContent
        case "title" where entry.title.value.isBlank: entry.title = text(node)
        case "updated", "modified": if entry.updated.isBlank { entry.updated = node.textContent }
        case "published", "issued": entry.published.keepFirstNonBlank(node.textContent)
        case "created": entry.published = entry.published ?? node.textContent
        case "author": entry.authors.append(person(node))
        case "contributor": entry.contributors.append(person(node))
        case "link": entry.links.append(link(node))
        case "category": entry.categories.append(category(node))
        case "summary" where entry.summary?.value.isBlank ?? true: entry.summary = text(node)
        case "content" where entry.content.map { $0.src == nil && $0.value.isBlank } ?? true:
            entry.content = content(node)
        case "rights", "copyright": if entry.rights?.value.isBlank ?? true { entry.rights = text(node) }
        case "source" where entry.source == nil: entry.source = source(node)
        default: break
        }
    }

    private mutating func source(_ node: XMLNode) -> AtomSource {
        var source = AtomSource()
        for child in node.elements where child.namespaceURI == namespace {
            switch child.localName {
            case "id": source.id = child.textContent.trimmed
            case "title": source.title = text(child).value
            case "link" where child.attribute("rel") == "self": source.selfLink = child.attribute("href")
            default: break
            }
        }
        return source
    }
}
