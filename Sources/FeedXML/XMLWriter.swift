internal import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`, writing UTF-8 into an in-memory
/// buffer.
///
/// Element and attribute names are `StaticString` qualified names (`"atom:link"`), handed to
/// libxml2 as the literal's own NUL-terminated bytes. String values are handed over as the
/// string's own UTF-8 storage; a filtered copy is made only when the value contains
/// characters XML 1.0 forbids, which are dropped and counted in ``droppedCharacterCount``.
/// Escaping (`&`, `<`, `>` in text; also quotes and whitespace controls in attributes) is
/// libxml2's.
///
/// Error handling: the writing methods do not throw. The first failing libxml2 call (or
/// misuse, such as ``endElement()`` with no open element) is recorded in ``firstError``,
/// later calls become no-ops, and ``endDocument()`` throws it. Callers therefore write a
/// whole document and check once at the end.
///
/// One writer owns one `xmlTextWriter` and one `xmlBuffer`, both freed in `deinit`. It is not
/// thread-safe; use one writer per task.
public final class XMLWriter {
    private let writer: OpaquePointer
    private let buffer: UnsafeMutablePointer<xmlBuffer>
    private var finished = false

    /// How many characters forbidden by XML 1.0 were dropped from text, attribute values and
    /// CDATA so far.
    public private(set) var droppedCharacterCount: Int = 0

    /// The first failure, if any. Once set, the writer ignores further calls.
    public private(set) var firstError: XMLWriterError?

    /// Creates a writer. With `indent`, nested elements go on their own lines, indented by two
    /// spaces per level.
    public init(indent: Bool = true) throws(XMLWriterError) {
        _ = libxml2Initialized
        guard let buffer = xmlBufferCreate() else {
            throw XMLWriterError(operation: "init", reason: "xmlBufferCreate failed")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriterError(operation: "init", reason: "xmlNewTextWriterMemory failed")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            let indentString: StaticString = "  "
            guard xmlTextWriterSetIndent(writer, 1) >= 0,
                xmlTextWriterSetIndentString(writer, indentString.utf8Start) >= 0
            else {
                throw XMLWriterError(operation: "init", reason: "could not set indentation")
            }
        }
    }

    deinit {
        // The writer flushes into the buffer when freed, so it goes first.
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    // MARK: - Document

    /// Writes the XML declaration `<?xml version="1.0" encoding="UTF-8"?>`.
    ///
    /// Call it first: it also tells libxml2 the output is UTF-8, so non-ASCII characters in
    /// attribute values stay literal rather than becoming character references.
    public func startDocument() {
        let encoding: StaticString = "UTF-8"
        check(xmlTextWriterStartDocument(writer, nil, encoding.utf8Start, nil), "startDocument")
    }

    /// Closes every open element, ends the document with a newline and returns the bytes
    /// not yet handed out by ``drain(_:)``.
    ///
    /// - Throws: the first failure recorded while writing (see ``firstError``).
    public func endDocument() throws(XMLWriterError) -> [UInt8] {
        if !finished {
            check(xmlTextWriterEndDocument(writer), "endDocument")
            check(xmlTextWriterFlush(writer), "flush")
            finished = true
        } else {
            fail("endDocument", "the document was already ended")
        }
        if let firstError { throw firstError }
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: content, count: count))
        xmlBufferEmpty(buffer)
        return bytes
    }

    /// Flushes libxml2's pending output and hands everything written so far (since the last
    /// drain) to `body`, then forgets it. Use it to stream a large document to a file instead
    /// of holding it all in memory. The bytes are valid only during the call. Does nothing
    /// once ``firstError`` is set.
    public func drain<E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> Void) throws(E) {
        guard firstError == nil else { return }
        check(xmlTextWriterFlush(writer), "flush")
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return }
        try body(UnsafeRawBufferPointer(start: content, count: count))
        xmlBufferEmpty(buffer)
    }

    // MARK: - Elements

    /// Opens element `name`, a qualified name such as `"item"` or `"atom:link"`.
    public func startElement(_ name: StaticString) {
        guard firstError == nil else { return }
        let rc = name.withXMLChars { xmlTextWriterStartElement(writer, $0) }
        check(rc, "startElement")
    }

    /// Closes the innermost open element; an element with no content is written as `<name/>`.
    public func endElement() {
        guard firstError == nil else { return }
        check(xmlTextWriterEndElement(writer), "endElement")
    }

    /// Writes attribute `name="value"` on the element just opened. Must follow
    /// ``startElement(_:)`` before any content.
    public func attribute(_ name: StaticString, _ value: String) {
        guard firstError == nil else { return }
        let rc = withCleanXMLChars(value) { v in
            name.withXMLChars { n in xmlTextWriterWriteAttribute(writer, n, v) }
        }
        check(rc, "attribute")
    }

    /// Declares a namespace on the element just opened: `xmlns:prefix="uri"`.
    public func writeNamespace(prefix: StaticString, uri: StaticString) {
        guard firstError == nil else { return }
        let xmlns: StaticString = "xmlns"
        let rc = prefix.withXMLChars { p in
            uri.withXMLChars { u in xmlTextWriterWriteAttributeNS(writer, xmlns.utf8Start, p, nil, u) }
        }
        check(rc, "writeNamespace")
    }

    /// Writes character data, escaped by libxml2 (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#13;`).
    /// With indentation on, keep text in leaf elements: libxml2 indents mixed content oddly.
    public func text(_ value: String) {
        guard firstError == nil else { return }
        let rc = withCleanXMLChars(value) { xmlTextWriterWriteString(writer, $0) }
        check(rc, "text")
    }

    /// Writes `value` as a CDATA section. Any `]]>` inside is split as `]]]]><![CDATA[>`, so
    /// the section cannot end early and a parser reads back exactly `value` (minus forbidden
    /// characters).
    public func cdata(_ value: String) {
        guard firstError == nil else { return }
        let rc = withCleanXMLChars(value) { chars -> Int32 in
            guard xmlTextWriterStartCDATA(writer) >= 0 else { return -1 }
            // In CDATA state libxml2 writes raw bytes, so we can pass slices by length.
            let split: StaticString = "]]]]><![CDATA[>"
            var start = chars
            var p = chars
            while p.pointee != 0 {
                if p[0] == 0x5D, p[1] == 0x5D, p[2] == 0x3E {  // "]]>"
                    let n = Int32(p - start)
                    if n > 0, xmlTextWriterWriteRawLen(writer, start, n) < 0 { return -1 }
                    if xmlTextWriterWriteRawLen(writer, split.utf8Start, Int32(split.utf8CodeUnitCount)) < 0 {
                        return -1
                    }
                    p += 3
                    start = p
                } else {
                    p += 1
                }
            }
            let n = Int32(p - start)
            if n > 0, xmlTextWriterWriteRawLen(writer, start, n) < 0 { return -1 }
            return xmlTextWriterEndCDATA(writer)
        }
        check(rc, "cdata")
    }

    // MARK: - Helpers

    /// Hands `body` a NUL-terminated UTF-8 pointer to `value` with forbidden characters
    /// removed. Clean native strings are passed as their own storage (small ones via a stack
    /// copy); only a dirty string costs one filtered copy.
    @inline(__always)
    private func withCleanXMLChars(_ value: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        value.withCString { cString -> Int32 in
            let count = value.utf8.count
            let chars = UnsafeRawPointer(cString).assumingMemoryBound(to: xmlChar.self)
            let bytes = UnsafeBufferPointer(start: chars, count: count)
            guard let first = XMLCharacters.firstForbiddenOffset(in: bytes) else {
                return body(chars)
            }
            var removed = 0
            let filtered = [xmlChar](unsafeUninitializedCapacity: count + 1) { out, initialized in
                let written = XMLCharacters.copyAllowed(
                    from: bytes, startingAt: first, into: out, removed: &removed)
                out.initializeElement(at: written, to: 0)
                initialized = written + 1
            }
            droppedCharacterCount += removed
            return filtered.withUnsafeBufferPointer { body($0.baseAddress!) }
        }
    }

    @inline(__always)
    private func check(_ rc: Int32, _ operation: String) {
        if rc < 0 { fail(operation, "libxml2 reported a failure (wrong writer state or out of memory)") }
    }

    private func fail(_ operation: String, _ reason: String) {
        if firstError == nil { firstError = XMLWriterError(operation: operation, reason: reason) }
    }
}

