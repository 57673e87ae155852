import CLibXML2

/// The HTML 4 named character references, from libxml2's own table.
public enum HTMLEntities {
    /// The code point `&name;` stands for in HTML, if it is an HTML entity.
    public static func codePoint(named name: String) -> UInt32? {
        guard let entity = htmlEntityLookup(name) else { return nil }
        return entity.pointee.value
    }
}
