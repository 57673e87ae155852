internal import FeedHTML

/// HTML findings in text: markup where plain text is expected, and markup a reader must
/// not run (scripts, event handlers, `javascript:` URLs), found by the same sanitiser the
/// parser uses, so "unsafe" means exactly what `convert` would remove.
enum HTMLCheck {
    /// Tag names that mark text as HTML rather than a stray `<`.
    static let commonTags: Set<String> = [
        "a", "abbr", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "i", "img", "li", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "td",
        "th", "tr", "u", "ul", "script", "iframe", "object", "embed", "style", "font", "center", "cite",
    ]

    /// Elements whose presence makes content a security risk (the W3C validator's list).
    static let riskyElements: Set<String> = [
        "script", "applet", "embed", "object", "iframe", "frame", "frameset", "meta", "link", "base", "layer",
        "ilayer",
    ]

    static let sanitizer = HTMLSanitizer()

    /// The first HTML tag in `text`, as `<b>`, or `nil`.
    static func firstTag(in text: String) -> String? {
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            var name = rest[rest.index(after: open)...]
            if name.first == "/" { name = name.dropFirst() }
            let tag = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.lowercased()
            let after = name.dropFirst(tag.count).first
            if commonTags.contains(tag), after == nil || after == ">" || after == " " || after == "/" {
                return "<\(tag)>"
            }
            rest = rest[rest.index(after: open)...]
        }
        return nil
    }

    /// Unsafe markup in an HTML fragment: (code, what).
    static func risks(in html: String) -> [(ValidationCode, String)] {
        guard html.contains("<") else { return [] }
        var findings: [(ValidationCode, String)] = []
        for removal in sanitizer.sanitize(html, baseURL: nil).removals {
            switch removal.kind {
            case .element, .tag:
                if riskyElements.contains(removal.element) {
                    findings.append((.securityRisk, removal.element))
                }
            case .attribute:
                let attribute = removal.attribute ?? ""
                if attribute.hasPrefix("on") {
                    findings.append((.securityRiskAttr, attribute))
                } else if attribute == "style", isDangerousStyle(html) {
                    findings.append((.dangerousStyleAttr, attribute))
                }
            case .url:
                findings.append((.securityRiskAttr, removal.attribute ?? "href"))
            case .comment, .processingInstruction:
                break
            }
        }
        return findings
    }

    /// CSS that can run code or fetch things in old browsers.
    private static func isDangerousStyle(_ html: String) -> Bool {
        let lower = html.lowercased()
        return lower.contains("expression(") || lower.contains("javascript:") || lower.contains("behavior:")
            || lower.contains("-moz-binding")
    }

    /// A numeric character reference to a C1 control (`&#x92;`, `&#150;`): text that was
    /// windows-1252 escaped as if it were Unicode, which shows as a box or nothing.
    static func controlReference(in html: String) -> String? {
        var rest = html[...]
        while let range = rest.range(of: "&#") {
            let body = rest[range.upperBound...].prefix { $0 != ";" && $0 != "<" && $0 != " " }
            let isHex = body.first == "x" || body.first == "X"
            if let value = UInt32(isHex ? String(body.dropFirst()) : String(body), radix: isHex ? 16 : 10),
                (0x80...0x9F).contains(value)
            {
                return "&#" + body + ";"
            }
            rest = rest[range.upperBound...]
        }
        return nil
    }

    /// The first relative `href` or `src` in an HTML fragment, or `nil`.
    static func firstRelativeReference(in html: String) -> String? {
        for attribute in ["href=\"", "src=\"", "href='", "src='"] {
            var rest = html[...]
            while let range = rest.range(of: attribute) {
                let quote = attribute.last!
                let value = rest[range.upperBound...].prefix { $0 != quote }
                if !value.isEmpty, !value.hasPrefix("#"), URLCheck.scheme(of: String(value)) == nil,
                    !value.hasPrefix("//")
                {
                    return String(value)
                }
                rest = rest[range.upperBound...]
            }
        }
        return nil
    }
}
