internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Owns one libxml2 push-parser context and the ``ParseState`` its callbacks write into.
///
/// The state lives behind an unsafe pointer, stored in the context's `_private` field
/// (which libxml2 also copies into the short-lived contexts it creates to parse entity
/// replacement text), so the SAX callbacks reach it without reference counting or dynamic
/// exclusivity checks. Both are freed in `deinit`, with the document libxml2 keeps for the
/// DTD's declarations.
final class ParserSession {
    /// `/dev/null`, the stream libxml2's default unstructured error handler writes to while
    /// this module parses; opened once for the process.
    private nonisolated(unsafe) static let silentStream = fopen("/dev/null", "w")

    let state: UnsafeMutablePointer<ParseState>
    let ctxt: xmlParserCtxtPtr

    init(options: XMLReaderOptions, url: String?) throws(XMLReadError) {
        var sax = SAXCallbacks.handler()
        // No user data: libxml2's own SAX2 callbacks (DTD, entities) expect the context as
        // their argument; the state is found through `_private` instead.
        guard let ctxt = xmlCreatePushParserCtxt(&sax, nil, nil, 0, url) else {
            throw XMLReadError(.parserUnavailable, path: url)
        }
        self.ctxt = ctxt
        state = .allocate(capacity: 1)
        state.initialize(to: ParseState(options: options, main: ctxt))
        ctxt.pointee._private = UnsafeMutableRawPointer(state)
    }

    deinit {
        if let doc = ctxt.pointee.myDoc {
            ctxt.pointee.myDoc = nil
            xmlFreeDoc(doc)
        }
        xmlFreeParserCtxt(ctxt)
        state.pointee.release()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Forces the decoder (ignoring the XML declaration) and sets libxml2's options: never
    /// `NOENT`, `HUGE`, `DTDLOAD`, `DTDATTR` or `XINCLUDE`.
    func configure(encodingOverride: String?, recover: Bool, url: String?) {
        var flags = XML_PARSE_NONET.rawValue
        if recover { flags |= XML_PARSE_RECOVER.rawValue }
        if let encodingOverride {
            xmlCtxtResetPush(ctxt, nil, 0, url, encodingOverride)
            flags |= XML_PARSE_IGNORE_ENC.rawValue
        }
        xmlCtxtUseOptions(ctxt, Int32(flags))
        ctxt.pointee._private = UnsafeMutableRawPointer(state)
    }

    /// Hands libxml2 `count` bytes (or, with `nil`, the end of input).
    ///
    /// Meanwhile this thread's error handlers (libxml2 keeps them per thread) point at the
    /// state, for structured errors raised outside any parser context (iconv failures), and
    /// at `/dev/null`, for the few unstructured messages libxml2 would print to stderr
    /// ("xmlParseChunk: encoder error"); both are restored afterwards.
    func parse(_ bytes: UnsafeRawPointer?, _ count: Int) {
        let structured = __xmlStructuredError()
        let structuredContext = __xmlStructuredErrorContext()
        let generic = __xmlGenericError()
        let genericContext = __xmlGenericErrorContext()
        let saved = (
            structured?.pointee, structuredContext?.pointee, generic?.pointee, genericContext?.pointee
        )
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(state), contextlessError)
        if let silentStream = Self.silentStream {
            xmlSetGenericErrorFunc(UnsafeMutableRawPointer(silentStream), nil)
        }
        defer {
            structured?.pointee = saved.0
            structuredContext?.pointee = saved.1
            generic?.pointee = saved.2
            genericContext?.pointee = saved.3
        }
        _ = xmlParseChunk(
            ctxt, bytes?.assumingMemoryBound(to: CChar.self), Int32(count), bytes == nil ? 1 : 0)
    }

    /// Whether libxml2 has stopped (end of input, a halt) or will deliver nothing more (a
    /// fatal error without recovery disables its callbacks; the rest of the input is not
    /// worth reading).
    var parserStopped: Bool {
        ctxt.pointee.instate == XML_PARSER_EOF || ctxt.pointee.disableSAX != 0 || state.pointee.stopped
    }

    /// Stops libxml2 for good and closes the event stream.
    func finish() {
        if state.pointee.stopped || ctxt.pointee.instate != XML_PARSER_EOF { xmlStopParser(ctxt) }
        if ctxt.pointee.wellFormed == 0, state.pointee.errorCount == 0 {
            state.pointee.report(
                .error, "the document is not well-formed", code: Int(XML_ERR_INTERNAL_ERROR.rawValue))
        }
        state.pointee.finishEvents()
    }
}
