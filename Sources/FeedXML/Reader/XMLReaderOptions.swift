/// How ``XMLStreamReader`` parses. The defaults suit untrusted feeds.
///
/// Whatever the options, the reader never loads anything but the document itself: no
/// network access (`XML_PARSE_NONET`), no external DTD or external entities (no
/// `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR` or `XML_PARSE_XINCLUDE`),
/// and libxml2's entity-amplification guard stays on (no `XML_PARSE_HUGE`).
public struct XMLReaderOptions: Sendable, Equatable {
    /// Recover from well-formedness errors where libxml2 can (`XML_PARSE_RECOVER`) instead
    /// of stopping at the first fatal one. A recovered document still reports
    /// ``XMLStreamReader/isWellFormed`` as `false`. With recovery on, an undeclared HTML
    /// entity in text (`&nbsp;`, `&eacute;`) becomes its character and a bare `&` stays a
    /// literal `&`.
    public var recover: Bool
    /// Elements may nest this deep: the root is at depth 0, so the default allows 256
    /// levels. A deeper element stops the parse with a fatal diagnostic. (libxml2's own
    /// 256-level limit applies to its pull parser, not to the push parser used here, so
    /// this is the only limit.)
    public var maxDepth: Int
    /// The largest document accepted, in bytes. In-memory input and regular files are
    /// checked before parsing starts (the initialiser throws); a stream that grows past the
    /// limit stops with a fatal diagnostic.
    public var maxBytes: Int
    /// The longest text event, in UTF-8 bytes. Longer text is cut (on a character boundary)
    /// with an error diagnostic, and the parse goes on.
    public var maxTextLength: Int
    /// How many UTF-8 bytes of text entity references may produce in the whole document
    /// (text and attribute values). Past it the parse stops with a fatal diagnostic: this
    /// cuts off "quadratic blowup" documents, which libxml2's own guard lets through.
    public var maxEntityExpansion: Int

    /// Options with the limits a reader of untrusted feeds should have; raise them knowingly.
    public init(
        recover: Bool = false,
        maxDepth: Int = 256,
        maxBytes: Int = 64 << 20,
        maxTextLength: Int = 10_000_000,
        maxEntityExpansion: Int = 4 << 20
    ) {
        self.recover = recover
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
        self.maxTextLength = maxTextLength
        self.maxEntityExpansion = maxEntityExpansion
    }
}
