/// Works out which encoding a document's bytes are in, before libxml2 sees them.
///
/// The order of evidence follows RFC 7303 and XML 1.0 appendix F: a byte order mark wins;
/// then a charset the caller passes (from HTTP's `Content-Type`); then the XML
/// declaration's `encoding`; then the layout of `<?xml` in UTF-16 or UTF-32 without a BOM;
/// else UTF-8. Legacy encodings that libxml2 and iconv know (windows-1251, KOI8-R,
/// ISO-8859-x, Shift_JIS…) are left to libxml2 through the declaration.
///
/// One lie is caught: when the document says (or defaults to) UTF-8 but the bytes are not
/// valid UTF-8, the sniffer guesses the legacy encoding from the bytes (Cyrillic
/// windows-1251 or KOI8-R by Russian letter frequencies, else windows-1252, or ISO-8859-1
/// when windows-1252 cannot decode them) and the document is decoded in that instead,
/// with a ``Result/mismatch`` message for a diagnostic.
public enum XMLEncodingSniffer {
    /// Where the encoding came from.
    public enum Source: Sendable, Equatable {
        case byteOrderMark
        case httpCharset
        case declaration
        /// UTF-16 or UTF-32 without a BOM, recognised from the layout of `<?`.
        case bytePattern
        /// Nothing said otherwise, so UTF-8.
        case defaultUTF8
        /// The declared (or default) UTF-8 was a lie; guessed from the bytes.
        case guessed
    }

    /// What the sniffer decided.
    public struct Result: Sendable, Equatable {
        /// The encoding the document is decoded with, e.g. `"UTF-8"`, `"UTF-16LE"`,
        /// `"windows-1251"`, or the declared name as written.
        public var encoding: String
        public var source: Source
        /// The `encoding` of the XML declaration as written, if there is one.
        public var declaredEncoding: String?
        /// How many bytes of byte order mark the document starts with.
        public var byteOrderMarkLength: Int
        /// The encoding to force on libxml2, ignoring the declaration, or `nil` to let
        /// libxml2 follow the declaration itself.
        public var decoderOverride: String?
        /// Why the declaration was overruled, when that is an error in the document, e.g.
        /// "declared UTF-8 but the bytes are windows-1251; decoded as windows-1251".
        public var mismatch: String?
        /// The byte offset of the first byte that contradicted the claimed encoding (the
        /// first invalid UTF-8 sequence), when the encoding was guessed.
        public var mismatchOffset: Int?

        public init(
            encoding: String,
            source: Source,
            declaredEncoding: String? = nil,
            byteOrderMarkLength: Int = 0,
            decoderOverride: String? = nil,
            mismatch: String? = nil,
            mismatchOffset: Int? = nil
        ) {
            self.encoding = encoding
            self.source = source
            self.declaredEncoding = declaredEncoding
            self.byteOrderMarkLength = byteOrderMarkLength
            self.decoderOverride = decoderOverride
            self.mismatch = mismatch
            self.mismatchOffset = mismatchOffset
        }
    }

    /// Sniffs `bytes`: the whole document, or its first part (`isComplete: false`), in
    /// which case a multi-byte character cut at the end does not count as invalid UTF-8.
    public static func sniff(_ bytes: [UInt8], httpCharset: String? = nil, isComplete: Bool = true) -> Result
    {
        bytes.withUnsafeBytes { sniff($0, httpCharset: httpCharset, isComplete: isComplete) }
    }

    /// Sniffs the bytes in `buffer`; same as the `[UInt8]` overload.
    public static func sniff(
        _ buffer: UnsafeRawBufferPointer,
        httpCharset: String? = nil,
        isComplete: Bool = true
    ) -> Result {
        let bytes = buffer.bindMemory(to: UInt8.self)
        if let (name, length) = byteOrderMark(bytes) {
            return sniffWithBOM(bytes, name: name, length: length, httpCharset: httpCharset)
        }
        if let name = wideLayout(bytes) {
            return Result(
                encoding: name, source: .bytePattern, declaredEncoding: nil, byteOrderMarkLength: 0,
                decoderOverride: name, mismatch: nil)
        }
        let declared = declaredEncoding(bytes)
        let http = httpCharset.map(normalizedCharsetParameter).flatMap { $0.isEmpty ? nil : $0 }
        let (candidate, source): (String, Source) =
            if let http { (http, .httpCharset) } else if let declared { (declared, .declaration) } else {
                ("UTF-8", .defaultUTF8)
            }
        if isUTF8(candidate), let bad = UTF8Validation.firstInvalidOffset(bytes, isComplete: isComplete) {
            let guess = LegacyEncodingGuess.guess(bytes, from: bad)
            let claim =
                switch source {
                case .httpCharset: "the HTTP charset is \(candidate)"
                case .declaration: "declared \(candidate)"
                default: "no encoding declared (UTF-8 assumed)"
                }
            return Result(
                encoding: guess, source: .guessed, declaredEncoding: declared, byteOrderMarkLength: 0,
                decoderOverride: guess, mismatch: "\(claim) but the bytes are \(guess); decoded as \(guess)",
                mismatchOffset: bad)
        }
        if let superset = latinSuperset(candidate, bytes, isComplete: isComplete) {
            return Result(
                encoding: superset.name, source: source, declaredEncoding: declared, byteOrderMarkLength: 0,
                decoderOverride: superset.name, mismatch: superset.mismatch.map { "\(candidate) \($0)" })
        }
        let needsOverride = source == .httpCharset && !sameEncoding(candidate, declared ?? "UTF-8")
        return Result(
            encoding: candidate, source: source, declaredEncoding: declared, byteOrderMarkLength: 0,
            decoderOverride: needsOverride ? candidate : nil, mismatch: nil)
    }

