internal import CLibXML2

/// A pull parser for untrusted XML, built on libxml2's push parser and SAX2 callbacks.
///
/// ```swift
/// let reader = try XMLStreamReader(path: "feed.xml")
/// for event in reader {
///     if case .startElement(let start) = event, start.namespaceURI == atom, start.localName == "entry" { … }
/// }
/// if !reader.isWellFormed { print(reader.diagnostics) }
/// ```
///
/// **Input.** Bytes in memory, or a file streamed in 64 KiB chunks, so that a 100 MB feed
/// is parsed in near-constant memory. The encoding is settled before parsing by
/// ``XMLEncodingSniffer`` over the first MiB (see ``encoding``).
///
/// **Safety.** libxml2 never touches the network or the file system on the document's
/// behalf: `XML_PARSE_NONET`, no entity substitution flag (`XML_PARSE_NOENT` would read
/// `file://` entities), no DTD loading, no XInclude, no `XML_PARSE_HUGE`. Entities declared
/// in the internal DTD subset are expanded (by libxml2 for text, which keeps its
/// entity-loop guard against "billion laughs"; by the reader for attribute values), and all
/// expansion counts against ``XMLReaderOptions/maxEntityExpansion``. External entities are
/// reported, never read.
///
/// **Diagnostics.** libxml2's errors and warnings arrive through a structured error handler
/// on this reader's own parser context (and, for errors libxml2 raises without a context,
/// such as encoding conversion failures, a thread-local handler installed only while this
/// reader is parsing), never through the global last error. See ``diagnostics`` and
/// ``isWellFormed``.
///
/// Why SAX rather than `xmlTextReader`: the reader builds and frees a tree node for every
/// node, which makes a walk of a 37 MB feed about 50 % slower, and it parses ahead in
/// 512-byte chunks, so its parser line and column say where the parser is, not where the
/// current element is. The SAX callbacks run while the parser stands on the tag.
///
/// One reader owns one parser context (freed in `deinit`); it is not thread-safe.
public final class XMLStreamReader {
    private let session: ParserSession
    private var feed: ReaderFeed
    private var finished = false

    /// How the bytes were decoded, and why.
    public let encoding: XMLEncodingSniffer.Result
    /// The URL or path given for the document: the base for resolving `xml:base` and
    /// relative links.
    public let documentURL: String?

    /// Everything libxml2 and the reader reported so far, in document order.
    public var diagnostics: [XMLReadDiagnostic] { session.state.pointee.diagnostics }

    /// `false` once any diagnostic of severity `.error` or `.fatal` has been reported:
    /// the document is not well-formed XML (or was cut short by a limit), even if recovery
    /// produced events for it.
    public var isWellFormed: Bool { session.state.pointee.errorCount == 0 }

    /// How many invalid UTF-8 sequences have been replaced with U+FFFD so far (see
    /// ``XMLReadDiagnostic/ReaderCode/invalidUTF8Replaced``).
    public var invalidUTF8Replaced: Int { feed.replacedCount }

    /// Reads a document held in memory.
    ///
    /// - Parameters:
    ///   - url: the document's URL, for ``documentURL`` and libxml2's messages.
    ///   - httpCharset: the `charset` parameter of the HTTP `Content-Type`, if any; it
    ///     overrides the XML declaration (RFC 7303), though not a byte order mark.
    /// - Throws: ``XMLReadError`` when the bytes exceed ``XMLReaderOptions/maxBytes`` or
    ///   libxml2 cannot create a parser.
    public convenience init(
        bytes: [UInt8],
        url: String? = nil,
        httpCharset: String? = nil,
        options: XMLReaderOptions = XMLReaderOptions()
    ) throws(XMLReadError) {
        guard bytes.count <= options.maxBytes else {
            throw XMLReadError(.tooLarge(size: bytes.count, limit: options.maxBytes), path: url)
        }
        let window = Swift.min(bytes.count, ReaderInput.sniffWindow)
        let sniffed = bytes.withUnsafeBytes {
            XMLEncodingSniffer.sniff(
                UnsafeRawBufferPointer(rebasing: $0[..<window]), httpCharset: httpCharset,
                isComplete: window == bytes.count)
        }
        try self.init(
            input: .memory(MemoryInput(bytes: bytes, offset: 0)), sniffed: sniffed, url: url, options: options
        )
    }

    /// Reads a file, streaming it: memory use does not grow with the file's size.
    ///
    /// - Throws: ``XMLReadError`` when the file cannot be opened, is a directory, or is
    ///   larger than ``XMLReaderOptions/maxBytes``.
    public convenience init(
        path: String,
        httpCharset: String? = nil,
        options: XMLReaderOptions = XMLReaderOptions()
    ) throws(XMLReadError) {
        let file = try FileInput(path: path, maxBytes: options.maxBytes)
        let readError = file.readPrefix()
        let complete = file.prefixIsWholeFile
        let sniffed = XMLEncodingSniffer.sniff(file.prefix, httpCharset: httpCharset, isComplete: complete)
        try self.init(input: .file(file), sniffed: sniffed, url: path, options: options)
        if let readError { failRead(readError) }
    }

