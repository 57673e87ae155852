import CLibXML2

/// Parses writer output back with libxml2 (`XML_PARSE_NONET`, no entity substitution) to prove
/// it is well-formed and to read what a consumer would see.
enum ParseBack {
    /// The character data (text and CDATA children, concatenated) of the first element named
    /// `name`, or `nil` if the document does not parse or has no such element.
    static func text(of name: String, in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { raw -> String? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                let doc = xmlReadMemory(base, Int32(raw.count), nil, nil, Int32(XML_PARSE_NONET.rawValue))
            else { return nil }
            defer { xmlFreeDoc(doc) }
            guard let node = find(name, from: xmlDocGetRootElement(doc)) else { return nil }
            var utf8: [UInt8] = []
            var child = node.pointee.children
            while let current = child {
                let type = current.pointee.type
                if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE,
                    let content = current.pointee.content
                {
                    var p = content
                    while p.pointee != 0 {
                        utf8.append(p.pointee)
                        p += 1
                    }
                }
                child = current.pointee.next
            }
            return String(decoding: utf8, as: UTF8.self)
        }
    }

    /// The value of attribute `attribute` on the first element named `name`.
    static func attribute(_ attribute: String, of name: String, in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { raw -> String? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                let doc = xmlReadMemory(base, Int32(raw.count), nil, nil, Int32(XML_PARSE_NONET.rawValue))
            else { return nil }
            defer { xmlFreeDoc(doc) }
            guard let node = find(name, from: xmlDocGetRootElement(doc)) else { return nil }
            var property = node.pointee.properties
            while let current = property {
                if String(cString: current.pointee.name) == attribute,
                    let value = current.pointee.children?.pointee.content
                {
                    return String(cString: value)
                }
                property = current.pointee.next
            }
            return nil
        }
    }

    private static func find(_ name: String, from node: xmlNodePtr?) -> xmlNodePtr? {
        var current = node
        while let n = current {
            if n.pointee.type == XML_ELEMENT_NODE {
                var qualified = String(cString: n.pointee.name)
                if let prefix = n.pointee.ns?.pointee.prefix {
                    qualified = String(cString: prefix) + ":" + qualified
                }
                if qualified == name { return n }
                if let found = find(name, from: n.pointee.children) { return found }
            }
            current = n.pointee.next
        }
        return nil
    }
}