    private static func sniffWithBOM(
        _ bytes: UnsafeBufferPointer<UInt8>,
        name: String,
        length: Int,
        httpCharset: String?
    ) -> Result {
        let declared =
            name == "UTF-8" ? declaredEncoding(UnsafeBufferPointer(rebasing: bytes[length...])) : nil
        var mismatch: String?
        if let declared, !sameEncoding(declared, name) {
            mismatch = "declared \(declared) but the byte order mark says \(name); decoded as \(name)"
        }
        // A UTF-8 document that agrees with its BOM needs no help; everything else is forced,
        // because libxml2 skips no UTF-32 BOM and would follow a contradicting declaration.
        let override = (name == "UTF-8" && mismatch == nil) ? nil : name
        return Result(
            encoding: name, source: .byteOrderMark, declaredEncoding: declared, byteOrderMarkLength: length,
            decoderOverride: override, mismatch: mismatch)
    }

    /// Documents labelled US-ASCII or ISO-8859-1 are read as browsers read them (the WHATWG
    /// Encoding Standard): as windows-1252, whose extra characters (curly quotes, dashes)
    /// publishers use under those labels; and as UTF-8 when their high bytes are valid
    /// UTF-8, which legacy text practically never is.
    static func latinSuperset(
        _ label: String, _ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool
    ) -> (name: String, mismatch: String?)? {
        guard ["iso88591", "usascii", "ascii", "ansix341968"].contains(canonicalName(label)) else {
            return nil
        }
        let hasHighBytes = bytes.contains { $0 >= 0x80 }
        guard hasHighBytes else { return nil }
        if UTF8Validation.firstInvalidOffset(bytes, isComplete: isComplete) == nil {
            return ("UTF-8", "was declared but the bytes are UTF-8; decoded as UTF-8")
        }
        return ("windows-1252", nil)
    }

    /// The encoding named by a byte order mark, and the mark's length.
    static func byteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        let n = b.count
        if n >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return ("UTF-32LE", 4) }
        if n >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return ("UTF-32BE", 4) }
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("UTF-8", 3) }
        if n >= 2, b[0] == 0xFF, b[1] == 0xFE { return ("UTF-16LE", 2) }
        if n >= 2, b[0] == 0xFE, b[1] == 0xFF { return ("UTF-16BE", 2) }
        return nil
    }

    /// UTF-16 or UTF-32 without a BOM, from the layout of the first `<` (and `?`).
    static func wideLayout(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard b.count >= 4 else { return nil }
        switch (b[0], b[1], b[2], b[3]) {
        case (0, 0, 0, 0x3C): return "UTF-32BE"
        case (0x3C, 0, 0, 0): return "UTF-32LE"
        case (0, 0x3C, 0, 0x3F): return "UTF-16BE"
        case (0x3C, 0, 0x3F, 0): return "UTF-16LE"
        default: return nil
        }
    }

    /// The `encoding` pseudo-attribute of an XML declaration at the start of ASCII-compatible
    /// bytes, as written.
    static func declaredEncoding(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let prefix: [UInt8] = Array("<?xml".utf8)
        guard b.count > prefix.count, b.starts(with: prefix) else { return nil }
        let limit = min(b.count, 512)
        var end = prefix.count
        while end + 1 < limit, !(b[end] == UInt8(ascii: "?") && b[end + 1] == UInt8(ascii: ">")) { end += 1 }
        let declaration = Array(b[prefix.count..<end])
        let key = Array("encoding".utf8)
        guard let keyStart = firstRange(of: key, in: declaration) else { return nil }
        var i = keyStart + key.count
        func skipSpace() { while i < declaration.count, isXMLSpace(declaration[i]) { i += 1 } }
        skipSpace()
        guard i < declaration.count, declaration[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        skipSpace()
        guard i < declaration.count,
            declaration[i] == UInt8(ascii: "\"") || declaration[i] == UInt8(ascii: "'")
        else { return nil }
        let quote = declaration[i]
        let start = i + 1
        guard let close = declaration[start...].firstIndex(of: quote), close > start else { return nil }
        return String(decoding: declaration[start..<close], as: UTF8.self)
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count)
        where haystack[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    private static func isXMLSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// `"utf-8"` from `"UTF-8"`, `" \"utf-8\" "` and the like.
    static func normalizedCharsetParameter(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.first, c == " " || c == "\"" || c == "'" { t.removeFirst() }
        while let c = t.last, c == " " || c == "\"" || c == "'" { t.removeLast() }
        return String(t)
    }

    /// Lowercased letters and digits only, with a few common aliases folded.
    static func canonicalName(_ name: String) -> String {
        let folded = String(
            name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        )
        switch folded {
        case "utf8": return "utf8"
        case "latin1", "l1", "iso885911987", "cp819", "ibm819": return "iso88591"
        case "cp1251", "xcp1251": return "windows1251"
        case "cp1252", "xcp1252": return "windows1252"
        case "koi8": return "koi8r"
        default: return folded
        }
    }

    static func isUTF8(_ name: String) -> Bool { canonicalName(name) == "utf8" }

    static func sameEncoding(_ a: String, _ b: String) -> Bool { canonicalName(a) == canonicalName(b) }
}
