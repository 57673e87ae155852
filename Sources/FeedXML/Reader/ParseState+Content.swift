internal import CLibXML2

extension ParseState {
    /// An attribute value from libxml2's `[start, end)`. Without entity substitution libxml2
    /// leaves references to declared entities in the value as `&name;` (and a literal `&`
    /// as `&#38;`); those values go through ``AttributeValueDecoder``. `nil` when entity
    /// expansion ran over budget (the parse has been halted).
    @inline(__always)
    mutating func attributeValue(
        _ start: UnsafePointer<xmlChar>,
        _ end: UnsafePointer<xmlChar>,
        _ ctxt: xmlParserCtxtPtr
    ) -> String? {
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decodingUTF8: bytes) }
        var decoder = AttributeValueDecoder(
            document: main.pointee.myDoc, budget: options.maxEntityExpansion - entityExpansion)
        let decoded = decoder.decode(bytes)
        guard chargeExpansion(decoder.expanded, ctxt) else { return nil }
        return decoded.withUnsafeBufferPointer { String(decodingUTF8: $0) }
    }

    /// The line and column of the `<` of the start tag the parser has just read.
    ///
    /// libxml2 calls `startElementNs` with its input positioned at the tag's `>` (or `/>`),
    /// and the tag's bytes still in the input buffer (they back the attribute values it
    /// passes). So the `<` is found by scanning back, counting characters the way libxml2
    /// counts columns (UTF-8 continuation bytes do not count). Elements from an entity's
    /// replacement text get the position just after the reference.
    @inline(__always)
    func tagStart(_ ctxt: xmlParserCtxtPtr) -> (line: Int, column: Int) {
        guard ctxt == main, let input = ctxt.pointee.input else { return currentPosition() }
        let line = Int(input.pointee.line)
        let column = Int(input.pointee.col)
        guard let cur = input.pointee.cur, let base = input.pointee.base else { return (line, column) }
        var p = cur
        var characters = 0
        var newlines = 0
        while p > base {
            p -= 1
            let b = p.pointee
            if b == UInt8(ascii: "<") {
                if newlines == 0 { return (line, column &- characters &- 1) }
                return (line - newlines, Self.column(of: p, base: base, input: input))
            }
            if b == UInt8(ascii: "\n") {
                newlines &+= 1
            } else if b & 0xC0 != 0x80 {
                characters &+= 1
            }
        }
        return (line, column)
    }

    /// The column of `p`, found by scanning back to the previous newline; 0 when the line
    /// began in input libxml2 has already discarded.
    private static func column(
        of p: UnsafePointer<xmlChar>,
        base: UnsafePointer<xmlChar>,
        input: xmlParserInputPtr
    ) -> Int {
        var q = p
        var characters = 0
        while q > base {
            q -= 1
            if q.pointee == UInt8(ascii: "\n") { return characters + 1 }
            if q.pointee & 0xC0 != 0x80 { characters += 1 }
        }
        return input.pointee.consumed == 0 ? characters + 1 : 0
    }

    /// An entity reference with no declaration: its HTML 4 meaning (`&nbsp;` → U+00A0)
    /// when it has one, else the reference as written.
    mutating func appendUndeclaredEntity(_ name: UnsafePointer<xmlChar>) {
        if let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) {
            appendText(String(Character(scalar)))
        } else {
            appendText("&" + String(cString: name) + ";")
        }
    }

    // MARK: - libxml2 errors

    /// Records a libxml2 error. With recovery on, two errors in text also repair the text
    /// the way a liberal feed reader expects: an undeclared entity gets its HTML meaning,
    /// and a bare `&` (which libxml2 drops) is put back.
    mutating func receive(_ error: xmlError, from ctxt: xmlParserCtxtPtr?) {
        let code = Int(error.code)
        var severity: XMLReadDiagnostic.Severity =
            switch error.level {
            case XML_ERR_FATAL: .fatal
            case XML_ERR_ERROR: .error
            default: .warning
            }
        // Undeclared in a document whose external subset was not read: not a
        // well-formedness error (XML 1.0, WFC: Entity Declared).
        if code == Int(XML_WAR_UNDECLARED_ENTITY.rawValue) { severity = .warning }
        // Bound to its usual namespace and reported once by the start tag's callback.
        if isBindableUndeclaredPrefix(error) { return }
        let message = Self.message(error)
        // libxml2 retries a failed conversion and reports it each time; once is enough.
        if ctxt == nil, let last = diagnostics.last, last.code == code, last.message == message { return }
        var position = (line: Int(error.line), column: Int(error.int2))
        if ctxt != main { position = currentPosition() }
        record(
            XMLReadDiagnostic(
                severity: severity, message: message, line: position.line,
                column: position.column,
                code: code))
        guard options.recover, !stopped, let ctxt else { return }
        // From now on predefined references go through the reader's `getEntity`, which keeps
        // libxml2 from dropping them (see `SAXCallbacks`); a well-formed document never
        // takes this path.
        if severity >= .error, ctxt == main { ctxt.pointee.options |= Int32(XML_PARSE_OLDSAX.rawValue) }
        guard ctxt.pointee.instate == XML_PARSER_CONTENT else { return }
        if code == Int(XML_ERR_UNDECLARED_ENTITY.rawValue), let name = error.str1 {
            name.withMemoryRebound(to: xmlChar.self, capacity: 1) {
                // libxml2 uses the same code for a declared entity whose text failed to parse.
                if xmlGetDocEntity(main.pointee.myDoc, $0) == nil { appendUndeclaredEntity($0) }
            }
        } else if code == Int(XML_ERR_NAME_REQUIRED.rawValue), let input = ctxt.pointee.input,
            let cur = input.pointee.cur, let base = input.pointee.base, cur > base,
            cur[-1] == UInt8(ascii: "&")
        {
            appendText("&")
        }
    }

    /// libxml2's message on one line, without the trailing newline.
    static func message(_ error: xmlError) -> String {
        guard let raw = error.message else { return "unknown libxml2 error \(error.code)" }
        var message = String(cString: raw)
        while message.last?.isWhitespace == true { message.removeLast() }
        message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return clearerMessages[message] ?? message
    }

    /// libxml2 words its size limits after its own internals; a user needs to know what
    /// was too long.
    private static let clearerMessages = [
        "internal error: Huge input lookup":
            "a single token (attribute value, name or text run) is longer than libxml2's 10,000,000-byte limit",
        "AttValue length too long": "an attribute value is longer than libxml2's 10,000,000-byte limit",
        "xmlSAX2Characters: huge text node": "a text node is longer than libxml2's 10,000,000-byte limit",
    ]
}
