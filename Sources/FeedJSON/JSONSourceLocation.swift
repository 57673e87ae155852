/// Byte offsets in a JSON document turned into what an editor shows.
public enum JSONSourceLocation {
    /// The 1-based line and column of byte `offset` in `bytes`. Columns count Unicode
    /// scalars, so `é` is one column; a leading byte order mark is not counted.
    public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        bytes.withUnsafeBytes { lineAndColumn(of: offset, in: $0) }
    }

    /// The 1-based line and column of byte `offset` in `bytes`, as above.
    public static func lineAndColumn(of offset: Int, in bytes: UnsafeRawBufferPointer) -> (
        line: Int, column: Int
    ) {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        for position in 0..<offset where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
        }
        let scalars = bytes[min(lineStart, offset)..<offset].filter { $0 & 0xC0 != 0x80 }.count
        return (line, scalars + 1)
    }

    /// The UTF-8 byte order mark, which `JSONSerialization` skips and so do we.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset of the first byte that is not part of valid UTF-8, or `nil`.
    public static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
