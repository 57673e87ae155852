internal import CLibXML2

/// The SAX2 handler that fills a ``ParseState``: libxml2's default SAX2 handler (which keeps the
/// internal DTD subset, so that declared entities can be expanded) with the content
/// callbacks replaced, the external subset never loaded, and errors delivered as data.
enum SAXCallbacks {
    static func handler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)
        sax.startElement = nil
        sax.endElement = nil
        sax.externalSubset = nil
        sax.warning = nil
        sax.error = nil
        sax.fatalError = nil
        sax.startElementNs = startElement
        sax.endElementNs = endElement
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = cdata
        sax.comment = comment
        sax.processingInstruction = processingInstruction
        sax.internalSubset = internalSubset
        sax.reference = reference
        sax.getEntity = entity
        sax.getParameterEntity = parameterEntity
        sax.serror = structuredError
        return sax
    }
}

/// The parse state and the context a callback came from (the document's, or one parsing
/// an entity's replacement text). `nil` once the parse was halted.
@inline(__always)
private func receiver(_ ctx: UnsafeMutableRawPointer?) -> (
    UnsafeMutablePointer<ParseState>, xmlParserCtxtPtr
)? {
    guard let ctx else { return nil }
    let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = ctxt.pointee._private else { return nil }
    let state = opaque.assumingMemoryBound(to: ParseState.self)
    return state.pointee.stopped ? nil : (state, ctxt)
}

private func startElement(
    _ ctx: UnsafeMutableRawPointer?,
    _ localName: UnsafePointer<xmlChar>?,
    _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?,
    _ namespaceCount: Int32,
    _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    _ attributeCount: Int32,
    _ defaultedCount: Int32,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let (s, ctxt) = receiver(ctx), let localName else { return }
    s.pointee.flushText()
    let depth = s.pointee.open.count
    guard depth < s.pointee.options.maxDepth else {
        s.pointee.halt(
            ctxt, .depthLimitExceeded, "element nested deeper than \(s.pointee.options.maxDepth) levels")
        return
    }
    let position = s.pointee.tagStart(ctxt)
    var list: [XMLAttribute] = []
    if attributeCount > 0, let attributes {
        list.reserveCapacity(Int(attributeCount))
        for i in 0..<Int(attributeCount) {
            let a = attributes + 5 &* i
            guard let name = a[0], let start = a[3], let end = a[4] else { continue }
            guard let value = s.pointee.attributeValue(start, end, ctxt) else { return }
            var attributeURI = a[2]
            if attributeURI == nil, let prefix = a[1] {
                attributeURI = s.pointee.boundURI(forUndeclared: prefix, at: position)
            }
            list.append(
                XMLAttribute(
                    localName: s.pointee.names.string(name),
                    namespaceURI: s.pointee.names.string(attributeURI),
                    prefix: s.pointee.names.string(a[1]), value: value))
        }
    }
    var uri = uri
    if uri == nil, let prefix { uri = s.pointee.boundURI(forUndeclared: prefix, at: position) }
    let isEmpty = ctxt.pointee.input?.pointee.cur?.pointee == UInt8(ascii: "/")
    s.pointee.open.append((localName, uri))
    let start = XMLElementStart(
        localName: s.pointee.names.string(localName), namespaceURI: s.pointee.names.string(uri),
        prefix: s.pointee.names.string(prefix), attributes: list, isEmpty: isEmpty, line: position.line,
        column: position.column, depth: depth)
    s.pointee.events.push(.startElement(start))
}

private func endElement(
    _ ctx: UnsafeMutableRawPointer?,
    _ localName: UnsafePointer<xmlChar>?,
    _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?
) {
    guard let (s, _) = receiver(ctx), localName != nil else { return }
    s.pointee.flushText()
    // The name as opened: the same as libxml2's, with an undeclared prefix's bound URI.
    guard let (local, uri) = s.pointee.open.popLast() else { return }
    let end = XMLEvent.endElement(
        localName: s.pointee.names.string(local), namespaceURI: s.pointee.names.string(uri))
    s.pointee.events.push(end)
}

private func characters(_ ctx: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
    guard let (s, ctxt) = receiver(ctx), let bytes, count > 0 else { return }
    if ctxt != s.pointee.main, !s.pointee.chargeExpansion(Int(count), ctxt) { return }
    s.pointee.appendText(bytes, Int(count), cdata: false)
}

private func cdata(_ ctx: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
    guard let (s, ctxt) = receiver(ctx), let bytes, count > 0 else { return }
    if ctxt != s.pointee.main, !s.pointee.chargeExpansion(Int(count), ctxt) { return }
    s.pointee.appendText(bytes, Int(count), cdata: true)
}

private func comment(_ ctx: UnsafeMutableRawPointer?, _ value: UnsafePointer<xmlChar>?) {
    guard let (s, _) = receiver(ctx) else { return }
    s.pointee.flushText()
    s.pointee.events.push(.comment(value.map { String(cString: $0) } ?? ""))
}

