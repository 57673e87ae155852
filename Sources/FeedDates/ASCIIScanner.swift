/// A forward-only reader over UTF-8 bytes for the fixed-width date grammars.
///
/// Works on bytes rather than `Character`s because every accepted byte is ASCII, and a
/// non-ASCII digit (Arabic-Indic, full-width) must be rejected rather than parsed as a number.
struct ASCIIScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    var next: UInt8? { isAtEnd ? nil : bytes[position] }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Exactly `count` ASCII digits as a number, or nil (consuming nothing useful) if fewer.
    mutating func number(digits count: Int) -> Int? {
        guard bytes.count - position >= count else { return nil }
        var value = 0
        for _ in 0..<count {
            let byte = bytes[position]
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            position += 1
        }
        return value
    }

    /// Steps past the byte ``next`` returned.
    mutating func advance() {
        position += 1
    }

    /// Consumes `byte` if it comes next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard next == byte else { return false }
        position += 1
        return true
    }

    /// Consumes either spelling of a letter the grammar treats case-insensitively (`T`/`t`).
    mutating func consume(_ byte: UInt8, or alternative: UInt8) -> Bool {
        consume(byte) || consume(alternative)
    }

    /// Counts and consumes a run of up to `limit` digits, for `\d{1,2}`-style lookahead.
    mutating func digitRun(limit: Int) -> Int {
        var count = 0
        while count < limit, let byte = next, Self.isDigit(byte) {
            position += 1
            count += 1
        }
        return count
    }
}
