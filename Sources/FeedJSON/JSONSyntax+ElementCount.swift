extension JSONSyntax {
    /// Counts the elements of an array from `offset` (the start of an element, or of the
    /// whitespace before one) to its closing `]`, without building any value: strings are
    /// skipped over, nested arrays and objects are only matched. `nil` when the array is
    /// not closed before the end of the bytes, so the count would be a guess.
    ///
    /// A trailing comma before the `]` adds no element, as in ``Mode/lenient`` reading.
    static func elementCount(in bytes: UnsafeRawBufferPointer, from offset: Int) -> Int? {
        var scan = ElementScan()
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                guard let end = endOfString(in: bytes, from: index) else { return nil }
                index = end
                scan.sawValue()
                continue
            }
            if scan.take(byte) { return scan.count }
        }
        return nil
    }

    /// The index just past the closing quote of a string whose body starts at `index`.
    private static func endOfString(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }
}

/// The state of ``JSONSyntax/elementCount(in:from:)``: nesting depth inside the array,
/// elements completed, and whether the current element has begun.
private struct ElementScan {
    var depth = 0
    var count = 0
    var inElement = false

    mutating func sawValue() {
        if depth == 0 { inElement = true }
    }

    /// Takes one byte outside strings; true at the array's closing bracket.
    mutating func take(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            sawValue()
            depth += 1
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            guard depth > 0 else {
                finishElement()
                return true
            }
            depth -= 1
        case UInt8(ascii: ","):
            if depth == 0 { finishElement() }
        case 0x20, 0x09, 0x0A, 0x0D:
            break
        default:
            sawValue()
        }
        return false
    }

    private mutating func finishElement() {
        if inElement { count += 1 }
        inElement = false
    }
}
