import FeedJSON

/// Adds entries to a config's `sources` array by editing its text: every byte outside the
/// array stays as it was (key order, spacing, escapes, non-ASCII text), and the new entries
/// are written in the file's own style (``ConfigTextStyle``): one per line at the
/// indentation of the entries already there, each entry on one line or spread over
/// several as the first existing one is. Without a `sources` key, one is added as the
/// last member of the top-level object.
struct ConfigSourcesSplice {
    private let bytes: [UInt8]
    private let spans: JSONObjectSpans
    private let style: ConfigTextStyle

    init(_ bytes: [UInt8]) throws(JSONSyntax.Failure) {
        self.bytes = bytes
        spans = try Self.reading(bytes) { buffer throws(JSONSyntax.Failure) in
            try JSONSyntax.objectSpans(buffer)
        }
        let first = spans.members.first.map { (keyStart: $0.keyStart, valueStart: $0.value.start) }
        style = ConfigTextStyle(bytes, firstMember: first, objectStart: spans.object.start)
    }

    /// The file's bytes with `entries` (`name`, `url`) appended to `sources`.
    func adding(_ entries: [(name: String, url: String)]) throws(JSONSyntax.Failure) -> [UInt8] {
        guard !entries.isEmpty else { return bytes }
        guard let sources = spans.members.last(where: { $0.key == "sources" }) else {
            return addingMember(entries)
        }
        let elements =
            try Self.reading(bytes) { buffer throws(JSONSyntax.Failure) in
                try JSONSyntax.arrayElementSpans(buffer, member: "sources")
            } ?? []
        guard let firstElement = elements.first, let last = elements.last else {
            let indent = ConfigTextStyle.lineIndent(of: sources.keyStart, in: bytes)
            return replacing(sources.value, with: newArray(entries, memberIndent: indent))
        }
        let element = Array(bytes[firstElement.start..<firstElement.end])
        let layout = ElementLayout(
            indent: ConfigTextStyle.lineIndent(of: firstElement.start, in: bytes),
            spread: element.contains(0x0A), comma: Self.commaSpacing(in: element),
            colon: ConfigTextStyle.colon(afterFirstKeyIn: element) ?? style.colon)
        var insertion: [UInt8] = []
        for entry in entries {
            insertion += [UInt8(ascii: ",")] + separator(layout) + render(entry, layout)
        }
        return replacing(JSONValueSpan(start: last.end, end: last.end), with: insertion)
    }

    /// How the elements of an array are laid out: `indent` is `nil` when they share a line.
    private struct ElementLayout {
        var indent: [UInt8]?
        var spread: Bool
        var comma: [UInt8]
        /// Between a key and its value, as the existing entries write it.
        var colon: [UInt8]
    }

    private func addingMember(_ entries: [(name: String, url: String)]) -> [UInt8] {
        let key = JSONLiteral.string("sources") + style.colon
        guard let last = spans.members.last else {
            let indent = style.isCompact ? nil : style.unit
            let member =
                (indent.map { style.newline + $0 } ?? []) + key + newArray(entries, memberIndent: indent)
            let at = spans.object.start + 1
            return replacing(
                JSONValueSpan(start: at, end: at), with: member + (indent == nil ? [] : style.newline))
        }
        let indent = style.isCompact ? nil : ConfigTextStyle.lineIndent(of: last.keyStart, in: bytes)
        let lead = indent.map { [UInt8(ascii: ",")] + style.newline + $0 } ?? Array(",".utf8)
        let member = lead + key + newArray(entries, memberIndent: indent)
        return replacing(JSONValueSpan(start: last.value.end, end: last.value.end), with: member)
    }

    /// A whole array for a member whose key is indented by `memberIndent` (`nil`: on one line).
    private func newArray(_ entries: [(name: String, url: String)], memberIndent: [UInt8]?) -> [UInt8] {
        let layout = ElementLayout(
            indent: memberIndent.map { $0 + style.unit }, spread: memberIndent != nil,
            comma: style.isCompact ? [UInt8(ascii: ",")] : Array(", ".utf8), colon: style.colon)
        var array: [UInt8] = [UInt8(ascii: "[")]
        for (index, entry) in entries.enumerated() {
            if index > 0 { array.append(UInt8(ascii: ",")) }
            array += separator(layout) + render(entry, layout)
        }
        if let memberIndent { array += style.newline + memberIndent }
        return array + [UInt8(ascii: "]")]
    }

    /// What goes between a comma (or `[`) and the next element.
    private func separator(_ layout: ElementLayout) -> [UInt8] {
        if let indent = layout.indent { return style.newline + indent }
        return Array(layout.comma.dropFirst())
    }

    private func render(_ entry: (name: String, url: String), _ layout: ElementLayout) -> [UInt8] {
        let members = [("name", entry.name), ("url", entry.url)].map { key, value in
            JSONLiteral.string(key) + layout.colon + JSONLiteral.string(value)
        }
        guard layout.spread, let indent = layout.indent else {
            return [UInt8(ascii: "{")] + members.joined(separator: layout.comma) + [UInt8(ascii: "}")]
        }
        let inner = style.newline + indent + style.unit
        return [UInt8(ascii: "{")] + inner + members.joined(separator: [UInt8(ascii: ",")] + inner)
            + style.newline + indent + [UInt8(ascii: "}")]
    }

    /// The spacing after commas in an element written on one line: `, ` or `,`.
    private static func commaSpacing(in element: [UInt8]) -> [UInt8] {
        guard let comma = element.firstIndex(of: UInt8(ascii: ",")), comma + 1 < element.count else {
            return Array(", ".utf8)
        }
        return element[comma + 1] == 0x20 ? Array(", ".utf8) : [UInt8(ascii: ",")]
    }

    /// `withUnsafeBytes` keeps the typed error (its `rethrows` would make it `any Error`).
    private static func reading<T>(
        _ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(JSONSyntax.Failure) -> T
    ) throws(JSONSyntax.Failure) -> T {
        try bytes.withUnsafeBytes { buffer in Result { () throws(JSONSyntax.Failure) in try body(buffer) } }
            .get()
    }

    private func replacing(_ span: JSONValueSpan, with replacement: [UInt8]) -> [UInt8] {
        Array(bytes[..<span.start]) + replacement + Array(bytes[span.end...])
    }
}

/// JSON string literals through the one JSON writer, escaped as everywhere else.
enum JSONLiteral {
    static func string(_ value: String) -> [UInt8] {
        var writer = JSONWriter(capacity: value.utf8.count + 2)
        writer.string(value)
        return writer.takeBytes()
    }
}
