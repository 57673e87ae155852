import FeedXML

/// Sanitises HTML fragments from untrusted feeds (RSS `description` and `content:encoded`,
/// Atom `html`/`xhtml` content, JSON Feed `content_html`) against an ``HTMLAllowlist``.
///
/// The fragment is parsed with libxml2's HTML parser, so it is read as a browser-like,
/// forgiving parser reads it: unclosed and misnested tags are closed, entities decoded,
/// broken attributes recovered. The allowlisted part of the parse is then written out
/// afresh (nothing of the input's text is copied without being re-escaped), so the output
/// is well-formed and the same input always gives the same bytes.
///
/// Input is treated as HTML: entity-escaped markup (`&lt;p&gt;`) stays text. Decoding that
/// is the feed parser's job.
///
/// Output format — HTML, not XHTML:
///
/// - void elements without a slash (`<br>`, `<img src="…">`); other elements always get
///   their end tag, also where HTML lets it be implied (`</p>`, `</li>`);
/// - attributes in input order, values always double-quoted; an attribute written without
///   a value stays without one (`controls`);
/// - `&`, `<`, `>` escaped in text, also `"` in attribute values; U+00A0 written as
///   `&nbsp;`; every other character as literal UTF-8 (Cyrillic stays Cyrillic);
/// - line breaks as LF; characters XML 1.0 forbids dropped; C1 controls mapped as browsers
///   map `&#128;`–`&#159;` (see `HTMLEscaping`);
/// - comments and processing instructions removed; whitespace kept as it was.
///
/// Output is a fixed point: sanitising it again with the same base URL returns it
/// unchanged. Where unwrapping an element would let a second parse nest things
/// differently (a `div` inside an unwrapped `font` inside a `p`), the end tags that parse
/// would imply are written out. And whatever parser reads the output, browsers included, it
/// can only find allowlisted elements and attributes, because all text and attribute values
/// come out escaped; parsers may differ only in how they nest them.
///
/// Malformed markup is repaired the way libxml2 2.9 repairs it, which is close to but not
/// the same as a browser: `<p>` closes at a block, an unclosed `<script>` takes the rest of
/// the fragment, a start tag cut off by the end of input is kept without the broken
/// attribute. An end tag of the parser's wrapper (`</feedwright-fragment>`) in the input
/// ends the wrapper early; what follows is still sanitised, with a `<p>` around loose text.
public struct HTMLSanitizer: Sendable {
    /// The elements, attributes and URL schemes this sanitiser keeps.
    public let allowlist: HTMLAllowlist
    let compiled: HTMLCompiledAllowlist

    /// A sanitiser for `allowlist`; the default one is compiled once per process and shared.
    public init(allowlist: HTMLAllowlist = .default) {
        self.allowlist = allowlist
        compiled = allowlist == .default ? Self.defaultCompiled : HTMLCompiledAllowlist(allowlist)
    }

    static let defaultCompiled = HTMLCompiledAllowlist(.default)

    /// Sanitises `html`, resolving relative URLs against `baseURL` (the entry's `xml:base`,
    /// or the feed's URL). Without a base URL, or if it is not absolute, relative URLs are
    /// kept as they are.
    ///
    /// A fragment without `<`, `&` and NUL is plain text and skips the parser; it is returned
    /// as it is if nothing in it needs escaping.
    public func sanitize(_ html: String, baseURL: String?) -> SanitizedHTML {
        var html = html
        let needsEscaping = html.withContiguousUTF8 { HTMLEscaping.textNeedsEscaping($0) }
        switch needsEscaping {
        case false?:
            return SanitizedHTML(html: html)
        case true?:
            return SanitizedHTML(html: Self.escapeText(html))
        case nil:
            return sanitizeMarkup(html, baseURL: baseURL, fastPath: true)
        }
    }

    /// Markup goes through the fast tokenizer when it is simple enough (see
    /// `HTMLFastPath`), else through libxml2's HTML parser; both feed the same sink.
    func sanitizeMarkup(_ html: String, baseURL: String?, fastPath: Bool) -> SanitizedHTML {
        var html = html
        let base = baseURL.flatMap(HTMLBaseURL.init)
        let capacity = html.utf8.count + 64
        if fastPath {
            let sink = HTMLSanitizingSink(allowlist: compiled, base: base, capacity: capacity)
            if html.withContiguousUTF8({ HTMLFastPath.run($0, into: sink) }) { return sink.finish() }
        }
        // The fast path's sink, if any, saw part of the fragment: the parser gets a new one.
        let sink = HTMLSanitizingSink(allowlist: compiled, base: base, capacity: capacity)
        guard HTMLFragmentParser.parse(html, into: sink) else {
            return SanitizedHTML(html: Self.escapeText(html))
        }
        return sink.finish()
    }

    private static func escapeText(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        text.withContiguousUTF8 { bytes in
            out.reserveCapacity(bytes.count + 16)
            var pendingCR = false
            HTMLEscaping.append(bytes, to: &out, mode: .text, pendingCR: &pendingCR)
        }
        return out.withUnsafeBufferPointer { String(decodingUTF8: $0) }
    }
}

extension HTMLSanitizer {
    /// The text of an HTML fragment, for titles with markup and for plain-text fallbacks
    /// (JSON Feed `content_text`).
    ///
    /// Entities are decoded; content dropped by the default allowlist (`script`, `style`,
    /// `iframe`, `svg`, …) and comments are left out. The start and end of a block element
    /// (`p`, `div`, `li`, `h1`…, `tr`, `blockquote`, …) and `<br>` become a line break; table
    /// cells are separated by a space. Runs of whitespace (space, tab, line breaks) collapse
    /// to one space, runs of line breaks to one LF, and the result is trimmed. U+00A0 is kept
    /// as a character. Use `split(whereSeparator: \.isNewline).joined(separator: " ")` for
    /// one line.
    public static func plainText(_ html: String) -> String {
        var html = html
        let needsParser = html.withContiguousUTF8 { HTMLEscaping.textNeedsEscaping($0) } == nil
        let sink = HTMLPlainTextSink(capacity: html.utf8.count)
        if needsParser {
            guard HTMLFragmentParser.parse(html, into: sink) else { return "" }
        } else {
            html.withContiguousUTF8 { sink.characters($0, depth: 1) }
        }
        return sink.finish()
    }
}

/// The result of ``HTMLSanitizer/sanitize(_:baseURL:)``: safe HTML and what was taken out.
public struct SanitizedHTML: Sendable, Hashable {
    /// The sanitised fragment: well-formed HTML (not XHTML) using only allowlisted elements
    /// and attributes.
    public var html: String

    /// What was removed, each distinct removal once with its count, in order of first
    /// occurrence. Empty when nothing was removed. Comments and unwrapped tags count too;
    /// filter on ``HTMLRemoval/kind`` to report only some.
    public var removals: [HTMLRemoval]

    /// A result holding `html` and what was removed from it.
    public init(html: String, removals: [HTMLRemoval] = []) {
        self.html = html
        self.removals = removals
    }

    /// ``removals`` as short descriptions (`<script> element`, `onerror on <img>`,
    /// `href URL on <a> ×2`), for diagnostics.
    public var removed: [String] { removals.map(\.description) }

    /// How many things were removed in total.
    public var removedCount: Int { removals.reduce(0) { $0 + $1.count } }
}
