internal import CLibXML2

/// Checks that bytes are a well-formed XML document, using libxml2 with safe options
/// (`XML_PARSE_NONET`, no entity substitution, no DTD loading).
///
/// Errors are captured by a structured error handler on the parser context itself, so
/// nothing is printed and concurrent checks do not see each other's errors.
public enum XMLWellFormedness {
    /// Parses `bytes` and reports whether the document is well-formed, with the first error
    /// as `"line N: message"` if it is not.
    public static func check(_ bytes: [UInt8]) -> (ok: Bool, firstError: String?) {
        bytes.withUnsafeBytes { check($0) }
    }

    /// Parses the bytes in `buffer`; same as the `[UInt8]` overload, without a copy.
    public static func check(_ buffer: UnsafeRawBufferPointer) -> (ok: Bool, firstError: String?) {
        _ = libxml2Initialized
        guard buffer.count > 0 else { return (false, "empty document") }
        guard buffer.count <= Int(Int32.max) else { return (false, "document too large") }
        let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
        guard let ctxt = xmlNewParserCtxt() else {
            return (false, "could not create a parser context")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let collector = ErrorCollector()
        ctxt.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        ctxt.pointee.sax.pointee.serror = collectStructuredError
        let options = Int32(XML_PARSE_NONET.rawValue)
        let doc = withExtendedLifetime(collector) {
            xmlCtxtReadMemory(ctxt, base, Int32(buffer.count), nil, nil, options)
        }
        if let doc { xmlFreeDoc(doc) }
        let ok = doc != nil && ctxt.pointee.wellFormed != 0 && collector.firstError == nil
        return (ok, ok ? nil : (collector.firstError ?? "not well-formed"))
    }
}

/// Collects the first error-level message reported for one parser context.
private final class ErrorCollector {
    var firstError: String?
}

/// libxml2 passes the context's `userData`, which for a context with the default SAX2
/// handlers is the parser context itself; our collector hangs off its `_private` field.
private func collectStructuredError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = ctxt.pointee._private else { return }
    let collector = Unmanaged<ErrorCollector>.fromOpaque(opaque).takeUnretainedValue()
    guard collector.firstError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    while message.last?.isWhitespace == true { message.removeLast() }
    collector.firstError = "line \(error.pointee.line): \(message)"
}
