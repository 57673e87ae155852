/// What a document has before its XML declaration, where XML allows nothing: whitespace
/// (a blank line a template printed), comments, byte order marks (files concatenated with
/// theirs). Browsers and feedparser read such documents as if the declaration came first,
/// and so does ``XMLStreamReader``, with a warning: it hands libxml2 the declaration, then
/// the prelude (whitespace and comments are allowed after a declaration; each byte order
/// mark becomes one space), so the encoding is honoured, nothing else is an error, and every
/// line and column after the declaration is the one in the original file.
///
/// Only for ASCII-compatible bytes (a UTF-16 document's prelude is not looked for).
public struct XMLPrelude: Sendable, Equatable {
    /// Where the prelude starts: after a leading byte order mark, if any.
    public var start: Int
    /// The byte offset of `<?xml`.
    public var declarationStart: Int
    /// The byte offset just past the declaration's `?>`.
    public var declarationEnd: Int
    /// How many whitespace characters the prelude holds.
    public var whitespace = 0
    /// How many comments the prelude holds.
    public var comments = 0
    /// How many byte order marks the prelude holds (a leading one is not part of it).
    public var byteOrderMarks = 0
    /// The declaration's line in the original file (1-based).
    public var declarationLine = 1
    /// The declaration's column in the original file (1-based).
    public var declarationColumn = 1

    /// The prelude of `bytes` from `start` (past a leading BOM), or `nil` when the bytes do
    /// not start, after whitespace, comments and BOMs, with an `<?xml ` declaration (which
    /// includes a document with the declaration first, or none at all).
    public static func find(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> XMLPrelude? {
        var prelude = XMLPrelude(start: start, declarationStart: start, declarationEnd: start)
        var i = start
        var lineStart = start
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A {
                prelude.whitespace += 1
                if c == 0x0A {
                    prelude.declarationLine += 1
                    lineStart = i + 1
                }
                i += 1
            } else if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBB, b[i + 2] == 0xBF {
                prelude.byteOrderMarks += 1
                i += 3
            } else if hasPrefix(b, at: i, "<!--") {
                guard let end = commentEnd(b, from: i + 4) else { return nil }
                prelude.comments += 1
                for j in i..<end where b[j] == 0x0A {
                    prelude.declarationLine += 1
                    lineStart = j + 1
                }
                i = end
            } else {
                break
            }
        }
        guard i > start, hasPrefix(b, at: i, "<?xml"), i + 5 < b.count,
            [0x20, 0x09, 0x0D, 0x0A].contains(b[i + 5])
        else { return nil }
        guard let close = declarationClose(b, from: i) else { return nil }
        prelude.declarationStart = i
        prelude.declarationEnd = close
        // Columns count characters, as libxml2 does: every byte but UTF-8 continuations.
        prelude.declarationColumn = 1 + b[lineStart..<i].count { $0 & 0xC0 != 0x80 }
        return prelude
    }

    /// The bytes libxml2 reads instead of `bytes[start..<declarationEnd]`: the declaration,
    /// then the prelude with each byte order mark as a space, then, when the prelude spans
    /// lines, as many spaces as the declaration is long, so that what follows the declaration
    /// on its line keeps its column.
    public func reordered(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = Array(b[declarationStart..<declarationEnd])
        out.reserveCapacity(declarationEnd - start + out.count)
        var i = start
        while i < declarationStart {
            if b[i] == 0xEF {
                out.append(0x20)
                i += 3
            } else {
                out.append(b[i])
                i += 1
            }
        }
        if declarationLine > 1 {
            out.append(contentsOf: repeatElement(0x20, count: declarationEnd - declarationStart))
        }
        return out
    }

    /// "2 blank lines" style summary of what was skipped, for the warning.
    public var summary: String {
        var parts: [String] = []
        if whitespace > 0 { parts.append(Self.count(whitespace, "whitespace character")) }
        if comments > 0 { parts.append(Self.count(comments, "comment")) }
        if byteOrderMarks > 0 { parts.append(Self.count(byteOrderMarks, "byte order mark")) }
        return parts.joined(separator: ", ")
            + " before the XML declaration (at \(declarationLine):\(declarationColumn)); "
            + "read as if the declaration came first"
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where b[i + k] != p[k] { return false }
        return true
    }

    /// The offset past `-->`, or `nil` when the comment does not end.
    private static func commentEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var j = i
        while j + 2 < b.count {
            if b[j] == 0x2D, b[j + 1] == 0x2D, b[j + 2] == 0x3E { return j + 3 }
            j += 1
        }
        return nil
    }

    /// The offset past the declaration's `?>` (within 512 bytes), or `nil`.
    private static func declarationClose(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var j = i + 5
        let limit = Swift.min(b.count, i + 512)
        while j + 1 < limit {
            if b[j] == 0x3F, b[j + 1] == 0x3E { return j + 2 }
            j += 1
        }
        return nil
    }
}
