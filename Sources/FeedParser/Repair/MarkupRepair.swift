/// Escapes the mistakes publishers make most, before libxml2 sees the bytes: a bare `&`
/// that starts no reference (`?a=1&b=2`), a `<` that starts no tag (`a < b`), and named
/// references XML does not define (`&nbsp;` becomes `&#160;`, an unknown `&T;` literal
/// text). libxml2's recovery would drop the text after them. (References after an error
/// are no longer a concern here: the reader keeps libxml2 from dropping them.)
///
/// It also balances end tags (see `MarkupRepair+Tags.swift`): libxml2 2.9 closes the
/// current element on any end tag, so a stray `</p></div>` closes `channel` and `rss`
/// and everything after the root is lost. A `]]>` in text (a CDATA section that ended
/// early) becomes `]]&gt;`, as XML forbids it in content.
///
/// Works on ASCII-compatible encodings only (UTF-16/32 documents are left alone), and
/// never inside comments, CDATA sections, processing instructions or the DOCTYPE.
import FeedXML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

enum MarkupRepair {
    struct Result {
        var bytes: [UInt8]
        var ampersands = 0
        var lessThans = 0
        var entities = 0
        /// End tags that matched no open element, dropped.
        var strayEndTags = 0
        /// End tags written for elements left open inside one that was closed.
        var insertedEndTags = 0
        /// `]]>` in text escaped as `]]&gt;`.
        var cdataEnds = 0
        /// Attribute values written without quotes (`isPermaLink=false`), quoted.
        var unquotedValues = 0

        var total: Int {
            ampersands + lessThans + entities + strayEndTags + insertedEndTags + cdataEnds + unquotedValues
        }
    }

    /// The repaired bytes, or `nil` when nothing needed repair (the common case: no copy).
    static func repair(_ bytes: [UInt8]) -> Result? {
        guard isASCIICompatible(bytes) else { return nil }
        return bytes.withUnsafeBufferPointer { input -> Result? in
            var scanner = Scanner(input: input)
            return scanner.run()
        }
    }

    /// An element open at the scan position: its name as a range of the input.
    struct OpenElement {
        var name: Range<Int>
        var hasChildren = false
    }

