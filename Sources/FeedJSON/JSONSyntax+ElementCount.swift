import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension JSONSyntax {
    /// Counts the elements of an array from `offset` (the start of an element, or of the
    /// whitespace before one) to its closing `]`, without building any value: strings are
    /// skipped over, nested arrays and objects are only matched. `nil` when the array is
    /// not closed before the end of the bytes, so the count would be a guess.
    ///
    /// A trailing comma before the `]` adds no element, as in ``Mode/lenient`` reading.
    /// Strings hold most of a document's bytes: `memchr` finds each closing quote, so a
    /// million-item remainder takes a fraction of a second even in a debug build.
    static func elementCount(in bytes: UnsafeRawBufferPointer, from offset: Int) -> Int? {
        guard let start = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let end = start + bytes.count
        var cursor = start + offset
        var (depth, count, inElement) = (0, 0, false)
        while cursor < end {
            let byte = cursor.pointee
            cursor += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let after = endOfString(from: cursor, to: end) else { return nil }
                cursor = after
                inElement = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                inElement = true
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == 0 { return inElement ? count + 1 : count }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 0, inElement { count += 1 }
                if depth == 0 { inElement = false }
            case 0x20, 0x09, 0x0A, 0x0D:
                continue
            default:
                inElement = true
            }
        }
        return nil
    }

    /// Just past the quote that ends a string whose body starts at `body`: the first quote
    /// not escaped by an odd number of backslashes.
    private static func endOfString(
        from body: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>
    ) -> UnsafePointer<UInt8>? {
        var from = body
        while from < end {
            guard let hit = memchr(from, Int32(UInt8(ascii: "\"")), end - from) else { return nil }
            let quote = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            var before = quote
            while before > body, (before - 1).pointee == UInt8(ascii: "\\") { before -= 1 }
            if (quote - before) % 2 == 0 { return quote + 1 }
            from = quote + 1
        }
        return nil
    }
}