extension XMLWriter {
    /// Writes `<name>text</name>`.
    @inlinable
    public func element(_ name: StaticString, text: String) {
        startElement(name)
        self.text(text)
        endElement()
    }

    /// Writes an element with `attributes` in order and optional `text`. With `text == nil`
    /// the element is empty: `<name a="1"/>`.
    @inlinable
    public func element(
        _ name: StaticString, attributes: KeyValuePairs<StaticString, String>, text: String? = nil
    ) {
        startElement(name)
        for (key, value) in attributes { attribute(key, value) }
        if let text { self.text(text) }
        endElement()
    }

    /// Opens `name`, writes `attributes`, runs `content` to write the children, and closes
    /// the element (also when `content` throws).
    @inlinable
    public func element<E: Error>(
        _ name: StaticString,
        attributes: KeyValuePairs<StaticString, String> = [:],
        content: () throws(E) -> Void
    ) throws(E) {
        startElement(name)
        for (key, value) in attributes { attribute(key, value) }
        defer { endElement() }
        try content()
    }
}

/// A failure reported by libxml2's `xmlTextWriter` (a call returned -1), or a misuse of
/// ``XMLWriter`` such as ending an element that was never started.
public struct XMLWriterError: Error, CustomStringConvertible, Equatable {
    /// The writer operation that failed, e.g. `"endElement"` or `"attribute href"`.
    public let operation: String
    /// What went wrong, in words.
    public let reason: String

    /// Creates an error for `operation` with a human-readable `reason`.
    public init(operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    /// The operation and the reason, as one line for a log.
    public var description: String { "XMLWriter.\(operation): \(reason)" }
}

/// libxml2 must be initialised once before it is used from several threads; touch this
/// before the first libxml2 call. Package-wide because FeedHTML drives libxml2's HTML
/// parser from the same process.
package let libxml2Initialized: Void = xmlInitParser()

extension StaticString {
    /// Runs `body` with the name as a NUL-terminated `xmlChar` string. String literals are
    /// stored NUL-terminated in the binary, so this passes `utf8Start` without copying; only
    /// a StaticString built from a single unicode-scalar literal (no pointer representation)
    /// goes through a temporary (small, stack-held) string. The pointer is typed as
    /// `UInt8`, which is what libxml2's `xmlChar` is, so that the signature names no
    /// libxml2 type and FeedHTML can use it too.
    @inlinable
    package func withXMLChars<R>(_ body: (UnsafePointer<UInt8>) -> R) -> R {
        if hasPointerRepresentation {
            return body(utf8Start)
        }
        return String(Character(unicodeScalar)).withCString {
            body(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self))
        }
    }
}
