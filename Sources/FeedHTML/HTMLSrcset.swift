/// Splitting a `srcset` value into image candidates, after the HTML standard's algorithm
/// ("parse a srcset attribute"), simplified: a candidate is a URL (a run of non-whitespace;
/// trailing commas end it) followed by descriptors up to the next comma outside
/// parentheses. Descriptors are kept as written, with whitespace collapsed.
enum HTMLSrcset {
    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func forEachCandidate(
        _ value: UnsafeBufferPointer<UInt8>,
        _ body: (_ url: UnsafeBufferPointer<UInt8>, _ descriptors: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard let base = value.baseAddress else { return }
        let n = value.count
        var i = 0
        while i < n {
            while i < n && (isSpace(value[i]) || value[i] == UInt8(ascii: ",")) { i += 1 }
            if i >= n { break }
            let urlStart = i
            while i < n && !isSpace(value[i]) { i += 1 }
            var urlEnd = i
            var descriptors = UnsafeBufferPointer<UInt8>(start: base + i, count: 0)
            if value[urlEnd - 1] == UInt8(ascii: ",") {
                while urlEnd > urlStart && value[urlEnd - 1] == UInt8(ascii: ",") { urlEnd -= 1 }
            } else {
                let start = i
                var parentheses = 0
                while i < n {
                    let byte = value[i]
                    if byte == UInt8(ascii: "(") {
                        parentheses += 1
                    } else if byte == UInt8(ascii: ")") {
                        parentheses = max(0, parentheses - 1)
                    } else if byte == UInt8(ascii: ",") && parentheses == 0 {
                        break
                    }
                    i += 1
                }
                descriptors = UnsafeBufferPointer(start: base + start, count: i - start)
                if i < n { i += 1 }
            }
            if urlEnd > urlStart {
                body(UnsafeBufferPointer(start: base + urlStart, count: urlEnd - urlStart), descriptors)
            }
        }
    }

    /// Appends ` descriptors`, whitespace collapsed and trimmed; nothing if there are none.
    static func appendDescriptors(_ descriptors: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var pendingSpace = true
        for byte in descriptors {
            if isSpace(byte) {
                pendingSpace = true
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
    }
}
