internal import CLibXML2

/// Works out which encoding a document's bytes are in, before libxml2 sees them.
///
/// The order of evidence follows RFC 7303 and XML 1.0 appendix F: a byte order mark wins;
/// then a charset the caller passes (from HTTP's `Content-Type`); then the XML
/// declaration's `encoding` (found after whitespace, comments or stray BOMs too, see
/// ``XMLPrelude``; read through EBCDIC's shared characters when the document starts
/// 4C 6F A7 94); then the layout of the first characters in UTF-16 or UTF-32 without a BOM;
/// else UTF-8. Legacy encodings that libxml2 knows (through iconv and ICU) are left to it
/// through the declaration; labels it knows only under another spelling (`MacTurkish`,
/// `ibm-500`…) are forced under a name it accepts.
///
/// A label no decoder knows falls back to detection (UTF-8, or the legacy guess below)
/// with ``Result/unknownLabel`` for a warning.
///
/// One lie is caught: when the document says (or defaults to) UTF-8 but is clearly not
/// UTF-8 (most of its non-ASCII sequences are ill-formed), the sniffer guesses the legacy
/// encoding from the bytes (Cyrillic windows-1251 or KOI8-R by Russian letter frequencies,
/// else windows-1252, or ISO-8859-1 when windows-1252 cannot decode them) and the document
/// is decoded in that instead, with a ``Result/mismatch`` message for a diagnostic. A few
/// bad bytes in UTF-8 text are not a lie: ``XMLStreamReader`` replaces each with U+FFFD.
public enum XMLEncodingSniffer {
    /// Where the encoding came from.
    public enum Source: Sendable, Equatable {
        /// A UTF-8, UTF-16 or UTF-32 byte order mark.
        case byteOrderMark
        /// The `charset` of the HTTP `Content-Type`.
        case httpCharset
        /// The `encoding` of the XML declaration.
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
        /// What decided the encoding: a byte order mark, the HTTP charset, the declaration, the
        /// byte layout, the default, or a guess from the bytes.
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
        /// Whitespace, comments or byte order marks before the XML declaration, which the
        /// reader moves after it (see ``XMLPrelude``).
        public var prelude: XMLPrelude?
        /// A label (declared or from HTTP) that no decoder knows, and what was used instead,
        /// for a warning: the document is still read.
        public var unknownLabel: String?
        /// The sniffer saw the whole document, its encoding is UTF-8, and every byte of it is
        /// valid UTF-8: the reader need not check it again for bytes to replace.
        public var isValidUTF8Throughout = false

        /// A result as the sniffer reports it; public so that tests and callers can state one.
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
        _ = libxml2Initialized
        let bytes = buffer.bindMemory(to: UInt8.self)
        if let (name, length) = byteOrderMark(bytes) {
            var result = sniffWithBOM(bytes, name: name, length: length, httpCharset: httpCharset)
            if name == "UTF-8" { result.prelude = XMLPrelude.find(bytes, from: length) }
            return result
        }
        if let name = wideLayout(bytes) {
            return Result(
                encoding: name, source: .bytePattern, declaredEncoding: nil, byteOrderMarkLength: 0,
                decoderOverride: name, mismatch: nil)
        }
        if EncodingLabels.startsWithEBCDICDeclaration(bytes) { return sniffEBCDIC(bytes) }
        let prelude = XMLPrelude.find(bytes, from: 0)
        var result = sniffASCIICompatible(
            bytes, declared: declaredEncoding(bytes, at: prelude?.declarationStart ?? 0),
            httpCharset: httpCharset, isComplete: isComplete)
        result.prelude = prelude
        return result
    }

    private static func sniffASCIICompatible(
        _ bytes: UnsafeBufferPointer<UInt8>, declared: String?, httpCharset: String?, isComplete: Bool
    ) -> Result {
        var unknown: [String] = []
        let http = httpCharset.map(normalizedCharsetParameter).flatMap { $0.isEmpty ? nil : $0 }
        let httpDecoder = http.flatMap(decoderName(for:))
        if let http, httpDecoder == nil { unknown.append("charset \(http)") }
        let declaredDecoder = declared.flatMap(decoderName(for:))
        if let declared, declaredDecoder == nil, httpDecoder == nil {
            unknown.append("encoding \"\(declared)\"")
        }
        let (candidate, decoder, source): (String, String?, Source) =
            if let http, let httpDecoder {
                (http, httpDecoder, .httpCharset)
            } else if let declared, let declaredDecoder {
                (declared, declaredDecoder, .declaration)
            } else { ("UTF-8", "UTF-8", .defaultUTF8) }
        var result = sniffCandidate(
            bytes, candidate: candidate, source: source, declared: declared, isComplete: isComplete)
        if result.decoderOverride == nil, result.source == source, let decoder {
            // A label libxml2 knows only under another name is forced under that name; an
            // HTTP charset is forced unless it agrees with what libxml2 will read anyway.
            let forced =
                decoder != candidate
                || (source == .httpCharset && !sameEncoding(candidate, declared ?? "UTF-8"))
            if forced { result.decoderOverride = decoder }
        }
        if !unknown.isEmpty, source == .defaultUTF8 || source == .guessed || result.source == .guessed {
            // Detection stands in for the unknown label: not a lie to report as one.
            result.mismatch = nil
            result.mismatchOffset = nil
        }
        if !unknown.isEmpty {
            result.unknownLabel =
                "\(unknown.joined(separator: " and ")) is not a known encoding; read as \(result.encoding)"
            // The declaration must not be followed: libxml2 would give up on its label.
            if result.decoderOverride == nil { result.decoderOverride = result.encoding }
        }
        return result
    }