private func processingInstruction(
    _ ctx: UnsafeMutableRawPointer?,
    _ target: UnsafePointer<xmlChar>?,
    _ data: UnsafePointer<xmlChar>?
) {
    guard let (s, _) = receiver(ctx) else { return }
    s.pointee.flushText()
    let event = XMLEvent.processingInstruction(
        target: target.map { String(cString: $0) } ?? "", data: data.map { String(cString: $0) } ?? "")
    s.pointee.events.push(event)
}

private func internalSubset(
    _ ctx: UnsafeMutableRawPointer?,
    _ name: UnsafePointer<xmlChar>?,
    _ publicID: UnsafePointer<xmlChar>?,
    _ systemID: UnsafePointer<xmlChar>?
) {
    // libxml2's own handler creates the DTD that entity declarations are stored in.
    xmlSAX2InternalSubset(ctx, name, publicID, systemID)
    guard let (s, _) = receiver(ctx) else { return }
    let event = XMLEvent.doctype(
        name: name.map { String(cString: $0) } ?? "", publicID: publicID.map { String(cString: $0) },
        systemID: systemID.map { String(cString: $0) })
    s.pointee.events.push(event)
}

/// An entity reference libxml2 did not expand itself. Internal entities have already
/// delivered their replacement text through the other callbacks by the time this is
/// called; external ones are never loaded; undeclared ones (possible only in a document
/// with an external DTD subset, which is not read) get their HTML meaning if they have one.
private func reference(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    guard let (s, _) = receiver(ctx), let name else { return }
    let entity = xmlGetDocEntity(s.pointee.main.pointee.myDoc, name)
    switch entity?.pointee.etype {
    case nil:
        s.pointee.appendUndeclaredEntity(name)
    case XML_INTERNAL_GENERAL_ENTITY, XML_INTERNAL_PREDEFINED_ENTITY:
        break
    default:
        s.pointee.report(
            .warning, "external entity '\(String(cString: name))' was not loaded",
            code: XMLReadDiagnostic.ReaderCode.externalEntityNotLoaded.rawValue)
    }
}

/// libxml2 asks for a general entity when it meets `&name;`, and then, in 2.9, drops the
/// reference whenever the document has had a well-formedness error (`xmlParseReference`
/// returns early on `ctxt->wellFormed == 0`): after one error every later `&amp;` and
/// declared entity would vanish. The reader counts errors itself (``ParseState/errorCount``),
/// so while recovering it restores the flag here, just before libxml2 reads it. Once
/// recovering, predefined references come here too (``ParseState/receive(_:from:)`` sets
/// `XML_PARSE_OLDSAX`, the only thing that option changes); libxml2 then counts them as
/// entity references, which its amplification guard must not see, so the count is undone.
private func entity(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
    guard let ctx, let name else { return nil }
    let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    if ctxt.pointee.wellFormed == 0, let opaque = ctxt.pointee._private {
        let state = opaque.assumingMemoryBound(to: ParseState.self)
        if ctxt == state.pointee.main, state.pointee.options.recover, state.pointee.errorCount > 0 {
            ctxt.pointee.wellFormed = 1
        }
    }
    if ctxt.pointee.options & Int32(XML_PARSE_OLDSAX.rawValue) != 0,
        let predefined = xmlGetPredefinedEntity(name)
    {
        ctxt.pointee.nbentities &-= 1
        return predefined
    }
    return xmlSAX2GetEntity(ctx, name)
}

/// libxml2 asks for a parameter entity when it meets `%name;` in the DTD and, without DTD
/// loading, skips an external one silently. The declarations it would have added are
/// missing, so the reader says so, as for external general entities.
private func parameterEntity(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?)
    -> xmlEntityPtr?
{
    let entity = xmlSAX2GetParameterEntity(ctx, name)
    guard entity?.pointee.etype == XML_EXTERNAL_PARAMETER_ENTITY, let (s, _) = receiver(ctx), let name else {
        return entity
    }
    s.pointee.report(
        .warning, "external parameter entity '%\(String(cString: name));' was not loaded",
        code: XMLReadDiagnostic.ReaderCode.externalParameterEntityNotLoaded.rawValue)
    return entity
}

private func structuredError(_ ctx: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let ctx, let error else { return }
    let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = ctxt.pointee._private else { return }
    opaque.assumingMemoryBound(to: ParseState.self).pointee.receive(error.pointee, from: ctxt)
}

/// Errors raised without a parser context (iconv conversion failures, I/O), captured while
/// ``ParserSession/parse(_:_:)`` runs; `userData` is the parse state itself.
func contextlessError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    userData.assumingMemoryBound(to: ParseState.self).pointee.receive(error.pointee, from: nil)
}
