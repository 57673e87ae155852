/// Receives a reader's events one kind at a time (see ``XMLStreamReader/visit(_:)``).
///
/// For consumers that look at every event of a large document: an ``XMLEvent`` handed
/// across the module boundary is copied and destroyed through generic value witnesses, a
/// few per cent of a parse, and its text has already been checked and copied into a
/// `String`; here the reader takes each event apart itself and hands text over as bytes.
public protocol XMLEventVisitor {
    mutating func startElement(_ start: consuming XMLElementStart)
    /// The end of the element most recently started and not yet ended.
    mutating func endElement()
    /// Character data as ``XMLEvent/text(_:isCDATA:)`` would carry it, as UTF-8 bytes that
    /// are valid only during the call and not yet checked: decode them with
    /// `String(decodingUTF8:)`, which repairs what is not UTF-8.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool)
    /// A comment, a processing instruction or the document type declaration.
    mutating func otherEvent(_ event: consuming XMLEvent)
    /// Checked after each start tag: `true` ends the visit there (a limit was reached).
    var stopsReading: Bool { get }
}

extension XMLEventVisitor {
    public var stopsReading: Bool { false }
}
