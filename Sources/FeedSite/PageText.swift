import FeedModel

/// Text from feeds, made fit for an HTML page.
///
/// HTML forbids control characters other than whitespace and the Unicode noncharacters in a
/// document: the Nu checker reports each as an error. The XML writer already drops the ones
/// XML forbids when it writes a feed, but a JSON Feed partner can carry any of them, and DEL
/// and the C1 controls are legal in XML, so the pages drop them here.
enum PageText {
    /// `text` without the characters HTML forbids; returned as is (no copy) when clean,
    /// which titles nearly always are.
    static func clean(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0C || value == 0x0D }
        if value < 0x7F { return true }
        if value <= 0x9F { return false }
        if (0xFDD0...0xFDEF).contains(value) { return false }
        return value & 0xFFFE != 0xFFFE
    }
}

extension PageText {
    /// The feed with every text a page prints cleaned; ids and links stay as they are, since
    /// paths and anchors derive from the ids.
    static func cleaned(_ feed: Feed) -> Feed {
        var copy = feed
        copy.title = clean(feed.title)
        copy.subtitle = feed.subtitle.map(clean)
        copy.entries = feed.entries.map(cleaned)
        return copy
    }

    static func cleaned(_ entry: Entry) -> Entry {
        var copy = entry
        copy.title = clean(entry.title)
        copy.categories = entry.categories.map { category in
            Category(term: clean(category.term), scheme: category.scheme, label: category.label.map(clean))
        }
        copy.origin = entry.origin.map {
            Origin(name: clean($0.name), feedURL: $0.feedURL, siteURL: $0.siteURL)
        }
        // Only own content is printed; a partner's may be long and is never shown.
        if entry.origin == nil, let content = entry.content {
            copy.content = Text(clean(content.value), kind: content.kind)
        }
        return copy
    }
}
