extension HTMLFastPath.Tokenizer {
    /// Decodes `&name;` or `&#…;` at `index` into `out` as UTF-8; false for anything libxml2
    /// might read differently (no `;`, unknown name, C1 or NUL code points).
    mutating func reference(into out: inout [UInt8]) -> Bool {
        var cursor = index + 1
        let limit = min(input.count, index + 34)
        var value: UInt32?
        if cursor < limit, input[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let hex = cursor < limit && (input[cursor] | 0x20) == UInt8(ascii: "x")
            if hex { cursor += 1 }
            let start = cursor
            var number: UInt32 = 0
            while cursor < limit, let digit = digitValue(input[cursor], hex: hex), number < 0x11_0000 {
                number = number * (hex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > start else { return false }
            value = number
        } else {
            let start = cursor
            while cursor < limit, isAlphanumeric(input[cursor]) { cursor += 1 }
            guard cursor > start else { return false }
            value = HTMLEntities.codePoint(named: String(decoding: input[start..<cursor], as: UTF8.self))
        }
        guard cursor < limit, input[cursor] == UInt8(ascii: ";"), let code = value, code != 0,
            !(0x80...0x9F).contains(code), let scalar = Unicode.Scalar(code)
        else { return false }
        out.append(contentsOf: String(Character(scalar)).utf8)
        index = cursor + 1
        return true
    }

    private func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x61...0x66 where hex: UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: UInt32(byte - 0x41 + 10)
        default: nil
        }
    }

    private func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
}

extension HTMLFastPath.Tokenizer {
    /// Sends the recorded events to `sink` inside the wrapper, with the depths libxml2
    /// reports (the wrapper is depth 1; an element counts itself on start and end).
    func replay(into sink: HTMLEventSink) {
        var depth = 1
        HTMLFragmentParser.wrapperName.withCName { sink.startElement($0, nil, depth: depth) }
        for event in events {
            switch event {
            case .start(let name, let attributes):
                depth += 1
                Self.withCNames(name, attributes) { sink.startElement($0, $1, depth: depth) }
            case .end(let name):
                name.withUnsafeBufferPointer { sink.endElement($0.baseAddress!, depth: depth) }
                depth -= 1
            case .text(let text):
                text.withUnsafeBufferPointer { sink.characters($0, depth: depth) }
            }
        }
        HTMLFragmentParser.wrapperName.withCName { sink.endElement($0, depth: 1) }
    }

    /// The (NUL-terminated) name and a NULL-terminated name/value array of NUL-terminated
    /// strings, as libxml2's SAX passes them.
    private static func withCNames(
        _ name: [UInt8], _ attributes: [([UInt8], [UInt8])],
        _ body: (UnsafePointer<UInt8>, UnsafeMutablePointer<UnsafePointer<UInt8>?>?) -> Void
    ) {
        guard !attributes.isEmpty else { return name.withUnsafeBufferPointer { body($0.baseAddress!, nil) } }
        var storage: [UInt8] = name
        var offsets: [Int] = []
        for (key, value) in attributes {
            offsets.append(storage.count)
            storage += key
            offsets.append(storage.count)
            storage += value + [0]
        }
        storage.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            guard !attributes.isEmpty else { return body(base, nil) }
            var pointers: [UnsafePointer<UInt8>?] = offsets.map { base + $0 } + [nil]
            pointers.withUnsafeMutableBufferPointer { body(base, $0.baseAddress) }
        }
    }
}

extension StaticString {
    func withCName(_ body: (UnsafePointer<UInt8>) -> Void) {
        body(utf8Start)
    }
}
