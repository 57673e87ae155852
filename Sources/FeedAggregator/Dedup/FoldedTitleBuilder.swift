/// Builds a folded title as UTF-8, applying steps 4–8 of `ItemKey` to scalars that are
/// already NFKC and case-folded: `ё`→`е`, quotes removed, dashes to `-` without spaces
/// around them, whitespace collapsed and trimmed, invisible characters removed.
///
/// It writes into a buffer at least as long as the input's UTF-8: no mapping makes a
/// scalar longer, and `…`/`№` (3 bytes) become at most 3 ASCII bytes.
struct FoldedTitleBuilder {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The bytes written so far.
    private(set) var count = 0
    /// Whitespace was seen since the last character written; it becomes one space only
    /// if more text follows, which trims the end.
    private var pendingSpace = false

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(ascii text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { append(UInt32(byte)) } }
    }

    @inline(__always)
    mutating func append(_ value: UInt32) {
        switch Self.kind(of: value) {
        case .whitespace:
            pendingSpace = true
        case .removed:
            break
        case .dash:
            pendingSpace = false
            put(hyphen)
        case .kept:
            // No space at the start (trimming) or right after a dash.
            if pendingSpace, count > 0, buffer[count - 1] != hyphen { put(0x20) }
            pendingSpace = false
            write(value == 0x451 ? 0x435 : value)  // ё → е
        }
    }

    private let hyphen = UInt8(ascii: "-")

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func write(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            put(UInt8(value))
        case 0x80..<0x800:
            put(UInt8(0xC0 | value >> 6))
            put(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x1_0000:
            put(UInt8(0xE0 | value >> 12))
            put(UInt8(0x80 | value >> 6 & 0x3F))
            put(UInt8(0x80 | value & 0x3F))
        default:
            put(UInt8(0xF0 | value >> 18))
            put(UInt8(0x80 | value >> 12 & 0x3F))
            put(UInt8(0x80 | value >> 6 & 0x3F))
            put(UInt8(0x80 | value & 0x3F))
        }
    }

    enum Kind { case whitespace, removed, dash, kept }

    @inline(__always)
    static func kind(of value: UInt32) -> Kind {
        // Letters and digits first, in one test: ASCII after `-`, and Latin to Ogham
        // (Cyrillic included), where nothing is mapped.
        if (0x2E..<0x80).contains(value) || (0x100..<0x1680).contains(value) { return .kept }
        return switch value {
        // Unicode White_Space, all of it.
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000:
            .whitespace
        // Quotes: " ' « » ‘ ’ ‚ ‛ “ ” „ ‟ ‹ ›
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A: .removed
        // Invisible: soft hyphen, zero-width space, word joiner, zero-width no-break space.
        case 0xAD, 0x200B, 0x2060, 0xFEFF: .removed
        // Dashes: - ‐ ‑ ‒ – — ― −
        case 0x2D, 0x2010...0x2015, 0x2212: .dash
        default: .kept
        }
    }

    /// Scalars outside ASCII and basic Cyrillic that the fast path may pass through as
    /// they are: NFKC and case folding leave them alone or turn them into another
    /// scalar of the same kind (a typographic space into a space, `‑` into `‐`).
    static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0xB0, 0x20AC, 0x20BD: true  // ° € ₽
        default: kind(of: value) != .kept
        }
    }
}
