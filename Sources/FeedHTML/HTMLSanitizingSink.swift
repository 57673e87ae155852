internal import CLibXML2
import FeedXML

/// Forwards libxml2's events to an ``HTMLSanitizingWriter``: one access to the writer per
/// event, rather than one per field touched.
final class HTMLSanitizingSink: HTMLEventSink {
    private var writer: HTMLSanitizingWriter

    init(allowlist: HTMLCompiledAllowlist, base: HTMLBaseURL?, capacity: Int) {
        writer = HTMLSanitizingWriter(allowlist: allowlist, base: base, capacity: capacity)
    }

    func finish() -> SanitizedHTML { writer.finish() }

    override func startElement(
        _ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, depth: Int
    ) {
        writer.startElement(name, attributes, depth: depth)
    }

    override func endElement(_ name: UnsafePointer<UInt8>, depth: Int) { writer.endElement(depth: depth) }

    override func characters(_ text: UnsafeBufferPointer<UInt8>, depth: Int) {
        writer.characters(text, depth: depth)
    }

    override func comment(depth: Int) { writer.record(.comment) }

    override func processingInstruction(depth: Int) { writer.record(.processingInstruction) }
}

/// Writes the allowlisted copy of a fragment while libxml2 parses it.
///
/// The writer keeps one stack entry per element libxml2 has open (see ``HTMLEventSink``), so
/// end tags are written exactly where libxml2 closed elements, including those it closed
/// implicitly. Inside a dropped element nothing is pushed or written until it closes.
struct HTMLSanitizingWriter {
    private enum EntryKind: UInt8 {
        /// Not written: the wrapper, or an element unwrapped.
        case silent
        /// Start tag written; the end tag is written when it closes.
        case element
        /// Start tag written, no end tag (HTML void element).
        case void
        /// Dropped with its content; while it is the top entry, events are ignored.
        case dropped
    }

    private struct Entry {
        var kind: EntryKind
        /// The end tag was already written to match what a second parse would do.
        var closedEarly = false
        var rule: Int32 = -1
    }

    private let allowlist: HTMLCompiledAllowlist
    private let base: HTMLBaseURL?
    private var out: [UInt8] = []
    private var stack: [Entry] = []
    private var seenWrapper = false
    private var pendingCR = false
    private var removals = HTMLRemovalLog()
    private var cleaned: [UInt8] = []
    private var url: [UInt8] = []
    private var srcset: [UInt8] = []
    private var merged: [UInt8] = []

    init(allowlist: HTMLCompiledAllowlist, base: HTMLBaseURL?, capacity: Int) {
        self.allowlist = allowlist
        self.base = base
        out.reserveCapacity(capacity)
        stack.reserveCapacity(32)
    }

    /// Closes what is still open and returns the result.
    mutating func finish() -> SanitizedHTML {
        closeOpen(downTo: 0)
        let html = out.withUnsafeBufferPointer { String(decodingUTF8: $0) }
        return SanitizedHTML(html: html, removals: removals.entries)
    }

    // MARK: - Events

    mutating func startElement(
        _ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, depth: Int
    ) {
        closeOpen(downTo: depth - 1)
        if stack.last?.kind == .dropped { return }
        pendingCR = false
        while stack.count < depth - 1 { stack.append(Entry(kind: .silent)) }
        if !seenWrapper && depth == 1
            && HTMLFragmentParser.wrapperName.withXMLChars({ xmlStrEqual(name, $0) }) != 0
        {
            seenWrapper = true
            stack.append(Entry(kind: .silent))
            return
        }
        guard let index = allowlist.ruleIndex(for: name) else {
            let element = String(cString: name)
            removals.record(.tag, element: element)
            recordEventHandlers(of: element, attributes)
            stack.append(Entry(kind: .silent))
            return
        }
        let rule = allowlist.rules[index]
        guard rule.keeps else {
            removals.record(.element, element: rule.name)
            recordEventHandlers(of: rule.name, attributes)
            // A void element has no content to drop. libxml2 does not know some of them
            // (`bgsound`, `keygen`) and nests what follows inside; that must survive.
            stack.append(Entry(kind: rule.isVoid ? .silent : .dropped))
            return
        }
        writeStartTag(rule, index: index, attributes)
    }