    /// The five references XML predefines.
    static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    static func isASCIICompatible(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return true }
        let (a, b) = (bytes[0], bytes[1])
        return !((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE) || a == 0x00 || b == 0x00)
    }

    struct Scanner {
        let input: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        var copied = 0
        var result = Result(bytes: [])
        /// Names declared in the internal DTD subset; their references are left alone.
        var declared: Set<String> = []
        /// The elements open at the scan position, as ranges of their names in `input`
        /// (no String per tag).
        var openElements: [MarkupRepair.OpenElement] = []
        /// The own end tag found ahead of a leaf (its name's start, the tag's index).
        var ownEndTag = (element: -1, at: -1)
        /// Bytes scanned ahead for own end tags so far.
        var lookedAhead = 0
        /// Off when the nesting gets deeper than libxml2 itself accepts: nothing to balance.
        var balancing = true

        /// Copies nothing until the first repair; `nil` when there was none.
        mutating func run() -> Result? {
            var index = 0
            while index < input.count {
                switch input[index] {
                case UInt8(ascii: "&"):
                    index = afterReference(at: index)
                case UInt8(ascii: "<"):
                    index = afterMarkup(at: index)
                case UInt8(ascii: "]"):
                    index = afterBracket(at: index)
                default:
                    index = nextSpecialByte(from: index + 1)
                }
            }
            guard result.total > 0 else { return nil }
            output.append(contentsOf: input[copied...])
            result.bytes = output
            return result
        }

        /// The index of the next `&`, `<` or `]` at or after `start` (or the end). Text is
        /// most of a feed's bytes, so it is skipped eight bytes at a time: a word holds one
        /// of the three when one of its bytes XORed with it is zero.
        private func nextSpecialByte(from start: Int) -> Int {
            guard let base = input.baseAddress else { return input.count }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
                let x = word ^ (ones &* UInt64(byte))
                return (x &- ones) & ~x & highs != 0
            }
            var index = start
            while index &+ 8 <= input.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if holds(word, UInt8(ascii: "&")) || holds(word, UInt8(ascii: "<"))
                    || holds(word, UInt8(ascii: "]"))
                {
                    break
                }
                index &+= 8
            }
            while index < input.count {
                switch input[index] {
                case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: "]"): return index
                default: index += 1
                }
            }
            return index
        }

        /// Skips a tag, comment, CDATA section, PI or DOCTYPE; escapes a `<` that starts none.
        private mutating func afterMarkup(at index: Int) -> Int {
            // Tags first: they are nearly every `<` of a feed.
            let next = index + 1 < input.count ? input[index + 1] : 0x20
            if isNameStart(next) { return afterStartTag(at: index) }
            if next == UInt8(ascii: "/") { return afterEndTag(at: index) }
            if next == UInt8(ascii: "!") {
                if matches("<!--", at: index) { return skip(past: "-->", from: index + 4) }
                if matches("<![CDATA[", at: index) { return skip(past: "]]>", from: index + 9) }
                let end = skipDeclaration(from: index + 2)
                collectEntityNames(in: index..<end)
                return end
            }
            if next == UInt8(ascii: "?") { return skip(past: "?>", from: index + 2) }
            replace(at: index, length: 1, with: "&lt;", counting: \.lessThans)
            return index + 1
        }

        /// Handles `&` at `index` and returns where scanning goes on.
        mutating func afterReference(at index: Int) -> Int {
            guard let (name, end) = reference(at: index) else {
                replace(at: index, length: 1, with: "&amp;", counting: \.ampersands)
                return index + 1
            }
            guard let name else { return end }  // a character reference
            if MarkupRepair.predefined.contains(name) || declared.contains(name) { return end }
            if let point = HTMLEntities.codePoint(named: name) {
                replace(at: index, length: end - index, with: "&#\(point);", counting: \.entities)
            } else {
                replace(at: index, length: 1, with: "&amp;", counting: \.entities)
            }
            return end
        }

        /// A well-formed reference at `index`: its name (`nil` for a character reference)
        /// and the index after its `;`; `nil` when the `&` starts no reference.
        private func reference(at index: Int) -> (name: String?, end: Int)? {
            var cursor = index + 1
            let limit = min(input.count, index + 40)
            if cursor < limit, input[cursor] == UInt8(ascii: "#") {
                cursor += 1
                let hex =
                    cursor < limit
                    && (input[cursor] == UInt8(ascii: "x") || input[cursor] == UInt8(ascii: "X"))
                if hex { cursor += 1 }
                let start = cursor
                while cursor < limit, isDigit(input[cursor], hex: hex) { cursor += 1 }
                guard cursor > start, cursor < limit, input[cursor] == UInt8(ascii: ";") else { return nil }
                return (nil, cursor + 1)
            }
            guard cursor < limit, isNameStart(input[cursor]) else { return nil }
            let start = cursor
            while cursor < limit, isNameByte(input[cursor]) { cursor += 1 }
            guard cursor < limit, input[cursor] == UInt8(ascii: ";") else { return nil }
            return (
                String(decoding: UnsafeBufferPointer(rebasing: input[start..<cursor]), as: UTF8.self),
                cursor + 1
            )
        }

        mutating func replace(
            at index: Int, length: Int, with text: String, counting counter: WritableKeyPath<Result, Int>?
        ) {
            if output.isEmpty { output.reserveCapacity(input.count + input.count / 64) }
            output.append(contentsOf: input[copied..<index])
            output.append(contentsOf: text.utf8)
            copied = index + length
            if let counter { result[keyPath: counter] += 1 }
        }

        func matches(_ text: StaticString, at index: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= input.count else { return false }
            for offset in 0..<count where input[index + offset] != text.utf8Start[offset] { return false }
            return true
        }

        /// The index after the next `terminator`. CDATA sections hold most of a feed's bytes,
        /// so the terminator's first byte is looked for with `memchr`, not byte by byte.
        private func skip(past terminator: StaticString, from index: Int) -> Int {
            guard let base = input.baseAddress else { return input.count }
            let first = Int32(terminator.utf8Start[0])
            var cursor = index
            while cursor < input.count {
                guard let found = memchr(base + cursor, first, input.count - cursor) else {
                    return input.count
                }
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if matches(terminator, at: at) { return at + terminator.utf8CodeUnitCount }
                cursor = at + 1
            }
            return input.count
        }

        /// `<!DOCTYPE … [ … ]>`: skips the internal subset, whose `&` and `<` are its own.
        private func skipDeclaration(from index: Int) -> Int {
            var cursor = index
            var bracketDepth = 0
            while cursor < input.count {
                switch input[cursor] {
                case UInt8(ascii: "["): bracketDepth += 1
                case UInt8(ascii: "]"): bracketDepth -= 1
                case UInt8(ascii: ">") where bracketDepth <= 0: return cursor + 1
                default: break
                }
                cursor += 1
            }
            return input.count
        }

        /// Remembers `<!ENTITY name` declarations of the internal subset.
        private mutating func collectEntityNames(in range: Range<Int>) {
            var cursor = range.lowerBound
            while cursor < range.upperBound {
                if matches("<!ENTITY", at: cursor) {
                    cursor += 8
                    while cursor < range.upperBound, input[cursor] == 0x20 || input[cursor] == 0x09 {
                        cursor += 1
                    }
                    let start = cursor
                    while cursor < range.upperBound, isNameByte(input[cursor]) { cursor += 1 }
                    declared.insert(
                        String(decoding: UnsafeBufferPointer(rebasing: input[start..<cursor]), as: UTF8.self))
                } else {
                    cursor += 1
                }
            }
        }

        func isNameStart(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ":") || byte >= 0x80
        }

        func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
        }

        private func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
            (byte >= 0x30 && byte <= 0x39)
                || (hex && ((byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)))
        }
    }
}
