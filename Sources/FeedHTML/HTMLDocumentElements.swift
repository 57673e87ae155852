internal import CLibXML2
import FeedXML
public import Foundation

/// One element of an HTML document: its name and attributes as libxml2's HTML parser read
/// them (names lowercased, character references decoded).
public struct HTMLElement: Sendable, Equatable {
    /// The element's name, lowercased.
    public var name: String
    /// The attributes, names lowercased; the first of a repeated attribute wins, as in
    /// browsers; an attribute without a value has the empty string.
    public var attributes: [String: String]

    /// An element as the scanner reports it; public for tests that build expectations.
    public init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }
}

/// Reads a whole HTML document (a web page, not a fragment) with libxml2's HTML parser in
/// SAX mode and returns the elements asked for, in document order; no tree is built.
///
/// Hostile pages stay harmless: the parser never touches the network (`NONET`), recovers
/// from any malformed markup, and reads at most `maxBytes` of the document (the elements a
/// caller asks for, `link` and `base`, sit at its start). A document in valid UTF-8 is read
/// as UTF-8 whatever it declares; any other is decoded as its `<meta charset>` says.
public enum HTMLDocumentElements {
    /// The most bytes read by default: 4 MB, far more than any page's `<head>`.
    public static let defaultMaxBytes = 4 << 20

    /// The elements of `document` whose lowercased name is in `names`.
    public static func elements(
        named names: Set<String>, in document: Data, maxBytes: Int = defaultMaxBytes
    ) -> [HTMLElement] {
        _ = libxml2Initialized
        let bytes = document.prefix(max(0, min(maxBytes, Int(Int32.max) - 1)))
        guard !bytes.isEmpty else { return [] }
        let collector = ElementCollector(names: names)
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
            run(base, count: raw.count, isUTF8: isUTF8, sink: collector)
        }
        return collector.elements
    }

    private static func run(_ bytes: UnsafePointer<CChar>, count: Int, isUTF8: Bool, sink: HTMLEventSink) {
        guard let ctxt = htmlNewParserCtxt() else { return }
        defer { htmlFreeParserCtxt(ctxt) }
        HTMLFragmentParser.installHandlers(ctxt.pointee.sax)
        ctxt.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
        var options =
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue
        if isUTF8 { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let encoding: StaticString = "UTF-8"
        withExtendedLifetime(sink) {
            let doc = encoding.utf8Start.withMemoryRebound(to: CChar.self, capacity: 6) {
                htmlCtxtReadMemory(ctxt, bytes, Int32(count), nil, isUTF8 ? $0 : nil, Int32(options))
            }
            if let doc { xmlFreeDoc(doc) }
        }
    }
}

/// Keeps the start tags whose name is asked for, with their attributes.
private final class ElementCollector: HTMLEventSink {
    let names: Set<String>
    var elements: [HTMLElement] = []

    init(names: Set<String>) { self.names = names }

    override func startElement(
        _ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, depth: Int
    ) {
        let elementName = String(cString: name).lowercased()
        guard names.contains(elementName) else { return }
        var values: [String: String] = [:]
        var index = 0
        while let attributes, let attributeName = attributes[index] {
            let value = attributes[index + 1].map { String(cString: $0) } ?? ""
            let key = String(cString: attributeName).lowercased()
            if values[key] == nil { values[key] = value }
            index += 2
        }
        elements.append(HTMLElement(name: elementName, attributes: values))
    }
}
