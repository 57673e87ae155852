internal import CLibXML2

extension HTMLFastPath.Tokenizer {
    /// Decodes `&name;` or `&#…;` at `index` and moves past it; `nil` for anything libxml2
    /// might read differently (no `;`, unknown name, C1 or NUL code points).
    mutating func reference() -> Unicode.Scalar? {
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
            guard cursor > start else { return nil }
            value = number
        } else {
            let start = cursor
            while cursor < limit, isAlphanumeric(input[cursor]) { cursor += 1 }
            guard cursor > start else { return nil }
            value = HTMLFastPath.entityCodePoint(UnsafeBufferPointer(rebasing: input[start..<cursor]))
        }
        guard cursor < limit, input[cursor] == UInt8(ascii: ";"), let code = value, code != 0,
            !(0x80...0x9F).contains(code), let scalar = Unicode.Scalar(code)
        else { return nil }
        index = cursor + 1
        return scalar
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

extension HTMLFastPath {
    /// The code point of the HTML 4 entity `name`, or `nil`. libxml2's `htmlEntityLookup`
    /// compares the name with each of its 253 entries in turn, which made entity lookup a
    /// tenth of the fast path; this is a binary search over the names packed into integers.
    static func entityCodePoint(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard name.count <= 8 else { return nil }
        let key = name.reduce(0) { $0 << 8 | UInt64($1) }
        let keys = entityTable.keys
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? entityTable.values[low] : nil
    }

    /// libxml2's entities, found by their code points. The ranges cover every HTML 4 entity;
    /// a name missing here would only send its fragment to libxml2, which knows it.
    private static let entityTable: (keys: [UInt64], values: [UInt32]) = {
        let ranges: [ClosedRange<UInt32>] = [34...62, 160...1000, 8194...8260, 8364...8364, 8465...9830]
        var entries: [(UInt64, UInt32)] = []
        for range in ranges {
            for value in range {
                guard let entity = htmlEntityValueLookup(value), let name = entity.pointee.name else {
                    continue
                }
                let bytes = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
                guard bytes.count <= 8 else { continue }
                entries.append((bytes.reduce(0) { $0 << 8 | UInt64($1) }, value))
            }
        }
        entries.sort { $0.0 < $1.0 }
        return (entries.map(\.0), entries.map(\.1))
    }()
}

extension StaticString {
    func withCName(_ body: (UnsafePointer<UInt8>) -> Void) {
        body(utf8Start)
    }
}
