internal import CLibXML2

extension ParseState {
    /// The namespace URI for a prefix libxml2 found undeclared (it then passes the name
    /// with a `NULL` URI): the prefix's usual namespace when it is a well-known one and the
    /// parse recovers, reported once per prefix; `nil` otherwise (the name stays unbound).
    mutating func boundURI(
        forUndeclared prefix: UnsafePointer<xmlChar>, at position: (line: Int, column: Int)
    ) -> UnsafePointer<xmlChar>? {
        guard options.recover else { return nil }
        let name = names.string(prefix)
        if let bound = boundPrefixes[name] { return bound }
        guard let uri = WellKnownPrefixes.namespaceURI(for: name),
            let interned = xmlDictLookup(main.pointee.dict, uri, -1)
        else { return nil }
        boundPrefixes[name] = interned
        report(
            .warning, "the prefix '\(name)' is used without a namespace declaration; read as \(uri)",
            code: XMLReadDiagnostic.ReaderCode.undeclaredPrefix.rawValue, line: position.line,
            column: position.column)
        return interned
    }

    /// Whether a libxml2 error is the "prefix not defined" error for a prefix the reader
    /// binds itself (and reports once, as ``boundURI(forUndeclared:)`` does).
    func isBindableUndeclaredPrefix(_ error: xmlError) -> Bool {
        guard options.recover, error.code == Int32(XML_NS_ERR_UNDEFINED_NAMESPACE.rawValue),
            let prefix = error.str1
        else { return false }
        return WellKnownPrefixes.namespaceURI(for: String(cString: prefix)) != nil
    }
}