    private static func sniffCandidate(
        _ bytes: UnsafeBufferPointer<UInt8>, candidate: String, source: Source, declared: String?,
        isComplete: Bool
    ) -> Result {
        let validUTF8 =
            isUTF8(candidate) && UTF8Validation.firstInvalidOffset(bytes, isComplete: isComplete) == nil
        if isUTF8(candidate), !validUTF8 {
            let census = UTF8Validation.census(bytes, isComplete: isComplete)
            // Clearly not UTF-8 only when most non-ASCII sequences are ill-formed; a few bad
            // bytes in UTF-8 text are replaced one at a time by the reader instead.
            if census.invalid > census.valid {
                let bad = UTF8Validation.firstInvalidOffset(bytes, isComplete: isComplete) ?? 0
                let guess = LegacyEncodingGuess.guess(bytes, from: bad)
                let claim =
                    switch source {
                    case .httpCharset: "the HTTP charset is \(candidate)"
                    case .declaration: "declared \(candidate)"
                    default: "no encoding declared (UTF-8 assumed)"
                    }
                return Result(
                    encoding: guess, source: .guessed, declaredEncoding: declared, byteOrderMarkLength: 0,
                    decoderOverride: guess,
                    mismatch: "\(claim) but the bytes are \(guess); decoded as \(guess)", mismatchOffset: bad)
            }
        }
        if let superset = latinSuperset(candidate, bytes, isComplete: isComplete) {
            return Result(
                encoding: superset.name, source: source, declaredEncoding: declared, byteOrderMarkLength: 0,
                decoderOverride: superset.name, mismatch: superset.mismatch.map { "\(candidate) \($0)" })
        }
        var result = Result(
            encoding: candidate, source: source, declaredEncoding: declared, byteOrderMarkLength: 0,
            decoderOverride: nil, mismatch: nil)
        result.isValidUTF8Throughout = validUTF8 && isComplete
        return result
    }

    /// An EBCDIC document with a declaration: its label read through the characters all
    /// EBCDIC code pages share, then forced (libxml2 would read the rest as UTF-8).
    private static func sniffEBCDIC(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        let text = EncodingLabels.ebcdicDeclarationText(bytes)
        let declared = text.withUnsafeBufferPointer { declaredEncoding($0, at: 0) }
        let decoder = declared.flatMap(decoderName(for:)) ?? "IBM037"
        var result = Result(
            encoding: decoder, source: .declaration, declaredEncoding: declared, byteOrderMarkLength: 0,
            decoderOverride: decoder)
        if declared == nil || declared.flatMap(decoderName(for:)) == nil {
            result.unknownLabel = "an EBCDIC document without a known encoding label; read as IBM037"
        }
        return result
    }

    /// The name libxml2 decodes `label` with, or `nil` when no decoder knows it.
    static func decoderName(for label: String) -> String? {
        if isUTF8(label) { return label }
        return EncodingLabels.decoderName(for: label, decodes: libxml2Decodes)
    }

    /// Whether libxml2 (with iconv and ICU) can decode `name`.
    static func libxml2Decodes(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    private static func sniffWithBOM(
        _ bytes: UnsafeBufferPointer<UInt8>,
        name: String,
        length: Int,
        httpCharset: String?
    ) -> Result {
        let declared: String? =
            if name == "UTF-8" {
                declaredEncoding(bytes, at: XMLPrelude.find(bytes, from: length)?.declarationStart ?? length)
            } else { nil }
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

    /// UTF-16 or UTF-32 without a BOM, from the layout of the first characters: `<` (or
    /// whitespace) with zero bytes beside it.
    static func wideLayout(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard b.count >= 4 else { return nil }
        switch (b[0], b[1], b[2], b[3]) {
        case (0, 0, 0, 0x3C): return "UTF-32BE"
        case (0x3C, 0, 0, 0): return "UTF-32LE"
        // Any ASCII start (`<?`, `<r`, whitespace) with a zero byte beside each character.
        case (0, let a, 0, let b) where isWideStart(a) && b != 0: return "UTF-16BE"
        case (let a, 0, let b, 0) where isWideStart(a) && b != 0: return "UTF-16LE"
        default: return nil
        }
    }

    private static func isWideStart(_ b: UInt8) -> Bool { b == 0x3C || isXMLSpace(b) }

    /// The `encoding` pseudo-attribute of an XML declaration at the start of ASCII-compatible
    /// bytes, as written.
    static func declaredEncoding(_ whole: UnsafeBufferPointer<UInt8>, at start: Int = 0) -> String? {
        let b = UnsafeBufferPointer(rebasing: whole[start...])
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
