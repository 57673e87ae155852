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
        var text = text
        return text.withUTF8 { HTMLFieldScan.firstTag($0) }
    }

    /// Unsafe markup in an HTML fragment: (code, what).
    static func risks(in html: String) -> [(ValidationCode, String)] {
        risks(in: html, scan: HTMLFieldScan(html))
    }

    /// The risks of `html`, whose `scan` is already done: the sanitiser runs only when the
    /// scan found markup that might be risky.
    static func risks(in html: String, scan: HTMLFieldScan) -> [(ValidationCode, String)] {
        scan.mayBeRisky ? sanitizerRisks(in: html) : []
    }

    /// What the sanitiser removes from `html` that makes it a risk.
    static func sanitizerRisks(in html: String) -> [(ValidationCode, String)] {
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
        var bytes = html
        switch bytes.withUTF8({ HTMLFieldScan.dangerousCSS(in: $0) }) {
        case false?: return false
        case true?: return true
        case nil: return isDangerousStyleByCharacters(html)
        }
    }

    /// The same search on characters, where a marker found on bytes borders on a byte that
    /// may belong to a character cluster reaching into it.
    private static func isDangerousStyleByCharacters(_ html: String) -> Bool {
        let lower = html.lowercased()
        return lower.contains("expression(") || lower.contains("javascript:") || lower.contains("behavior:")
            || lower.contains("-moz-binding")
    }
}
