internal import CLibXML2

/// An ``HTMLAllowlist`` turned into lookup tables, with the rules that hold whatever the
/// allowlist says applied (see ``HTMLAllowlist``). Built once per sanitiser; immutable.
final class HTMLCompiledAllowlist: Sendable {
    let table: HTMLNameTable
    let rules: [HTMLElementRule]

    /// HTML's void elements: written without an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Elements never kept: raw-text and script-capable elements, embedded documents and
    /// foreign content.
    static let neverKept: Set<String> = [
        "applet", "base", "embed", "frame", "frameset", "head", "iframe", "link", "math", "meta",
        "noembed", "noframes", "noscript", "object", "plaintext", "script", "style", "svg",
        "template", "textarea", "title", "xmp",
    ]

    /// Always unwrapped: the document structure a fragment may carry along.
    static let alwaysUnwrapped: Set<String> = ["html", "body"]

    /// Attributes that hold URLs in HTML; always URL-checked.
    static let urlAttributes: Set<String> = [
        "action", "archive", "background", "cite", "classid", "codebase", "data", "dynsrc", "href",
        "icon", "imagesrcset", "longdesc", "lowsrc", "manifest", "ping", "poster", "profile", "src",
        "srcset", "usemap", "xlink:href",
    ]

    /// Schemes never accepted.
    static let forbiddenSchemes: Set<String> = ["javascript", "vbscript", "data"]

    /// Elements that libxml2 closes when the same element starts inside them (`<p><p>`), so
    /// that the sanitiser can write what a second parse would see; checked by a test against
    /// libxml2 itself.
    static let closedBySameElement: Set<String> = ["a", "colgroup", "li", "p", "tbody", "td", "th", "tr"]

    static func isForbiddenAttribute(_ name: String) -> Bool {
        name.hasPrefix("on") || name.hasPrefix("xmlns") || name == "style" || name == "srcdoc"
            || name == "formaction"
    }

    init(_ allowlist: HTMLAllowlist) {
        var rules: [HTMLElementRule] = []
        var entries: [(name: String, value: Int)] = []
        let dropped = Set(allowlist.droppedWithContent.map { $0.lowercased() })
            .union(Self.neverKept.intersection(allowlist.elements.keys.map { $0.lowercased() }))
            .subtracting(Self.alwaysUnwrapped)
        for name in dropped.sorted() {
            entries.append((name, rules.count))
            rules.append(HTMLElementRule(dropping: name))
        }
        let kept = allowlist.elements.filter { element, _ in
            let name = element.lowercased()
            return !dropped.contains(name) && !Self.neverKept.contains(name)
                && !Self.alwaysUnwrapped.contains(name)
        }
        for (element, attributes) in kept.sorted(by: { $0.key < $1.key }) {
            let name = element.lowercased()
            entries.append((name, rules.count))
            rules.append(HTMLElementRule(keeping: name, attributes: attributes, allowlist: allowlist))
        }
        self.table = HTMLNameTable(entries)
        self.rules = rules
    }

    /// The index of the rule for the element `name`, or `nil` for an element to unwrap.
    @inline(__always)
    func ruleIndex(for name: UnsafePointer<UInt8>) -> Int? {
        table.value(for: HTMLName(cString: name), cString: name)
    }
}

/// What to do with one element. A class, so that looking a rule up copies one reference.
final class HTMLElementRule: Sendable {
    let name: String
    let keeps: Bool
    let isVoid: Bool
    /// `<name`
    let openTag: [UInt8]
    /// `</name>`
    let closeTag: [UInt8]
    /// The name, NUL-terminated, for libxml2.
    let cName: [UInt8]
    let attributes: [HTMLAttributeRule]
    /// The attributes' packed names, searched before touching a rule.
    let attributeKeys: [HTMLName]
    /// At least one of these must be written for the element to be kept.
    let required: [HTMLName]
    /// The added attributes, serialised (` rel="noopener"`).
    let added: [UInt8]
    let addedNames: [HTMLName]
    let closedBySameElement: Bool

    init(dropping name: String) {
        self.name = name
        keeps = false
        isVoid = HTMLCompiledAllowlist.voidElements.contains(name)
        openTag = []
        closeTag = []
        cName = Array(name.utf8) + [0]
        attributes = []
        attributeKeys = []
        required = []
        added = []
        addedNames = []
        closedBySameElement = false
    }