    mutating func endElement(depth: Int) {
        pendingCR = false
        closeOpen(downTo: depth - 1)
    }

    mutating func characters(_ text: UnsafeBufferPointer<UInt8>, depth: Int) {
        closeOpen(downTo: depth)
        if stack.last?.kind == .dropped { return }
        HTMLEscaping.append(text, to: &out, mode: .text, pendingCR: &pendingCR)
    }

    /// Records a comment or processing instruction, unless it is inside dropped content.
    mutating func record(_ kind: HTMLRemoval.Kind) {
        if stack.last?.kind == .dropped { return }
        removals.record(kind, element: "")
    }

    // MARK: - Elements

    private mutating func closeOpen(downTo depth: Int) {
        while stack.count > max(depth, 0) {
            let entry = stack.removeLast()
            if entry.kind == .element && !entry.closedEarly {
                out.append(contentsOf: allowlist.rules[Int(entry.rule)].closeTag)
            }
        }
    }

    private mutating func writeStartTag(
        _ rule: HTMLElementRule, index: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        let mark = out.count
        out.append(contentsOf: rule.openTag)
        var satisfied = rule.required.isEmpty
        if let attributes {
            var i = 0
            while let name = attributes[i] {
                let written = writeAttribute(rule, name: name, value: attributes[i + 1])
                if written && !satisfied && rule.required.contains(HTMLName(cString: name)) {
                    satisfied = true
                }
                i += 2
            }
        }
        guard satisfied else {
            out.removeSubrange(mark...)
            removals.record(rule.isVoid ? .element : .tag, element: rule.name)
            stack.append(Entry(kind: .silent))
            return
        }
        out.append(contentsOf: rule.added)
        out.append(UInt8(ascii: ">"))
        if let closes = closesBeforeReparse(of: rule) { out.insert(contentsOf: closes, at: mark) }
        stack.append(Entry(kind: rule.isVoid ? .void : .element, rule: Int32(index)))
    }

    /// The end tags a second parse of the output would imply before `rule`'s start tag.
    ///
    /// libxml2 closes some open elements when certain elements start (`<p>` before `<div>`,
    /// `<a>` before `<a>`). In the input an unwrapped element may have stood between the two,
    /// so libxml2 nested them; written without it, a second parse would close the outer one
    /// instead. The sanitiser writes those end tags itself, so that its output is a fixed
    /// point and means the same to every parser.
    private mutating func closesBeforeReparse(of rule: HTMLElementRule) -> [UInt8]? {
        guard let top = stack.last, top.kind == .silent || top.closedEarly else { return nil }
        var closes: [UInt8] = []
        var k = stack.count - 1
        while k >= 0 {
            let entry = stack[k]
            if entry.kind == .silent || entry.closedEarly {
                k -= 1
                continue
            }
            guard entry.kind == .element else { break }
            let parent = allowlist.rules[Int(entry.rule)]
            guard Self.startCloses(rule, parent) else { break }
            closes.append(contentsOf: parent.closeTag)
            stack[k].closedEarly = true
            k -= 1
        }
        return closes.isEmpty ? nil : closes
    }

    /// Whether libxml2 closes an open `parent` when `child` starts.
    private static func startCloses(_ child: HTMLElementRule, _ parent: HTMLElementRule) -> Bool {
        if child.name == parent.name { return parent.closedBySameElement }
        return child.cName.withUnsafeBufferPointer { childName in
            parent.cName.withUnsafeBufferPointer { parentName in
                var node = xmlNode()
                node.name = childName.baseAddress
                return htmlAutoCloseTag(nil, parentName.baseAddress, &node) != 0
            }
        }
    }

    // MARK: - Attributes

