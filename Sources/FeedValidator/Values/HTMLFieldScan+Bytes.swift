/// Byte-level pieces of ``HTMLFieldScan``, and the plain-text fields' tag search, which
/// shares them.
extension HTMLFieldScan {
    static let style = Array("style".utf8)
    static let href = Array("href".utf8)
    static let src = Array("src".utf8)
    static let srcset = Array("srcset".utf8)
    static let imagesrcset = Array("imagesrcset".utf8)
    static let http = Array("http".utf8)
    static let https = Array("https".utf8)
    static let mailto = Array("mailto".utf8)

    /// The index of the next `<` or `&` at or after `start`: eight bytes at a time while
    /// none of them is one (most of a field is text).
    static func nextMarkup(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        let count = bytes.count
        while index &+ 8 <= count, !mayBeMarkup(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        {
            index &+= 8
        }
        while index < count {
            let byte = base[index]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { return index }
            index &+= 1
        }
        return nil
    }

    /// Whether any byte of `word` may be `<` or `&`: exact when it says no.
    @inline(__always)
    private static func mayBeMarkup(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func equal(_ byte: UInt64) -> UInt64 {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x
        }
        return (equal(0x3C) | equal(0x26)) & 0x8080_8080_8080_8080 != 0
    }

    /// The end of a tag or attribute name starting at `start`: letters, digits, `-`, `_`,
    /// `:` and `.`, as libxml2 reads names.
    static func nameEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            guard
                ASCIIClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
            else { break }
            index += 1
        }
        return index
    }

    /// Whether `byte` may follow a name in a tag.
    static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Moves `index` past spaces; returns whether there were any.
    @discardableResult
    static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        let start = index
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    /// Whether `bytes`, ASCII letters in any case, are `lowercase`.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8]) -> Bool {
        guard bytes.count == lowercase.count else { return false }
        for index in 0..<bytes.count where ASCIIClass.lowercased(bytes[index]) != lowercase[index] {
            return false
        }
        return true
    }

    /// Whether `bytes` hold `lowercase` anywhere, ASCII letters in any case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8]) -> Bool {
        firstMatch(bytes, lowercase, from: 0) != nil
    }

    /// Where `lowercase` first occurs in `bytes` at or after `from`, ASCII letters in any case.
    static func firstMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8], from: Int) -> Int? {
        guard let first = lowercase.first, bytes.count >= lowercase.count,
            from <= bytes.count - lowercase.count
        else { return nil }
        for start in from...(bytes.count - lowercase.count) where ASCIIClass.lowercased(bytes[start]) == first
        {
            if equals(UnsafeBufferPointer(rebasing: bytes[start..<start + lowercase.count]), lowercase) {
                return start
            }
        }
        return nil
    }

    /// The first common HTML tag in `text` (`<b>`, `</p>` and `<br/>` all give their name),
    /// lowercased, as `<b>`; `nil` when every `<` is a plain less-than sign.
    static func firstTag(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        while index < bytes.count {
            guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            var start = open + 1
            if start < bytes.count, bytes[start] == UInt8(ascii: "/") { start += 1 }
            var end = start
            while end < bytes.count, ASCIIClass.isAlphanumeric(bytes[end]) { end += 1 }
            let after = end < bytes.count ? bytes[end] : UInt8(ascii: ">")
            let ends = after == UInt8(ascii: ">") || after == 0x20 || after == UInt8(ascii: "/")
            if ends, end > start, let tag = commonTag(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                return "<" + tag + ">"
            }
            index = open + 1
        }
        return nil
    }

    /// The lowercased name when it is one of ``HTMLCheck/commonTags``.
    private static func commonTag(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        guard name.count <= commonTagLength else { return nil }
        let tag = String(decoding: name.lazy.map(ASCIIClass.lowercased), as: UTF8.self)
        return HTMLCheck.commonTags.contains(tag) ? tag : nil
    }

    private static let commonTagLength = HTMLCheck.commonTags.map(\.utf8.count).max() ?? 0
}
