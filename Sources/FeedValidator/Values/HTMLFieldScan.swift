/// Everything the validator asks of one HTML field, read in one pass over its UTF-8 bytes:
/// the first C1 control reference, the first relative `href`/`src`, and whether the markup
/// holds anything the sanitiser might remove as a risk.
///
/// The risk answer errs only towards "maybe": the scan reads start tags the way libxml2 and
/// browsers agree on (`<name attr="v" attr='v' attr=v attr>`), and anything outside that
/// subset (comments, declarations, raw-text elements, a quote or `<` where a tokenizer might
/// differ, a tag cut off by the end) is "maybe" too. Only then does the full sanitiser run,
/// and its removals stay the one definition of "unsafe"; plain text and benign HTML never
/// pay for it.
struct HTMLFieldScan {
    /// The first numeric reference to a C1 control, as written with a `;` (`&#x92;`).
    private(set) var controlReference: String?
    /// Whether the sanitiser has to run to know the field's risks.
    private(set) var mayBeRisky = false

    /// The first relative `href` or `src` value, or `nil`. Of several, the first of the kind
    /// that comes first in this order: double-quoted `href`, double-quoted `src`,
    /// single-quoted `href`, single-quoted `src`, unquoted `href`, unquoted `src` (the
    /// quoted ones were once found by four searches in that order, and reports keep it).
    private(set) var relativeReference: String?
    /// The position of `relativeReference`'s kind in that order; 6 while there is none.
    private var relativeKind = 6
    private var sawStyle = false

