import CLibXML2

/// The HTML 4 named character references, from libxml2's own table.
public enum HTMLEntities {
    /// The code point `&name;` stands for in HTML, if it is an HTML entity.
    public static func codePoint(named name: String) -> UInt32? {
        // libxml2's lookup compares the name with each of its 253 entries in turn; the
        // fast path's sorted table answers for every name it holds.
        var name = name
        if let point = name.withUTF8({ HTMLFastPath.entityCodePoint($0) }) { return point }
        guard let entity = htmlEntityLookup(name) else { return nil }
        return entity.pointee.value
    }
}
