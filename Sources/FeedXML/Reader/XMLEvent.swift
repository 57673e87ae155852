/// One step of a streaming XML parse, as delivered by ``XMLStreamReader/next()``.
///
/// Start and end events are always balanced: an empty-element tag (`<e/>`) yields a start
/// and an end, and elements still open when a parse ends early (an error without recovery,
/// a limit, or a truncated document) are closed with synthetic end events, innermost first.
///
/// Names are matched by namespace URI and local name, never by prefix; an element or
/// attribute in no namespace has the empty string as its URI.
public enum XMLEvent: Sendable, Equatable {
    /// A start tag (or an empty-element tag) with its attributes.
    case startElement(XMLElementStart)
    /// The end of the element most recently started and not yet ended.
    case endElement(localName: String, namespaceURI: String)
    /// Character data, with character and entity references resolved. Text, significant
    /// whitespace and CDATA sections all arrive here; adjacent pieces of the same kind are
    /// merged, and `isCDATA` says whether this piece came from a `<![CDATA[…]]>` section.
    case text(String, isCDATA: Bool)
    /// A comment's content, without `<!--` and `-->`.
    case comment(String)
    /// A processing instruction such as `<?xml-stylesheet href="a.xsl"?>` (not the XML
    /// declaration, which is not a processing instruction).
    case processingInstruction(target: String, data: String)
    /// The document type declaration: `<!DOCTYPE rss PUBLIC "…" "…">`. The external subset
    /// is never loaded; entities declared in the internal subset are expanded.
    case doctype(name: String, publicID: String?, systemID: String?)
}

/// A start tag: the element's name, its attributes and where it starts.
public struct XMLElementStart: Sendable, Equatable {
    /// The local part of the name (`link` for `atom:link`).
    public var localName: String
    /// The namespace URI the element is in, or `""` for no namespace.
    public var namespaceURI: String
    /// The prefix as written (`atom` for `atom:link`), or `""`. For display only: match
    /// elements by ``namespaceURI``.
    public var prefix: String
    /// The attributes in document order, without namespace declarations (`xmlns`,
    /// `xmlns:p`). `xml:lang`, `xml:base` and `xml:space` are ordinary attributes in
    /// ``XMLAttribute/xmlNamespaceURI``.
    public var attributes: [XMLAttribute]
    /// Whether the element was written as an empty-element tag (`<e/>`). An end event
    /// follows in either case.
    public var isEmpty: Bool
    /// The 1-based line of the tag's `<`.
    public var line: Int
    /// The 1-based column of the tag's `<`, counted in characters (Unicode scalars) the
    /// way libxml2 counts columns in its error messages. 0 when the start of a start tag
    /// spanning several lines could not be located (libxml2 had already discarded the line
    /// start); for an element that comes from an entity's replacement text, the position
    /// just after the entity reference.
    public var column: Int
    /// Nesting depth: 0 for the root element, 1 for its children, and so on.
    public var depth: Int

    /// An element start as the reader reports it (also for tests and callers that build events).
    public init(
        localName: String,
        namespaceURI: String = "",
        prefix: String = "",
        attributes: [XMLAttribute] = [],
        isEmpty: Bool = false,
        line: Int = 0,
        column: Int = 0,
        depth: Int = 0
    ) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.attributes = attributes
        self.isEmpty = isEmpty
        self.line = line
        self.column = column
        self.depth = depth
    }

    /// The name as written: `prefix:localName`, or `localName` without a prefix.
    public var qualifiedName: String { prefix.isEmpty ? localName : prefix + ":" + localName }

    /// The value of the attribute with this local name and namespace URI (`""`, the
    /// default, for an unprefixed attribute), or `nil`.
    public func attribute(_ localName: String, namespaceURI: String = "") -> String? {
        for attribute in attributes where attribute.localName == localName {
            if attribute.namespaceURI == namespaceURI { return attribute.value }
        }
        return nil
    }

    /// The element's own `xml:lang` attribute (not inherited), or `nil`.
    public var xmlLang: String? { attribute("lang", namespaceURI: XMLAttribute.xmlNamespaceURI) }

    /// The element's own `xml:base` attribute, unresolved (not inherited), or `nil`.
    public var xmlBase: String? { attribute("base", namespaceURI: XMLAttribute.xmlNamespaceURI) }
}

/// An attribute of a start tag, with entity and character references resolved and
/// whitespace normalised as XML requires.
public struct XMLAttribute: Sendable, Equatable {
    /// The namespace of `xml:lang`, `xml:base` and `xml:space`.
    public static let xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"

    /// The local part of the name (`base` for `xml:base`).
    public var localName: String
    /// The namespace URI, or `""`: unprefixed attributes are in no namespace, whatever the
    /// element's default namespace.
    public var namespaceURI: String
    /// The prefix as written, or `""`.
    public var prefix: String
    /// The value.
    public var value: String

    /// An attribute; an empty namespace URI and prefix mean no namespace.
    public init(localName: String, namespaceURI: String = "", prefix: String = "", value: String) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.value = value
    }

    /// The name as written: `prefix:localName`, or `localName` without a prefix.
    public var qualifiedName: String { prefix.isEmpty ? localName : prefix + ":" + localName }
}
