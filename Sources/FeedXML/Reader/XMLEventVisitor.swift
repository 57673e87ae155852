/// Receives a reader's events one kind at a time (see ``XMLStreamReader/visit(_:)``).
///
/// For consumers that look at every event of a large document: an ``XMLEvent`` handed
/// across the module boundary is copied and destroyed through generic value witnesses, a
/// few per cent of a parse; here the reader takes each event apart itself and hands over
/// its pieces.
public protocol XMLEventVisitor {
    mutating func startElement(_ start: consuming XMLElementStart)
    /// The end of the element most recently started and not yet ended.
    mutating func endElement()
    mutating func text(_ text: consuming String, isCDATA: Bool)
    /// A comment, a processing instruction or the document type declaration.
    mutating func otherEvent(_ event: consuming XMLEvent)
}

extension XMLStreamReader {
    /// Hands every remaining event to `visitor`, in document order.
    public func visit(_ visitor: inout some XMLEventVisitor) {
        while let event = next() {
            switch consume event {
            case .startElement(let start): visitor.startElement(start)
            case .endElement: visitor.endElement()
            case .text(let text, let isCDATA): visitor.text(text, isCDATA: isCDATA)
            case let other: visitor.otherEvent(other)
            }
        }
    }
}
