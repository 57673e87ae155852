internal import CLibXML2

/// Everything the SAX callbacks of one parse write: queued events, pending text, open
/// elements, diagnostics, the entity expansion budget. Owned by ``ParserSession``.
struct ParseState {
    let options: XMLReaderOptions
    /// The document's parser context; entity replacement text is parsed in other contexts.
    let main: xmlParserCtxtPtr
    var names: NameCache
    var events = EventQueue()
    var text = TextBuffer()
    /// The open elements' names (dictionary pointers), innermost last.
    var open: [(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?)] = []
    var diagnostics: [XMLReadDiagnostic] = []
    var errorCount = 0
    /// Bytes of text entity references have produced so far.
    var entityExpansion = 0
    /// Set when a limit or an input failure ends the parse; later callbacks are ignored.
    var stopped = false
    /// Undeclared well-known prefixes met so far, with the URI each is bound to (a pointer
    /// into libxml2's dictionary, like the URIs libxml2 hands out).
    var boundPrefixes: [String: UnsafePointer<xmlChar>] = [:]

    init(options: XMLReaderOptions, main: xmlParserCtxtPtr) {
        self.options = options
        self.main = main
        names = NameCache(dict: main.pointee.dict)
        open.reserveCapacity(32)
    }

    /// Frees the unsafe storage; called once by the owner.
    func release() {
        names.deallocate()
        events.deallocate()
        text.deallocate()
    }

    // MARK: - Text

    @inline(__always)
    mutating func appendText(_ bytes: UnsafePointer<xmlChar>, _ count: Int, cdata: Bool) {
        if !text.isEmpty, text.isCDATA != cdata { flushText() }
        text.begin(cdata: cdata)
        if !text.append(bytes, count, limit: options.maxTextLength) {
            report(
                .error, "text longer than \(options.maxTextLength) bytes was cut",
                code: XMLReadDiagnostic.ReaderCode.textTooLong.rawValue)
        }
    }

    mutating func appendText(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            appendText(base, utf8.count, cdata: false)
        }
    }

    @inline(__always)
    mutating func flushText() {
        guard !text.isEmpty else { return }
        let isCDATA = text.isCDATA
        let piece = text.take()
        events.push(queued: .text(start: piece.start, count: piece.count, isCDATA: isCDATA))
    }

    /// Ends the event stream: pending text, then synthetic end events for elements left
    /// open, innermost first.
    mutating func finishEvents() {
        flushText()
        while let (local, uri) = open.popLast() {
            events.push(.endElement(localName: names.string(local), namespaceURI: names.string(uri)))
        }
    }

    // MARK: - Diagnostics and stopping

    mutating func report(
        _ severity: XMLReadDiagnostic.Severity,
        _ message: String,
        code: Int,
        line: Int? = nil,
        column: Int? = nil
    ) {
        let position = currentPosition()
        record(
            XMLReadDiagnostic(
                severity: severity, message: message, line: line ?? position.line,
                column: column ?? position.column, code: code))
    }

    /// Adds a diagnostic, dropping exact repeats (libxml2 reports an entity loop once per
    /// level of nesting).
    mutating func record(_ diagnostic: XMLReadDiagnostic) {
        guard diagnostics.last != diagnostic else { return }
        if diagnostic.severity >= .error { errorCount += 1 }
        diagnostics.append(diagnostic)
    }

    /// The document parser's current line and column.
    func currentPosition() -> (line: Int, column: Int) {
        guard let input = main.pointee.input else { return (0, 0) }
        return (Int(input.pointee.line), Int(input.pointee.col))
    }

    /// Ends the parse from inside a callback: the context that called and the document's
    /// context both stop at their next step, and later callbacks are ignored.
    mutating func halt(_ ctxt: xmlParserCtxtPtr, _ code: XMLReadDiagnostic.ReaderCode, _ message: String) {
        guard !stopped else { return }
        flushText()
        report(.fatal, message, code: code.rawValue)
        stopped = true
        for c in [ctxt, main] {
            c.pointee.instate = XML_PARSER_EOF
            c.pointee.disableSAX = 1
        }
    }

    /// Counts `count` bytes produced by entity references; halts past the budget.
    @inline(__always)
    mutating func chargeExpansion(_ count: Int, _ ctxt: xmlParserCtxtPtr) -> Bool {
        entityExpansion &+= count
        guard entityExpansion > options.maxEntityExpansion else { return true }
        halt(
            ctxt, .entityExpansionLimitExceeded,
            "entity references expanded to more than \(options.maxEntityExpansion) bytes")
        return false
    }
}
