/// What a document begins with, read from its first bytes before any XML parsing, so that
/// documents that are no feed at all get one clear sentence instead of whatever libxml2
/// says first ("Extra content at the end of the document" for an empty file, "StartTag:
/// invalid element name" for an HTML page).
///
/// Only ASCII-compatible bytes are recognised; anything else (UTF-16, EBCDIC) is left to
/// the XML reader, which knows encodings.
enum DocumentStart: Equatable {
    /// No bytes at all.
    case empty
    /// Only whitespace (and perhaps a byte order mark).
    case blank
    /// A declaration, comments or processing instructions, and then the end.
    case noRootElement
    /// An HTML document: `<!DOCTYPE html…>` or an `<html>` root element.
    case webPage
    /// An element or anything else: the XML reader decides.
    case other

    /// Looks at `bytes`; `isComplete` says whether they are the whole document (the end of
    /// a prefix is not the end of the document).
    static func of(_ bytes: UnsafeRawBufferPointer, isComplete: Bool) -> DocumentStart {
        guard !bytes.isEmpty || !isComplete else { return .empty }
        var scanner = PrologScanner(bytes: bytes)
        scanner.skipByteOrderMark()
        scanner.skipWhitespace()
        if scanner.atEnd { return isComplete ? .blank : .other }
        var sawMarkup = false
        while !scanner.atEnd {
            if scanner.skip("<?") || scanner.skip("<!--") {
                guard scanner.skip(past: scanner.lastOpening == "<?" ? "?>" : "-->") else { return .other }
                sawMarkup = true
            } else if scanner.startsCaseInsensitive("<!doctype") {
                scanner.advance(9)
                scanner.skipWhitespace()
                return scanner.startsCaseInsensitive("html") ? .webPage : .other
            } else if scanner.startsCaseInsensitive("<html") {
                scanner.advance(5)
                return scanner.atEnd || scanner.isNameEnd ? .webPage : .other
            } else {
                return .other
            }
            scanner.skipWhitespace()
        }
        return sawMarkup && isComplete ? .noRootElement : .other
    }
}

/// A cursor over ASCII bytes for `DocumentStart`.
private struct PrologScanner {
    let bytes: UnsafeRawBufferPointer
    var index = 0
    private(set) var lastOpening = ""

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var atEnd: Bool { index >= bytes.count }

    /// Whether the byte at the cursor ends a tag name (whitespace, `>`, `/`).
    var isNameEnd: Bool {
        let byte = bytes[index]
        return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "/")
    }

    mutating func advance(_ count: Int) { index = min(index + count, bytes.count) }

    mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// Skips `text` if the bytes at the cursor are it.
    mutating func skip(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard index + utf8.count <= bytes.count,
            utf8.indices.allSatisfy({ bytes[index + $0] == utf8[$0] })
        else { return false }
        index += utf8.count
        lastOpening = text
        return true
    }

    /// Moves past the next `text`; false (at the end) when there is none.
    mutating func skip(past text: String) -> Bool {
        let utf8 = Array(text.utf8)
        while index + utf8.count <= bytes.count {
            if utf8.indices.allSatisfy({ bytes[index + $0] == utf8[$0] }) {
                index += utf8.count
                return true
            }
            index += 1
        }
        index = bytes.count
        return false
    }

    /// Whether the bytes at the cursor are `lowercase` in any case (ASCII).
    func startsCaseInsensitive(_ lowercase: String) -> Bool {
        let utf8 = Array(lowercase.utf8)
        guard index + utf8.count <= bytes.count else { return false }
        return utf8.indices.allSatisfy { bytes[index + $0] | 0x20 == utf8[$0] | 0x20 }
    }
}