    init(_ html: String) {
        var html = html
        html.withUTF8 { scan($0) }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) { scan(bytes) }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while let found = Self.nextMarkup(bytes, from: index) {
            index = found
            if bytes[index] == UInt8(ascii: "&") {
                if controlReference == nil { controlReference = Self.controlReference(bytes, at: index) }
                index += 1
            } else {
                index = markup(bytes, at: index)
            }
        }
        if sawStyle && !mayBeRisky { mayBeRisky = Self.containsDangerousCSS(bytes) }
    }

    // MARK: - Tags

    /// Reads the markup at `index` (a `<`); returns where to go on.
    private mutating func markup(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        if ASCIIClass.isLetter(next) {
            let end = startTag(bytes, at: index + 1)
            // References in attribute values count too; the tag's bytes were not read as text.
            var cursor = index + 1
            while controlReference == nil, let found = Self.nextMarkup(bytes, from: cursor), found < end {
                if bytes[found] == UInt8(ascii: "&") {
                    controlReference = Self.controlReference(bytes, at: found)
                }
                cursor = found + 1
            }
            return end
        }
        switch next {
        case UInt8(ascii: "/"):
            if !Self.isCleanEndTag(bytes, at: index + 2) { mayBeRisky = true }
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."):
            // Comments, declarations, processing instructions and names libxml2 may start
            // with these: what follows them is read differently by different parsers.
            mayBeRisky = true
        default:
            break
        }
        return index + 1
    }

    /// Reads a start tag whose name begins at `index`; returns the index after it.
    private mutating func startTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var index = Self.nameEnd(bytes, from: start)
        if Self.opensRiskyOrRawText(UnsafeBufferPointer(rebasing: bytes[start..<index])) { mayBeRisky = true }
        var clean = true
        while true {
            let hadSpace = Self.skipSpaces(bytes, &index)
            guard index < bytes.count else {
                clean = false
                break
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
                index += 2
                break
            }
            if byte == UInt8(ascii: "<") {
                // Left for the main loop to read as the next tag.
                clean = false
                break
            }
            guard hadSpace, ASCIIClass.isLetter(byte) else {
                clean = false
                index += 1
                continue
            }
            if !attribute(bytes, &index) { clean = false }
        }
        if !clean { mayBeRisky = true }
        return index
    }

    /// Reads one attribute at `index` (a letter) and moves past it; false when it is
    /// outside the subset every tokenizer reads alike.
    private mutating func attribute(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        let nameStart = index
        index = Self.nameEnd(bytes, from: index)
        let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<index])
        var clean = index == bytes.count || Self.endsName(bytes[index])
        var probe = index
        Self.skipSpaces(bytes, &probe)
        var value: UnsafeBufferPointer<UInt8>?
        var quote: UInt8 = 0
        if probe < bytes.count, bytes[probe] == UInt8(ascii: "=") {
            probe += 1
            Self.skipSpaces(bytes, &probe)
            index = probe
            let read = Self.value(bytes, &index)
            value = read.value
            quote = read.quote
            clean = clean && read.clean
        }
        if clean { noteRisk(name: name, value: value) }
        if let value { noteReference(name: name, value: value, quote: quote) }
        return clean
    }

    /// An attribute value at `index` (after `=` and spaces), quoted or not.
    private static func value(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int
    ) -> (value: UnsafeBufferPointer<UInt8>, quote: UInt8, clean: Bool) {
        guard index < bytes.count else { return (UnsafeBufferPointer(rebasing: bytes[index...]), 0, false) }
        let quote = bytes[index]
        var clean = true
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != quote {
                if bytes[end] == UInt8(ascii: "<") || bytes[end] == UInt8(ascii: ">") { clean = false }
                end += 1
            }
            if end == bytes.count { clean = false }
            index = min(end + 1, bytes.count)
            return (UnsafeBufferPointer(rebasing: bytes[start..<end]), quote, clean)
        }
        let start = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
            switch bytes[index] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "<"),
                UInt8(ascii: "`"):
                clean = false
            default:
                break
            }
            index += 1
        }
        return (UnsafeBufferPointer(rebasing: bytes[start..<index]), 0, clean && index > start)
    }

    // MARK: - Risks

    /// Event handlers, a `style` (with dangerous CSS somewhere in the field) and URL
    /// attributes whose value may carry a scheme the sanitiser removes.
    private mutating func noteRisk(name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>?) {
        guard !mayBeRisky else { return }
        if name.count >= 2, name[0] | 0x20 == UInt8(ascii: "o"), name[1] | 0x20 == UInt8(ascii: "n") {
            mayBeRisky = true
        } else if Self.equals(name, Self.style) {
            sawStyle = true
        } else if let value, let kind = Self.urlAttributeKind(name) {
            mayBeRisky =
                kind == .srcset ? !Self.isPlainSrcset(value) : !Self.isPlainURL(value, href: kind == .href)
        }
    }

    private enum URLAttributeKind { case href, srcset, other }

    /// Attributes that hold URLs in HTML (the sanitiser's list): their values are checked.
    private static let urlAttributes: [[UInt8]] = [
        "action", "archive", "background", "cite", "classid", "codebase", "data", "dynsrc", "href", "icon",
        "longdesc", "lowsrc", "manifest", "ping", "poster", "profile", "src", "usemap", "xlink:href",
    ].map { Array($0.utf8) }

    private static func urlAttributeKind(_ name: UnsafeBufferPointer<UInt8>) -> URLAttributeKind? {
        if equals(name, href) { return .href }
        if equals(name, srcset) || equals(name, imagesrcset) { return .srcset }
        return urlAttributes.contains { equals(name, $0) } ? .other : nil
    }

    /// A URL the sanitiser keeps as it is: relative, or `http`/`https` (and `mailto` in an
    /// `href`). A `&` or line break before the scheme ends could hide one, so it is not plain.
    private static func isPlainURL(_ value: UnsafeBufferPointer<UInt8>, href: Bool) -> Bool {
        var start = 0
        while start < value.count, value[start] <= 0x20 { start += 1 }
        for index in start..<value.count {
            switch value[index] {
            case UInt8(ascii: ":"):
                let scheme = UnsafeBufferPointer(rebasing: value[start..<index])
                return equals(scheme, http) || equals(scheme, https) || (href && equals(scheme, mailto))
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return true
            case UInt8(ascii: "&"), 0x09, 0x0A, 0x0D:
                return false
            default:
                continue
            }
        }
        return true
    }

    /// A `srcset` whose every `:` ends an `http` or `https` that starts a candidate, with no
    /// reference or line break that could hide another.
    private static func isPlainSrcset(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in value.indices {
            switch value[index] {
            case UInt8(ascii: ":"):
                let start = index >= 5 && value[index - 5] | 0x20 == UInt8(ascii: "h") ? index - 5 : index - 4
                guard start >= 0, start == 0 || value[start - 1] == 0x20 || value[start - 1] == 0x0C else {
                    return false
                }
                let scheme = UnsafeBufferPointer(rebasing: value[start..<index])
                if !equals(scheme, http) && !equals(scheme, https) { return false }
            case UInt8(ascii: "&"), 0x09, 0x0A, 0x0D:
                return false
            default:
                continue
            }
        }
        return true
    }

    /// The sanitiser's risky elements, and the elements whose content libxml2 and browsers
    /// read as raw text (where a scan for tags would see tags that are none), as prefixes.
    private static let riskyOrRawText: [[UInt8]] = [
        "script", "applet", "embed", "object", "iframe", "frame", "meta", "link", "base", "layer", "ilayer",
        "style", "textarea", "title", "xmp", "plaintext", "noscript", "noembed", "noframes", "svg", "math",
        "template",
    ].map { Array($0.utf8) }

    private static func opensRiskyOrRawText(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        // `p`, `a`, `em`, `li`…: the commonest tags are shorter than any of these.
        guard name.count >= 3 else { return false }
        return riskyOrRawText.contains { prefix in
            prefix.count <= name.count
                && equals(UnsafeBufferPointer(rebasing: name[0..<prefix.count]), prefix)
        }
    }

    /// `</name>` with nothing but spaces before the `>`; other end tags are read differently
    /// by different parsers.
    private static func isCleanEndTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start < bytes.count, ASCIIClass.isLetter(bytes[start]) else { return false }
        var index = nameEnd(bytes, from: start)
        skipSpaces(bytes, &index)
        return index < bytes.count && bytes[index] == UInt8(ascii: ">")
    }

    /// What the sanitiser's style check looks for, anywhere in the field.
    private static func containsDangerousCSS(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        dangerousCSSMarkers.contains { contains(bytes, $0) }
    }

    /// Whether the field holds a dangerous CSS marker, in any ASCII case; `nil` when one is
    /// found only next to a non-ASCII byte, where a combining character could make it no
    /// match for a search on characters.
    static func dangerousCSS(in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var bordersNonASCII = false
        for marker in dangerousCSSMarkers {
            var start = 0
            while let found = firstMatch(bytes, marker, from: start) {
                let end = found + marker.count
                if (found == 0 || bytes[found - 1] < 0x80) && (end == bytes.count || bytes[end] < 0x80) {
                    return true
                }
                bordersNonASCII = true
                start = found + 1
            }
        }
        return bordersNonASCII ? nil : false
    }

    private static let dangerousCSSMarkers: [[UInt8]] = [
        "expression(", "javascript:", "behavior:", "-moz-binding",
    ]
    .map {
        Array($0.utf8)
    }
}

