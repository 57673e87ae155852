/// What ``HTMLSanitizer`` keeps, as data.
///
/// Every element is in one of three classes:
///
/// - **kept** (a key of ``elements``): the start and end tags are written, with the attributes
///   listed for the element plus ``globalAttributes``; other attributes are dropped;
/// - **dropped with content** (``droppedWithContent``): the element and everything inside it
///   disappear (`script`, `style`, `iframe`, `svg`, …);
/// - **unwrapped** (anything else, including unknown and misspelt elements): the tags
///   disappear and the content is sanitised in the parent's place, so text is never lost.
///
/// URL-valued attributes are checked against ``urlSchemes`` after relative references are
/// resolved against the caller's base URL; a URL whose scheme is not listed for its attribute
/// is dropped with the attribute.
///
/// Some rules hold whatever the allowlist says, so that a mistaken custom allowlist cannot
/// reopen a hole:
///
/// - attributes named `on…`, `style`, `srcdoc`, `formaction` and `xmlns…` are never kept;
/// - the schemes `javascript`, `vbscript` and `data` are never accepted;
/// - the attributes that hold URLs in HTML (`href`, `src`, `cite`, `poster`, `action`,
///   `background`, `longdesc`, `srcset`, …) are always URL-checked; one missing from
///   ``urlSchemes`` accepts relative references only;
/// - elements whose content a browser does not parse as ordinary HTML, or which run code or
///   load documents (`script`, `style`, `textarea`, `title`, `xmp`, `iframe`, `object`,
///   `embed`, `noscript`, `template`, `svg`, `math`, …) are never kept: listed in
///   ``elements``, they are dropped with their content instead. `html` and `body` are always
///   unwrapped.
///
/// Names are ASCII and case-insensitive (they are lowercased when the allowlist is used).
public struct HTMLAllowlist: Sendable, Hashable {
    /// Kept elements, each with the attributes it may keep besides ``globalAttributes``.
    public var elements: [String: Set<String>]

    /// Attributes every kept element may keep (`title`, `lang`, `dir` by default).
    public var globalAttributes: Set<String>

    /// URL-valued attributes and the schemes each accepts. Relative references are always
    /// accepted; they are resolved against the base URL when there is one, and the resolved
    /// URL's scheme must then be listed.
    public var urlSchemes: [String: Set<String>]

    /// Attributes holding a `srcset` list (`url descriptor, url descriptor`): each candidate
    /// URL is checked with the schemes ``urlSchemes`` lists for the attribute, and bad
    /// candidates are dropped one by one.
    public var srcsetAttributes: Set<String>

    /// Kept elements that need one of these attributes to survive (after URL checks). A void
    /// element without one is dropped (`<img>` without `src` or `srcset`); any other element
    /// is unwrapped (`<a name="x">` keeps its text but loses the tag).
    public var requiredAttributes: [String: Set<String>]

    /// Elements removed together with everything inside them.
    public var droppedWithContent: Set<String>

    /// Attributes written on every kept element of a kind, replacing an input attribute of
    /// the same name, in name order; for example `["a": ["rel": "noopener noreferrer"]]`.
    public var addedAttributes: [String: [String: String]]

    /// An allowlist of elements with their attributes; names are matched lowercased.
    public init(
        elements: [String: Set<String>],
        globalAttributes: Set<String> = [],
        urlSchemes: [String: Set<String>],
        srcsetAttributes: Set<String> = [],
        requiredAttributes: [String: Set<String>] = [:],
        droppedWithContent: Set<String>,
        addedAttributes: [String: [String: String]] = [:]
    ) {
        self.elements = elements
        self.globalAttributes = globalAttributes
        self.urlSchemes = urlSchemes
        self.srcsetAttributes = srcsetAttributes
        self.requiredAttributes = requiredAttributes
        self.droppedWithContent = droppedWithContent
        self.addedAttributes = addedAttributes
    }
}
