import Foundation

/// Links as each format allows them. Parsed feeds carry IRIs and the odd invalid
/// character (a space in a file name); RSS 2.0 wants URIs (RFC 3986), Atom and JSON Feed
/// take IRIs (RFC 3987). Characters no URI may hold are percent-encoded everywhere; for RSS
/// non-ASCII characters are too, as their UTF-8 bytes. `%` is left alone, so an already
/// encoded link stays as it is.
public enum URIText {
    /// For RSS: a URI. An internationalised host becomes its IDNA (`xn--`) form, which
    /// Foundation's URL parser does; the rest is percent-encoded.
    public static func uri(_ link: String) -> String {
        if link.utf8.contains(where: { $0 >= 0x80 }), let url = URL(string: link), url.scheme != nil {
            return encode(url.absoluteString, uriBytes)
        }
        return encode(link, uriBytes)
    }

    /// For Atom and JSON Feed: an IRI.
    public static func iri(_ link: String) -> String {
        encode(link, iriBytes)
    }

    /// Which bytes each form percent-encodes, as a table: links are written for every item
    /// of every feed, so the test must cost next to nothing.
    private static let iriBytes: [Bool] = (0...255).map { byte in
        byte <= 0x20 || byte == 0x7F || "\"<>\\^`{|}".utf8.contains(UInt8(byte))
    }
    private static let uriBytes: [Bool] = (0...255).map { $0 >= 0x80 || iriBytes[$0] }

    private static func encode(_ text: String, _ table: [Bool]) -> String {
        let needsEncoding = { (byte: UInt8) in table[Int(byte)] }
        guard text.utf8.contains(where: needsEncoding) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if needsEncoding(byte) {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
