/// An Atom text construct: the value and the `type` attribute that says how to read it.
public struct AtomText: Sendable, Equatable {
    /// The `type` attribute of a text construct.
    public enum Kind: String, Sendable, Equatable {
        /// Plain text: markup characters are literal.
        case text
        /// Escaped HTML, to be unescaped once and read as an HTML fragment.
        case html
        /// An inline XHTML `div`, serialised, whose children are the content.
        case xhtml
    }

    /// How ``value`` is to be read.
    public var kind: Kind
    /// The text as the element holds it, already unescaped by the XML reader.
    public var value: String
    /// The `xml:base` in scope on the element (its own, or inherited), resolved: the base
    /// for relative URLs in HTML and XHTML values. Nil when the reader did not record one.
    public var base: String?

    /// A text construct; plain text unless `kind` says otherwise.
    public init(_ value: String, kind: Kind = .text, base: String? = nil) {
        self.kind = kind
        self.value = value
        self.base = base
    }
}

/// An Atom `content` element (RFC 4287 section 4.1.3): inline text, HTML or XHTML, inline
/// content of another media type, or a reference to content elsewhere (`src`).
public struct AtomContent: Sendable, Equatable {
    /// The `type` attribute: `text`, `html`, `xhtml` or a MIME type; `nil` means `text`.
    public var type: String?
    /// The inline content, as the element holds it; empty for out-of-line content.
    public var value: String
    /// Out-of-line content: the content is at this IRI and `value` is empty.
    public var src: String?
    /// The `xml:base` in scope on the element (its own, or inherited), resolved: the base
    /// for `src` and for relative URLs in the value.
    public var base: String?

    /// Content as read or to be written; inline text unless `type` or `src` say otherwise.
    public init(_ value: String, type: String? = nil, src: String? = nil, base: String? = nil) {
        self.type = type
        self.value = value
        self.src = src
        self.base = base
    }

    /// The text-construct kind this content reads as, if it is one of the three.
    public var textKind: AtomText.Kind? {
        switch type?.lowercased() {
        case nil, "text", "text/plain": .text
        case "html", "text/html": .html
        case "xhtml", "application/xhtml+xml": .xhtml
        default: nil
        }
    }
}

/// An Atom person construct (`author`, `contributor`).
public struct AtomPerson: Sendable, Equatable {
    /// The person's name, the one required child.
    public var name: String
    /// A page about the person (`uri`).
    public var uri: String?
    /// The person's e-mail address (`email`).
    public var email: String?

    /// A person construct with the children that were given.
    public init(name: String, uri: String? = nil, email: String? = nil) {
        self.name = name
        self.uri = uri
        self.email = email
    }
}

/// An Atom `link`.
public struct AtomLink: Sendable, Equatable {
    /// The linked IRI as written; may be relative to ``base``.
    public var href: String
    /// Omitted on output when it is `alternate`, the default RFC 4287 gives it.
    public var rel: String?
    /// The media type the link is expected to return.
    public var type: String?
    /// The language of the linked resource.
    public var hreflang: String?
    /// A human-readable name for the link.
    public var title: String?
    /// The size of the linked resource in bytes (enclosures).
    public var length: Int64?
    /// The `xml:base` in scope on the element (its own, or inherited), resolved: the base
    /// for a relative `href`.
    public var base: String?

    /// A link with the attributes that were given; `rel` `nil` reads as `alternate`.
    public init(
        href: String,
        rel: String? = nil,
        type: String? = nil,
        hreflang: String? = nil,
        title: String? = nil,
        length: Int64? = nil,
        base: String? = nil
    ) {
        self.href = href
        self.rel = rel
        self.type = type
        self.hreflang = hreflang
        self.title = title
        self.length = length
        self.base = base
    }
}

/// An Atom `category`.
public struct AtomCategory: Sendable, Equatable {
    /// The category itself, the one required attribute.
    public var term: String
    /// The IRI of the categorisation scheme `term` belongs to.
    public var scheme: String?
    /// A human-readable name to show instead of `term`.
    public var label: String?

    /// A category with the attributes that were given.
    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}

/// The Atom `generator` element.
public struct AtomGenerator: Sendable, Equatable {
    /// The program's name: the element's text.
    public var name: String
    /// The program's home page (`uri` attribute).
    public var uri: String?
    /// The program's version (`version` attribute).
    public var version: String?

    /// A generator with the attributes that were given.
    public init(name: String, uri: String? = nil, version: String? = nil) {
        self.name = name
        self.uri = uri
        self.version = version
    }
}

/// An Atom entry `source`: the metadata of the feed a copied entry came from.
public struct AtomSource: Sendable, Equatable {
    /// The source feed's `id`.
    public var id: String?
    /// The source feed's title, as plain text.
    public var title: String?
    /// The source feed's `rel="self"` link: where it is published.
    public var selfLink: String?
    /// RFC 3339: when the source feed was last updated.
    public var updated: String?

    /// A source with the metadata that is known.
    public init(id: String? = nil, title: String? = nil, selfLink: String? = nil, updated: String? = nil) {
        self.id = id
        self.title = title
        self.selfLink = selfLink
        self.updated = updated
    }
}
