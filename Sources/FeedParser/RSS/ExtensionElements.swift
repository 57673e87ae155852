import FeedFormats

/// The extension modules RSS channels and items share, matched by namespace URI.
enum ExtensionElements {
    static func atomLink(_ node: XMLNode) -> RSSAtomLink {
        var link = RSSAtomLink(
            href: node.attribute("href") ?? "", rel: node.attribute("rel") ?? "alternate",
            type: node.attribute("type"))
        link.length = node.attribute("length")
        link.base = ownBase(node)
        return link
    }

    /// The base of an element that writes `xml:base` itself; nil when it inherits one.
    static func ownBase(_ node: XMLNode) -> String? {
        node.attributes.isEmpty || node.attribute("base", namespaceURI: Namespace.xml) == nil
            ? nil : node.base
    }

    static func atomPerson(_ node: XMLNode) -> AtomPerson {
        var person = AtomPerson(name: "")
        for child in node.elements where child.namespaceURI == Namespace.atom10 {
            switch child.localName {
            case "name": person.name = child.textContent
            case "uri": person.uri = child.textContent
            case "email": person.email = child.textContent
            default: break
            }
        }
        return person
    }

    static func foreign(_ node: XMLNode) -> ForeignElement {
        ForeignElement(namespaceURI: node.namespaceURI, localName: node.localName, text: node.textContent)
    }

    /// Returns false when `node` is not a Dublin Core element. Single-valued elements
    /// keep their first non-blank copy; dates, creators and subjects are lists.
    static func dublinCore(_ node: XMLNode, into dc: inout DublinCore) -> Bool {
        guard isDublinCore(node.namespaceURI) else { return false }
        let text = node.textContent
        switch node.localName {
        case "title": dc.title.keepFirstNonBlank(text)
        case "creator": dc.creators.append(text)
        case "subject": dc.subjects.append(text)
        case "description": dc.description.keepFirstNonBlank(text)
        case "publisher": dc.publisher.keepFirstNonBlank(text)
        case "contributor": dc.contributors.append(text)
        case "date", "created", "issued": dc.dates.append(text)
        case "modified": dc.modified.append(text)
        case "identifier": dc.identifier.keepFirstNonBlank(text)
        case "language": dc.language.keepFirstNonBlank(text)
        case "rights": dc.rights.keepFirstNonBlank(text)
        default: break
        }
        return true
    }

    /// Dublin Core's elements and its terms (`dcterms:`), read as one vocabulary.
    static func isDublinCore(_ uri: String) -> Bool {
        uri == Namespace.dc || uri == Namespace.dcterms
    }

    /// Returns false when `node` is not an iTunes element. Single-valued elements keep
    /// their first non-blank copy.
    static func itunes(_ node: XMLNode, into itunes: inout ITunes) -> Bool {
        guard Namespace.isITunes(node.namespaceURI) else { return false }
        let text = node.textContent.trimmed
        switch node.localName {
        case "author": itunes.author.keepFirstNonBlank(text)
        case "duration": itunes.duration.keepFirstNonBlank(text)
        case "image" where itunes.image == nil:
            itunes.image = node.attribute("href") ?? (text.isEmpty ? nil : text)
        case "explicit": itunes.explicit.keepFirstNonBlank(text)
        case "summary": itunes.summary.keepFirstNonBlank(node.textContent)
        case "subtitle": itunes.subtitle.keepFirstNonBlank(text)
        case "category": node.attribute("text").map { itunes.categories.append($0) }
        default: break
        }
        return true
    }

    /// Returns false when `node` is not a Media RSS element.
    static func media(_ node: XMLNode, into media: inout MediaRSS) -> Bool {
        guard Namespace.isMedia(node.namespaceURI) else { return false }
        switch node.localName {
        case "content": media.contents.append(mediaContent(node))
        case "thumbnail": thumbnail(node).map { media.thumbnails.append($0) }
        case "title": media.title.keepFirstNonBlank(node.textContent)
        case "description": media.description.keepFirstNonBlank(node.textContent)
        case "group":
            for child in node.elements { _ = self.media(child, into: &media) }
        default: break
        }
        return true
    }

    private static func mediaContent(_ node: XMLNode) -> MediaContent {
        var content = MediaContent(
            url: node.attribute("url"), type: node.attribute("type"), medium: node.attribute("medium"),
            fileSize: node.attribute("fileSize"), duration: node.attribute("duration"),
            width: node.attribute("width"), height: node.attribute("height"))
        for child in node.elements where Namespace.isMedia(child.namespaceURI) {
            switch child.localName {
            case "title": content.title = child.textContent
            case "description": content.description = child.textContent
            case "thumbnail": thumbnail(child).map { content.thumbnails.append($0) }
            default: break
            }
        }
        return content
    }

    private static func thumbnail(_ node: XMLNode) -> MediaThumbnail? {
        node.attribute("url").map {
            MediaThumbnail(url: $0, width: node.attribute("width"), height: node.attribute("height"))
        }
    }
}