    /// The `on…` attributes of a tag that is unwrapped or dropped go with it, unwritten;
    /// they are recorded as removed all the same, because a script handler is a risk
    /// wherever it sits (`<form onsubmit>` is unwrapped, `<button onclick>` dropped) and
    /// the validator's security findings read these removals.
    private mutating func recordEventHandlers(
        of element: String, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        guard let attributes else { return }
        var i = 0
        while let name = attributes[i] {
            if (name[0] | 0x20) == UInt8(ascii: "o"), (name[1] | 0x20) == UInt8(ascii: "n"), name[2] != 0 {
                removals.record(.attribute, element: element, attribute: String(cString: name))
            }
            i += 2
        }
    }

    /// Writes one attribute if the rule keeps it and its value passes; returns whether it did.
    private mutating func writeAttribute(
        _ rule: HTMLElementRule, name: UnsafePointer<UInt8>, value: UnsafePointer<UInt8>?
    )
        -> Bool
    {
        let key = HTMLName(cString: name)
        guard let attribute = rule.attributeRule(for: key, cString: name) else {
            removals.record(.attribute, element: rule.name, attribute: String(cString: name))
            return false
        }
        if rule.addedNames.contains(key) { return false }
        let raw = UnsafeBufferPointer(start: value, count: value.map { Int(xmlStrlen($0)) } ?? 0)
        switch attribute.kind {
        case .plain:
            guard value != nil else {
                out.append(contentsOf: attribute.bareName)
                return true
            }
            writeValue(raw, prefix: attribute.prefix)
        case .url(let schemes):
            guard acceptURL(raw, schemes) else {
                removals.record(.url, element: rule.name, attribute: String(cString: name))
                return false
            }
            url.withUnsafeBufferPointer { writeValue($0, prefix: attribute.prefix) }
        case .srcset(let schemes):
            guard buildSrcset(raw, schemes, element: rule.name, attribute: name) else { return false }
            srcset.withUnsafeBufferPointer { writeValue($0, prefix: attribute.prefix) }
        }
        return true
    }

    private mutating func writeValue(_ value: UnsafeBufferPointer<UInt8>, prefix: [UInt8]) {
        out.append(contentsOf: prefix)
        var pendingCR = false
        HTMLEscaping.append(value, to: &out, mode: .attribute, pendingCR: &pendingCR)
        out.append(UInt8(ascii: "\""))
    }

    /// Checks and resolves one URL; on success the URL to write is in `url`.
    private mutating func acceptURL(_ raw: UnsafeBufferPointer<UInt8>, _ schemes: HTMLSchemeSet) -> Bool {
        HTMLURL.clean(raw, into: &cleaned)
        switch cleaned.withUnsafeBufferPointer({ HTMLURL.scheme(of: $0) }) {
        case .invalid:
            return false
        case .scheme(let end):
            guard cleaned.withUnsafeBufferPointer({ schemes.contains($0, 0..<end) }) else { return false }
            swap(&cleaned, &url)
            return true
        case .none:
            guard let base else {
                swap(&cleaned, &url)
                return true
            }
            HTMLURL.resolve(cleaned, against: base, into: &url, scratch: &merged)
            return base.scheme.withUnsafeBufferPointer { schemes.contains($0, 0..<$0.count) }
        }
    }

    /// Rebuilds a `srcset` value into `srcset` from the candidates that pass, as
    /// `url descriptors, url descriptors`; returns `false` if none does.
    private mutating func buildSrcset(
        _ raw: UnsafeBufferPointer<UInt8>, _ schemes: HTMLSchemeSet, element: String,
        attribute: UnsafePointer<UInt8>
    ) -> Bool {
        srcset.removeAll(keepingCapacity: true)
        var kept = 0
        HTMLSrcset.forEachCandidate(raw) { candidate, descriptors in
            guard acceptURL(candidate, schemes) else {
                removals.record(.url, element: element, attribute: String(cString: attribute))
                return
            }
            if kept > 0 { srcset.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
            srcset.append(contentsOf: url)
            HTMLSrcset.appendDescriptors(descriptors, to: &srcset)
            kept += 1
        }
        return kept > 0
    }
}
