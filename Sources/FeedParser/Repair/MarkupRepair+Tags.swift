/// Balancing end tags the way an SGML parser (feedparser's) does, before libxml2 sees them.
///
/// libxml2 2.9 in recovery mode closes exactly one element, the current one, on any end
/// tag, whatever its name. So a stray `</p></div>` inside a channel closes `channel` and
/// `rss`, and everything after the root is dropped as "Extra content at the end of the
/// document". The scan keeps the stack of open element names and:
/// - drops an end tag that matches no open element. Dropped rather than escaped as
///   `&lt;/p>`: feedparser ignores such a tag too, and as text it would show a literal
///   `</p>` in a title or description where the publisher meant markup;
/// - writes the end tags of the elements left open above the one an end tag closes
///   (`<p>` never closed in `<description>`), as libxml2 would otherwise close only the
///   innermost and every later end tag would close the wrong element;
/// - leaves alone a wrong end tag right after the text of an element that has no child
///   elements, when the element's own end tag does not come next (`<title>News</titel>`,
///   `<title>News</description>`): the publisher closed it with the wrong name, libxml2
///   closes it on that tag, and dropping the tag would leave `title` open around the rest
///   of the item. A stray tag in the text (`<description>a</p> b</description>`) is
///   still dropped.
///
/// A well-formed document is scanned without any change. The stack holds ranges into the
/// input, so no String is made per tag.
extension MarkupRepair.Scanner {
    /// Deeper than libxml2 accepts without XML_PARSE_HUGE: the document fails there
    /// anyway, so balancing stops rather than grow the stack without bound.
    static let maxDepth = 512

    /// A start tag at `index` (`<` then a name start): repairs its attribute values like
    /// text and pushes its name unless it closes itself. A tag libxml2 makes no open
    /// element of (unquoted value, no `>`) pushes nothing, and the scan goes on as text
    /// from where it went wrong.
    mutating func afterStartTag(at index: Int) -> Int {
        let name = index + 1..<afterName(from: index + 1)
        var cursor = name.upperBound
        while true {
            let next = afterSpace(from: cursor)
            guard next < input.count else { return next }
            switch input[next] {
            case UInt8(ascii: ">"):
                push(name)
                return next + 1
            case UInt8(ascii: "/"):
                let closes = next + 1 < input.count && input[next + 1] == UInt8(ascii: ">")
                return closes ? next + 2 : next
            default:
                guard next > cursor, isNameStart(input[next]) else { return next }
                guard let end = afterAttribute(at: next) else { return next }
                cursor = end
            }
        }
    }

    /// `name = "value"` at `index`: the index after it, with `&` and `<` in the value
    /// repaired; a bare `name` (libxml2 reports it and goes on) ends after the name;
    /// `nil` when libxml2 would give up on the tag. Nothing is repaired before the value
    /// is known to be complete, so no byte is ever repaired twice.
    private mutating func afterAttribute(at index: Int) -> Int? {
        let nameEnd = afterName(from: index)
        var cursor = afterSpace(from: nameEnd)
        guard cursor < input.count, input[cursor] == UInt8(ascii: "=") else { return nameEnd }
        cursor = afterSpace(from: cursor + 1)
        guard cursor < input.count else { return nil }
        guard input[cursor] == UInt8(ascii: "\"") || input[cursor] == UInt8(ascii: "'") else {
            return afterUnquotedValue(at: cursor)
        }
        let quote = input[cursor]
        let value = cursor + 1
        var end = value
        while end < input.count, input[end] != quote {
            // A tag inside the value means the quote was never closed.
            if input[end] == UInt8(ascii: "<"), startsTag(at: end) { return nil }
            end += 1
        }
        guard end < input.count else { return nil }
        repairValue(value..<end)
        return end + 1
    }

