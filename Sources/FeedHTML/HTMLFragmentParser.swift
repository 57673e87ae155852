internal import CLibXML2
import FeedXML

/// Receives the events of one fragment parse; subclasses override what they need.
///
/// `depth` is the number of elements libxml2 has open at that moment, including the element
/// starting or ending and the fragment wrapper (depth 1). A sink mirrors libxml2's element
/// stack with it, which also catches the elements libxml2 pops without an end event (a start
/// tag cut off by the end of input).
///
/// A class rather than a protocol so that the C callbacks reach it through an unretained
/// pointer and a vtable call, with no reference counting per event.
class HTMLEventSink {
    func startElement(
        _ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, depth: Int
    ) {}
    func endElement(_ name: UnsafePointer<UInt8>, depth: Int) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>, depth: Int) {}
    func comment(depth: Int) {}
    func processingInstruction(depth: Int) {}
}

/// Parses an HTML fragment with libxml2's HTML parser in SAX mode and hands the events to a
/// sink; no tree is built.
///
/// The fragment is parsed inside a wrapper element, `<feedwright-fragment>`, with
/// `HTML_PARSE_NOIMPLIED`: without a wrapper libxml2 invents `html`, `body` and a `p` around
/// leading text, and `html`/`body` as the wrapper would let a stray `</body>` in the
/// fragment end it. An unknown element is closed by nothing but its own end tag. Options:
/// `NONET`, `NOERROR`, `NOWARNING` and `RECOVER`; not `NOBLANKS` (whitespace is content),
/// and `IGNORE_ENC` plus an explicit UTF-8 encoding, so a `<meta charset>` in the fragment
/// cannot change how the rest is decoded. Entities are decoded by libxml2 (the HTML 4 set,
/// numeric references with or without `;`); unknown ones stay literal text.
enum HTMLFragmentParser {
    static var wrapperName: StaticString { "feedwright-fragment" }
    private static var wrapperOpen: StaticString { "<feedwright-fragment>" }

    static let options = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses `html` and sends its events to `sink`. Returns `false` if libxml2 could not
    /// run (no memory, input over 2 GB), in which case the sink saw nothing.
    @discardableResult
    static func parse(_ html: String, into sink: HTMLEventSink) -> Bool {
        _ = libxml2Initialized
        var html = html
        return html.withContiguousUTF8 { fragment -> Bool in
            let prefixCount = wrapperOpen.utf8CodeUnitCount
            let total = prefixCount + fragment.count
            guard total < Int(Int32.max) else { return false }
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: total)
            defer { buffer.deallocate() }
            buffer.initialize(from: wrapperOpen.utf8Start, count: prefixCount)
            if let source = fragment.baseAddress {
                (buffer + prefixCount).initialize(from: source, count: fragment.count)
            }
            return run(UnsafeRawPointer(buffer).assumingMemoryBound(to: CChar.self), count: total, sink: sink)
        }
    }

    private static func run(_ bytes: UnsafePointer<CChar>, count: Int, sink: HTMLEventSink) -> Bool {
        guard let ctxt = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(ctxt) }
        installHandlers(ctxt.pointee.sax)
        ctxt.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
        let encoding: StaticString = "UTF-8"
        withExtendedLifetime(sink) {
            let doc = encoding.utf8Start.withMemoryRebound(to: CChar.self, capacity: 6) {
                htmlCtxtReadMemory(ctxt, bytes, Int32(count), nil, $0, options)
            }
            if let doc { xmlFreeDoc(doc) }
        }
        return true
    }

    static func installHandlers(_ sax: UnsafeMutablePointer<xmlSAXHandler>?) {
        guard let sax else { return }
        sax.pointee = xmlSAXHandler()
        sax.pointee.initialized = 1
        sax.pointee.startElement = { ctx, name, attributes in
            guard let name else { return }
            withSink(ctx) { $0.startElement(name, attributes, depth: $1) }
        }
        sax.pointee.endElement = { ctx, name in
            guard let name else { return }
            withSink(ctx) { $0.endElement(name, depth: $1) }
        }
        let characters: charactersSAXFunc = { ctx, text, length in
            guard let text, length > 0 else { return }
            withSink(ctx) { $0.characters(UnsafeBufferPointer(start: text, count: Int(length)), depth: $1) }
        }
        sax.pointee.characters = characters
        sax.pointee.ignorableWhitespace = characters
        // The content of script and style: always dropped with its element.
        sax.pointee.cdataBlock = { _, _, _ in }
        sax.pointee.comment = { ctx, _ in withSink(ctx) { $0.comment(depth: $1) } }
        sax.pointee.processingInstruction = { ctx, _, _ in
            withSink(ctx) { $0.processingInstruction(depth: $1) }
        }
    }

}

/// Calls `body` with the sink and libxml2's current element depth, from a callback's context
/// argument (the parser context itself, libxml2's default `userData`).
@inline(__always)
private func withSink(_ ctx: UnsafeMutableRawPointer?, _ body: (HTMLEventSink, Int) -> Void) {
    guard let ctx else { return }
    let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = ctxt.pointee._private else { return }
    let depth = Int(ctxt.pointee.nameNr)
    Unmanaged<HTMLEventSink>.fromOpaque(opaque)._withUnsafeGuaranteedRef { body($0, depth) }
}
