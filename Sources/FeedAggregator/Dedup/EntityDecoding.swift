import FeedXML

/// Decodes the HTML character references partners leave in titles (step 1 of `ItemKey`).
enum EntityDecoding {
    /// `text` with every complete reference decoded once; text without `&` is returned
    /// as it is, without a copy.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(ampersand) else { return text }
        let input = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == ampersand, let (scalar, end) = reference(in: input, at: index) {
                UTF8.encode(scalar) { out.append($0) }
                index = end
            } else {
                out.append(input[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let ampersand = UInt8(ascii: "&")

    /// The scalar of the reference starting at `start` (an `&`) and the index after its
    /// `;`. Names are at most 32 bytes, which bounds the scan on text full of stray `&`.
    private static func reference(in input: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(input.count, start + 34)
        guard let semicolon = input[(start + 1)..<limit].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = input[(start + 1)..<semicolon]
        guard let code = body.first == UInt8(ascii: "#") ? numeric(body.dropFirst()) : named(body),
            code != 0, let scalar = Unicode.Scalar(code)
        else { return nil }
        return (scalar, semicolon + 1)
    }

    private static func named(_ body: ArraySlice<UInt8>) -> UInt32? {
        guard !body.isEmpty, body.allSatisfy(isAlphanumeric) else { return nil }
        let name = String(decoding: body, as: UTF8.self)
        // `&apos;` is XML and HTML5, not HTML 4, so libxml2's table lacks it.
        return name == "apos" ? 0x27 : HTMLEntities.codePoint(named: name)
    }

    private static func numeric(_ body: ArraySlice<UInt8>) -> UInt32? {
        let hex = body.first.map { $0 | 0x20 } == UInt8(ascii: "x")
        let digits = hex ? body.dropFirst() : body
        // The alphanumeric check keeps out the sign `UInt32(_:radix:)` would accept.
        guard !digits.isEmpty, digits.count <= 7, digits.allSatisfy(isAlphanumeric) else { return nil }
        guard let value = UInt32(String(decoding: digits, as: UTF8.self), radix: hex ? 16 : 10) else {
            return nil
        }
        guard (0x80...0x9F).contains(value) else { return value }
        return windows1252[Int(value - 0x80)]
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
    }

    /// What `&#128;`…`&#159;` mean in HTML5: the windows-1252 characters at those bytes
    /// (`nil` where windows-1252 has none, so the reference is left as written).
    private static let windows1252: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]
}