    /// `name=value` as HTML-minded templates write it (`<guid isPermaLink=false>`,
    /// `url=http://example.com/a.mp3`): the value runs to the next space, `>` or `/>`, as
    /// in HTML, and is quoted, so libxml2 keeps the attribute and the tag instead of
    /// dropping both. `nil` (libxml2 gives up on the tag, as before) for a value that holds
    /// both quote characters or a `<`.
    private mutating func afterUnquotedValue(at start: Int) -> Int? {
        var end = start
        var quote = UInt8(ascii: "\"")
        var quotes = 0
        while end < input.count {
            let byte = input[end]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">") {
                break
            }
            if byte == UInt8(ascii: "/"), end + 1 < input.count, input[end + 1] == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "<") { return nil }
            if byte == UInt8(ascii: "\"") {
                quote = UInt8(ascii: "'")
                quotes |= 1
            }
            if byte == UInt8(ascii: "'") { quotes |= 2 }
            end += 1
        }
        guard end > start, end < input.count, quotes != 3 else { return nil }
        let mark = quote == UInt8(ascii: "'") ? "'" : "\""
        replace(at: start, length: 0, with: mark, counting: \.unquotedValues)
        repairValue(start..<end)
        replace(at: end, length: 0, with: mark, counting: nil)
        return end
    }

    private mutating func repairValue(_ range: Range<Int>) {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            switch input[cursor] {
            case UInt8(ascii: "&"):
                cursor = afterReference(at: cursor)
            case UInt8(ascii: "<"):
                replace(at: cursor, length: 1, with: "&lt;", counting: \.lessThans)
                cursor += 1
            default:
                cursor += 1
            }
        }
    }

    /// An end tag at `index` (`</`): pops, closes what was left open, or drops it.
    mutating func afterEndTag(at index: Int) -> Int {
        guard index + 2 < input.count, isNameStart(input[index + 2]) else { return index + 1 }
        let name = index + 2..<afterName(from: index + 2)
        var end = afterSpace(from: name.upperBound)
        if end < input.count, input[end] == UInt8(ascii: ">") { end += 1 }
        guard balancing else { return end }
        if let top = openElements.last, sameName(top.name, name) {
            openElements.removeLast()
        } else if let depth = openElements.lastIndex(where: { sameName($0.name, name) }) {
            insertEndTags(for: openElements[(depth + 1)...], at: index)
            openElements.removeSubrange(depth...)
        } else if isWrongClose(at: index, end: end) {
            openElements.removeLast()
        } else {
            replace(at: index, length: end - index, with: "", counting: \.strayEndTags)
        }
        return end
    }

    /// A `]]>` in text: a CDATA section ended early, or stray markup. XML forbids it in
    /// content; feedparser keeps it as text, so it becomes `]]&gt;`.
    mutating func afterBracket(at index: Int) -> Int {
        guard matches("]]>", at: index) else { return index + 1 }
        replace(at: index + 2, length: 1, with: "&gt;", counting: \.cdataEnds)
        return index + 3
    }

    private mutating func push(_ name: Range<Int>) {
        guard balancing else { return }
        guard openElements.count < Self.maxDepth else {
            balancing = false
            openElements = []
            return
        }
        if openElements.capacity == 0 { openElements.reserveCapacity(32) }
        if !openElements.isEmpty { openElements[openElements.count - 1].hasChildren = true }
        openElements.append(MarkupRepair.OpenElement(name: name))
    }

    /// Writes `</name>` for each of `elements`, innermost first, before `index`.
    private mutating func insertEndTags(for elements: ArraySlice<MarkupRepair.OpenElement>, at index: Int) {
        if output.isEmpty { output.reserveCapacity(input.count + input.count / 64) }
        output.append(contentsOf: input[copied..<index])
        for name in elements.reversed() {
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: input[name.name])
            output.append(UInt8(ascii: ">"))
        }
        copied = index
        result.insertedEndTags += elements.count
    }

    private func startsTag(at index: Int) -> Bool {
        guard index + 1 < input.count else { return false }
        return isNameStart(input[index + 1]) || input[index + 1] == UInt8(ascii: "/")
    }

    private func afterName(from index: Int) -> Int {
        var cursor = index
        while cursor < input.count, isNameByte(input[cursor]) { cursor += 1 }
        return cursor
    }

    private func afterSpace(from index: Int) -> Int {
        var cursor = index
        while cursor < input.count {
            guard isSpace(input[cursor]) else { return cursor }
            cursor += 1
        }
        return cursor
    }

    private func sameName(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for offset in 0..<a.count where input[a.lowerBound + offset] != input[b.lowerBound + offset] {
            return false
        }
        return true
    }

    /// The end tag at `index..<end` closes the current element under a wrong name: it
    /// has text right before the tag and no child elements, and what comes next is not
    /// its own end tag but a sibling of the same name, its parent's end tag, or the end.
    private mutating func isWrongClose(at index: Int, end: Int) -> Bool {
        guard let element = openElements.last, !element.hasChildren else { return false }
        var before = index - 1
        while before > element.name.upperBound, isSpace(input[before]) { before -= 1 }
        guard before > element.name.upperBound, input[before] != UInt8(ascii: ">") else { return false }
        if ownEndTag.element == element.name.lowerBound, ownEndTag.at > index { return false }
        let parent = openElements.count >= 2 ? openElements[openElements.count - 2].name : nil
        guard let own = ownEndTag(of: element.name, parent: parent, from: end) else { return true }
        ownEndTag = (element.name.lowerBound, own)
        return false
    }

    /// Where `</name>` comes, if it comes before a start tag of the same name or the
    /// parent's end tag. Only looked for after a wrong end tag in a leaf, remembered for
    /// the next one in the same element, and within a budget of twice the document for
    /// all of them (then the wrong tag is left to libxml2), so hostile input stays linear.
    private mutating func ownEndTag(of name: Range<Int>, parent: Range<Int>?, from index: Int) -> Int? {
        var cursor = index
        defer { lookedAhead += cursor - index }
        while cursor + 1 < input.count, lookedAhead + cursor - index < 2 * input.count {
            guard input[cursor] == UInt8(ascii: "<") else {
                cursor += 1
                continue
            }
            let closing = input[cursor + 1] == UInt8(ascii: "/")
            let start = closing ? cursor + 2 : cursor + 1
            let found = start..<afterName(from: start)
            if closing, sameName(found, name) { return cursor }
            if closing, let parent, sameName(found, parent) { return nil }
            if !closing, sameName(found, name) { return nil }
            cursor = max(found.upperBound, cursor + 1)
        }
        return nil
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