    private init(
        input: ReaderInput,
        sniffed: XMLEncodingSniffer.Result,
        url: String?,
        options: XMLReaderOptions
    ) throws(XMLReadError) {
        _ = libxml2Initialized
        documentURL = url
        encoding = sniffed
        session = try ParserSession(options: options, url: url)
        session.configure(encodingOverride: sniffed.decoderOverride, recover: options.recover, url: url)
        let decoder = sniffed.decoderOverride ?? sniffed.encoding
        let head = sniffed.prelude.map { prelude in
            Self.withWindow(input) { prelude.reordered($0) }
        }
        feed = ReaderFeed(
            input: input, start: sniffed.prelude?.declarationEnd ?? sniffed.byteOrderMarkLength, head: head,
            repairsUTF8: XMLEncodingSniffer.isUTF8(decoder) && !sniffed.isValidUTF8Throughout,
            byteOrderMarkLength: sniffed.byteOrderMarkLength)
        reportSniffing(sniffed, input)
    }

    private func reportSniffing(_ sniffed: XMLEncodingSniffer.Result, _ input: ReaderInput) {
        if let unknown = sniffed.unknownLabel {
            session.state.pointee.report(
                .warning, unknown, code: XMLReadDiagnostic.ReaderCode.unsupportedCharset.rawValue, line: 1,
                column: 1)
        }
        if let prelude = sniffed.prelude {
            session.state.pointee.report(
                .warning, prelude.summary,
                code: XMLReadDiagnostic.ReaderCode.contentBeforeDeclaration.rawValue,
                line: 1, column: 1)
        }
        if let mismatch = sniffed.mismatch {
            let (line, column) = Self.position(of: sniffed.mismatchOffset, in: input)
            session.state.pointee.report(
                .error, mismatch, code: XMLReadDiagnostic.ReaderCode.encodingMismatch.rawValue, line: line,
                column: column)
        }
    }

    /// Calls `body` with the sniffed bytes: the whole in-memory document or a file's prefix.
    private static func withWindow<R>(_ input: ReaderInput, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch input {
        case .memory(let memory): memory.bytes.withUnsafeBufferPointer(body)
        case .file(let file): file.prefix.withUnsafeBufferPointer(body)
        }
    }

    /// The line and column of a byte offset in the sniffed bytes, counting a byte as a
    /// character (the guessed encodings are single-byte); 1:1 without an offset.
    private static func position(of offset: Int?, in input: ReaderInput) -> (Int, Int) {
        guard let offset else { return (1, 1) }
        func locate(_ bytes: [UInt8]) -> (Int, Int) {
            let before = bytes[..<Swift.min(offset, bytes.count)]
            let line = 1 + before.count(where: { $0 == UInt8(ascii: "\n") })
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            return (line, offset - lineStart + 1)
        }
        switch input {
        case .memory(let memory): return locate(memory.bytes)
        case .file(let file): return locate(file.prefix)
        }
    }

    // MARK: - Events

    /// The next event, or `nil` at the end of the document (or after a fatal error
    /// without recovery, or a limit).
    public func next() -> XMLEvent? {
        while true {
            if let queued = session.state.pointee.events.pop() {
                switch consume queued {
                case .event(let event): return event
                case .text(let start, let count, let isCDATA):
                    let bytes = session.state.pointee.text.piece(start, count)
                    return .text(String(decodingUTF8: bytes), isCDATA: isCDATA)
                }
            }
            guard readMore() else { return nil }
        }
    }

    /// Hands every remaining event to `visitor`, in document order.
    public func visit(_ visitor: inout some XMLEventVisitor) {
        while true {
            while let queued = session.state.pointee.events.pop() {
                switch consume queued {
                case .event(.startElement(let start)):
                    visitor.startElement(start)
                    if visitor.stopsReading { return }
                case .event(.endElement): visitor.endElement()
                case .event(.text(var text, let isCDATA)):
                    text.withUTF8 { visitor.text($0, isCDATA: isCDATA) }
                case .event(let other): visitor.otherEvent(other)
                case .text(let start, let count, let isCDATA):
                    visitor.text(session.state.pointee.text.piece(start, count), isCDATA: isCDATA)
                }
            }
            guard readMore() else { return }
        }
    }

    /// Parses more input once every queued event has been taken (so the text they referred
    /// to can go); `false` at the end.
    private func readMore() -> Bool {
        if finished { return false }
        session.state.pointee.text.compact()
        parseMore()
        return true
    }

    /// Feeds libxml2 the next chunk of input (or tells it the input has ended), which
    /// queues zero or more events.
    private func parseMore() {
        if session.parserStopped {
            finish()
            return
        }
        switch feed.feedNext(session) {
        case .fed: break
        case .endOfInput: endOfInput()
        case .readFailed(let code): failRead(code)
        case .tooLarge:
            let limit = session.state.pointee.options.maxBytes
            session.state.pointee.report(
                .fatal, "input grew past \(limit) bytes",
                code: XMLReadDiagnostic.ReaderCode.sizeLimitExceeded.rawValue)
            finish()
        }
    }

    private func endOfInput() {
        session.parse(nil, 0)
        finish()
    }

    private func failRead(_ code: Int32) {
        session.state.pointee.report(
            .fatal, "read failed (errno \(code))", code: XMLReadDiagnostic.ReaderCode.readFailed.rawValue)
        finish()
    }

    private func finish() {
        guard !finished else { return }
        finished = true
        session.finish()
    }
}

extension XMLStreamReader: Sequence, IteratorProtocol {}

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
    /// By default a visit reads the whole document.
    public var stopsReading: Bool { false }
}
