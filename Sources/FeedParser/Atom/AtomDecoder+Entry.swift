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

    private mutating func entryElement(_ node: XMLNode, into entry: inout AtomEntry) {
        switch node.localName {
        case "id": entry.id = node.textContent
        case "title": entry.title = text(node)
        case "updated", "modified": entry.updated = node.textContent
        case "published", "issued": entry.published = node.textContent
        case "created": entry.published = entry.published ?? node.textContent
        case "author": entry.authors.append(person(node))
        case "contributor": entry.contributors.append(person(node))
        case "link": entry.links.append(link(node))
        case "category": entry.categories.append(category(node))
        case "summary": entry.summary = text(node)
        case "content": entry.content = content(node)
        case "rights", "copyright": entry.rights = text(node)
        case "source": entry.source = source(node)
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
