/// An OPML 2.0 document as subscription lists use it (<http://opml.org/spec2.opml>): a head
/// with a title and a creation date, and a body of outlines nested as folders.
///
/// Only what feed readers exchange is kept; other head elements and other outline
/// attributes are dropped on reading.
public struct OPMLDocument: Sendable, Equatable {
    /// The version Feedwright writes.
    public static let version20 = "2.0"

    /// The `version` attribute of `<opml>` as read (`"1.0"`, `"2.0"`), `nil` when missing.
    public var version: String?
    /// `<head><title>`: what the list is.
    public var title: String?
    /// `<head><dateCreated>`, as written (an RFC 822 date-time in the specification).
    public var dateCreated: String?
    /// The top-level outlines of `<body>`, in document order.
    public var outlines: [OPMLOutline]

    /// A document of `outlines`, version 2.0 unless another is given.
    public init(
        version: String? = OPMLDocument.version20, title: String? = nil, dateCreated: String? = nil,
        outlines: [OPMLOutline] = []
    ) {
        self.version = version
        self.title = title
        self.dateCreated = dateCreated
        self.outlines = outlines
    }

    /// Every outline that names a feed (a non-blank `xmlUrl`), depth first in document
    /// order: folders flattened, a folder that is itself a feed kept before its children.
    public var subscriptions: [OPMLOutline] {
        var found: [OPMLOutline] = []
        func collect(_ outlines: [OPMLOutline]) {
            for outline in outlines {
                if outline.feedURL != nil { found.append(outline) }
                collect(outline.children)
            }
        }
        collect(outlines)
        return found
    }
}

/// One `<outline>`: a feed when it has an `xmlUrl`, a folder when it has children (or both).
public struct OPMLOutline: Sendable, Equatable {
    /// `text`: the label every outline must have (a reader shows it).
    public var text: String?
    /// `title`: the feed's own title, which readers such as Feedly write beside `text`.
    public var title: String?
    /// `type`: `"rss"` for a feed by convention whatever its format, `"link"`, and so on.
    public var type: String?
    /// `xmlUrl`: the feed's address.
    public var xmlURL: String?
    /// `htmlUrl`: the site the feed belongs to.
    public var htmlURL: String?
    /// Nested outlines: the feeds of a folder.
    public var children: [OPMLOutline]
    /// The 1-based line of the `<outline` tag in the document read, 0 for an outline made
    /// in code; not compared, so a document read back equals the one written.
    public var line: Int

    /// An outline with the attributes given.
    public init(
        text: String? = nil, title: String? = nil, type: String? = nil, xmlURL: String? = nil,
        htmlURL: String? = nil, children: [OPMLOutline] = [], line: Int = 0
    ) {
        self.text = text
        self.title = title
        self.type = type
        self.xmlURL = xmlURL
        self.htmlURL = htmlURL
        self.children = children
        self.line = line
    }

    /// `xmlUrl` without surrounding whitespace, `nil` when missing or blank.
    public var feedURL: String? {
        Self.nonBlank(xmlURL)
    }

    /// The name a reader shows: `title`, else `text` (trimmed), `nil` when both are blank.
    public var displayName: String? {
        Self.nonBlank(title) ?? Self.nonBlank(text)
    }

    /// Outlines are equal when their attributes and children are; where they were read is
    /// not part of the value.
    public static func == (lhs: OPMLOutline, rhs: OPMLOutline) -> Bool {
        lhs.text == rhs.text && lhs.title == rhs.title && lhs.type == rhs.type && lhs.xmlURL == rhs.xmlURL
            && lhs.htmlURL == rhs.htmlURL && lhs.children == rhs.children
    }

    private static func nonBlank(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

extension String {
    /// The string without leading and trailing whitespace and line breaks (FeedFormats
    /// imports nothing, Foundation included).
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