    init(keeping name: String, attributes: Set<String>, allowlist: HTMLAllowlist) {
        self.name = name
        keeps = true
        isVoid = HTMLCompiledAllowlist.voidElements.contains(name)
        openTag = Array("<\(name)".utf8)
        closeTag = Array("</\(name)>".utf8)
        cName = Array(name.utf8) + [0]
        let names = attributes.union(allowlist.globalAttributes).map { $0.lowercased() }
            .filter { !HTMLCompiledAllowlist.isForbiddenAttribute($0) }
        let srcset = Set(allowlist.srcsetAttributes.map { $0.lowercased() })
        self.attributes = Set(names).sorted().map { attribute in
            HTMLAttributeRule(name: attribute, allowlist: allowlist, isSrcset: srcset.contains(attribute))
        }
        attributeKeys = self.attributes.map(\.key)
        let required = allowlist.requiredAttributes.first { $0.key.lowercased() == name }?.value ?? []
        self.required = required.map { HTMLName($0) }
        let addedPairs = (allowlist.addedAttributes.first { $0.key.lowercased() == name }?.value ?? [:])
            .map { (name: $0.key.lowercased(), value: $0.value) }
            .filter { !HTMLCompiledAllowlist.isForbiddenAttribute($0.name) }
            .sorted { $0.name < $1.name }
        var added: [UInt8] = []
        for pair in addedPairs {
            added += Array(" \(pair.name)=\"".utf8)
            var pendingCR = false
            Array(pair.value.utf8).withUnsafeBufferPointer {
                HTMLEscaping.append($0, to: &added, mode: .attribute, pendingCR: &pendingCR)
            }
            added.append(UInt8(ascii: "\""))
        }
        self.added = added
        addedNames = addedPairs.map { HTMLName($0.name) }
        closedBySameElement = HTMLCompiledAllowlist.closedBySameElement.contains(name)
    }

    /// The rule for the attribute `name` (packed as `key`), if the element keeps it.
    @inline(__always)
    func attributeRule(for key: HTMLName, cString name: UnsafePointer<UInt8>) -> HTMLAttributeRule? {
        var i = 0
        while i < attributeKeys.count {
            if attributeKeys[i] == key && (!key.isLong || attributes[i].matches(name)) {
                return attributes[i]
            }
            i &+= 1
        }
        return nil
    }
}

/// How one kept attribute's value is checked.
final class HTMLAttributeRule: Sendable {
    enum Kind: Sendable {
        case plain
        case url(HTMLSchemeSet)
        case srcset(HTMLSchemeSet)
    }

    let key: HTMLName
    /// The name, NUL-terminated (compared in full for names too long to pack).
    let cName: [UInt8]
    /// ` name="`
    let prefix: [UInt8]
    /// ` name` (for an attribute without a value)
    let bareName: [UInt8]
    let kind: Kind

    init(name: String, allowlist: HTMLAllowlist, isSrcset: Bool) {
        key = HTMLName(name)
        cName = Array(name.utf8) + [0]
        prefix = Array(" \(name)=\"".utf8)
        bareName = Array(" \(name)".utf8)
        let schemes = allowlist.urlSchemes.first { $0.key.lowercased() == name }?.value ?? []
        let set = HTMLSchemeSet(schemes)
        if isSrcset || name == "srcset" || name == "imagesrcset" {
            kind = .srcset(set)
        } else if HTMLCompiledAllowlist.urlAttributes.contains(name)
            || allowlist.urlSchemes.keys.contains(where: { $0.lowercased() == name })
        {
            kind = .url(set)
        } else {
            kind = .plain
        }
    }
}

extension HTMLAttributeRule {
    func matches(_ name: UnsafePointer<UInt8>) -> Bool {
        cName.withUnsafeBufferPointer { xmlStrEqual($0.baseAddress, name) != 0 }
    }
}

/// Lowercase URL schemes, compared as bytes.
final class HTMLSchemeSet: Sendable {
    private let schemes: [[UInt8]]

    init(_ schemes: Set<String>) {
        self.schemes = schemes.map { $0.lowercased() }
            .filter { !HTMLCompiledAllowlist.forbiddenSchemes.contains($0) }
            .sorted().map { Array($0.utf8) }
    }

    /// Whether the scheme in `bytes[range]` (any case) is in the set.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        schemes.contains { scheme in
            guard scheme.count == range.count else { return false }
            var i = range.lowerBound
            for expected in scheme {
                var byte = bytes[i]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if byte != expected { return false }
                i += 1
            }
            return true
        }
    }
}
