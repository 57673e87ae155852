extension HTMLAllowlist {
    /// The allowlist for HTML from untrusted feeds: text structure, lists, tables, quotes,
    /// code, images, audio and video; no scripts, styles, forms, frames or foreign content.
    ///
    /// Choices, and why:
    ///
    /// - `a` keeps `href` (http, https, mailto) and `title`; an `a` without a usable `href` is
    ///   unwrapped. No `rel` or `target` is added: `target` is never kept, so a link cannot
    ///   open a window that could reach back (no reverse tabnabbing), and the referrer policy
    ///   belongs to whoever displays the content. Use ``addedAttributes`` to add
    ///   `rel="noopener noreferrer"` when rendering into a web page.
    /// - `img` keeps `src`, `srcset`, `sizes`, `alt`, `title`, `width` and `height` (http and
    ///   https only, never `data:`); an `img` without a usable `src` or `srcset` is dropped.
    ///   `audio`, `video` and `source` keep their sources, `poster` and `controls`.
    /// - No `class`, `id` or `style`: they would let content restyle or clobber the page
    ///   that shows it.
    /// - `iframe`, `frame`, `object`, `embed` and `applet` are dropped with their content
    ///   (embeds are a policy decision for the renderer), as are `script`, `style`,
    ///   `template`, `noscript` (its fallback usually duplicates lazy-loaded images),
    ///   `noembed`, `noframes`, `head`, `title` and the metadata elements.
    /// - `svg` and `math` are dropped with their content: their parsing rules differ from
    ///   HTML's (the classic source of mutation XSS) and little of either is readable as
    ///   text.
    /// - `form` and `fieldset` are unwrapped, not dropped, because some publishing systems
    ///   wrap a whole article in a form; the controls (`input`, `button`, `select`,
    ///   `textarea`, …) are dropped with their content, so nothing submittable survives.
    /// - Unknown and presentational elements (`font`, `center`, `nav`, custom elements) are
    ///   unwrapped and keep their text.
    public static let `default` = HTMLAllowlist(
        elements: defaultElements,
        globalAttributes: ["title", "lang", "dir"],
        urlSchemes: [
            "href": ["http", "https", "mailto"],
            "src": ["http", "https"],
            "srcset": ["http", "https"],
            "poster": ["http", "https"],
            "cite": ["http", "https"],
        ],
        srcsetAttributes: ["srcset"],
        requiredAttributes: ["a": ["href"], "img": ["src", "srcset"], "source": ["src", "srcset"]],
        droppedWithContent: [
            "applet", "base", "basefont", "bgsound", "button", "datalist", "embed", "frame", "frameset",
            "head", "iframe", "input", "keygen", "link", "math", "meta", "noembed", "noframes",
            "noscript", "object", "optgroup", "option", "param", "script", "select", "style", "svg",
            "template", "textarea", "title",
        ]
    )

    private static let defaultElements: [String: Set<String>] = {
        var elements: [String: Set<String>] = [
            "a": ["href"],
            "blockquote": ["cite"],
            "q": ["cite"],
            "del": ["cite", "datetime"],
            "ins": ["cite", "datetime"],
            "time": ["datetime"],
            "abbr": [],
            "ol": ["start", "reversed", "type"],
            "li": ["value"],
            "img": ["src", "srcset", "sizes", "alt", "width", "height"],
            "picture": [],
            "source": ["src", "srcset", "sizes", "type", "media"],
            "audio": ["src", "controls"],
            "video": ["src", "poster", "width", "height", "controls"],
            "table": ["summary"],
            "col": ["span"],
            "colgroup": ["span"],
            "td": ["colspan", "rowspan", "headers"],
            "th": ["colspan", "rowspan", "headers", "scope", "abbr"],
            "details": ["open"],
        ]
        let plain = [
            "address", "article", "aside", "b", "bdi", "bdo", "big", "br", "caption", "cite", "code",
            "dd", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "i", "kbd", "mark", "p", "pre", "rp", "rt",
            "ruby", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary",
            "sup", "tbody", "tfoot", "thead", "tr", "tt", "u", "ul", "var", "wbr", "acronym",
        ]
        for name in plain { elements[name] = [] }
        return elements
    }()
}