extension HTMLFieldScan {
    // MARK: - References

    /// A relative `href` or `src` value, kept in its slot when it is the first of its kind.
    private mutating func noteReference(
        name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>, quote: UInt8
    ) {
        let isHref = Self.equals(name, Self.href)
        guard isHref || Self.equals(name, Self.src) else { return }
        let slot =
            switch quote {
            case UInt8(ascii: "\""): isHref ? 0 : 1
            case UInt8(ascii: "'"): isHref ? 2 : 3
            default: isHref ? 4 : 5
            }
        guard slot < relativeKind, Self.isRelative(value) else { return }
        relativeKind = slot
        relativeReference = String(decoding: value, as: UTF8.self)
    }

    /// Not empty, not a fragment, no scheme, not protocol-relative.
    private static func isRelative(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = value.first, first != UInt8(ascii: "#") else { return false }
        if value.count >= 2 && first == UInt8(ascii: "/") && value[1] == UInt8(ascii: "/") { return false }
        guard ASCIIClass.isLetter(first), let colon = value.firstIndex(of: UInt8(ascii: ":")) else {
            return true
        }
        return !value[0..<colon].allSatisfy(ASCIIClass.isSchemeByte)
    }

    /// `&#…` at `index`: the reference as written (with `;`) when it names a C1 control.
    ///
    /// The digits run to the first `;`, `<` or space (or the end); they read as an unsigned
    /// 32-bit number with an optional sign, hexadecimal after `x` or `X`.
    static func controlReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String? {
        let start = index + 2
        guard start <= bytes.count, bytes[index + 1] == UInt8(ascii: "#") else { return nil }
        var cursor = start
        let hex = cursor < bytes.count && bytes[cursor] | 0x20 == UInt8(ascii: "x")
        if hex { cursor += 1 }
        var negative = false
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
            negative = bytes[cursor] == UInt8(ascii: "-")
            cursor += 1
        }
        let digits = cursor
        var value: UInt64 = 0
        while cursor < bytes.count, let digit = digitValue(bytes[cursor], hex: hex) {
            value = value * (hex ? 16 : 10) + UInt64(digit)
            if value > 0x9F { value = 0xFFFF }  // past every C1 code point: no need to keep counting
            cursor += 1
        }
        let ends =
            cursor == bytes.count || bytes[cursor] == UInt8(ascii: ";") || bytes[cursor] == UInt8(ascii: "<")
            || bytes[cursor] == 0x20
        guard ends, cursor > digits, !negative, (0x80...0x9F).contains(value) else { return nil }
        return "&#" + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cursor]), as: UTF8.self)
            + ";"
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt8? {
        if ASCIIClass.isDigit(byte) { return byte - UInt8(ascii: "0") }
        let lower = byte | 0x20
        return hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")
            ? lower - UInt8(ascii: "a") + 10 : nil
    }
}
