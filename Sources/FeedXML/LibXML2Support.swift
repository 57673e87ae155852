internal import CLibXML2

/// libxml2 must be initialised once before it is used from several threads; touch this
/// before the first libxml2 call.
let libxml2Initialized: Void = xmlInitParser()

extension StaticString {
    /// Runs `body` with the name as a NUL-terminated `xmlChar` string. String literals are
    /// stored NUL-terminated in the binary, so this passes `utf8Start` without copying; only
    /// a StaticString built from a single unicode-scalar literal (no pointer representation)
    /// goes through a temporary (small, stack-held) string.
    @inline(__always)
    func withXMLChars<R>(_ body: (UnsafePointer<xmlChar>) -> R) -> R {
        if hasPointerRepresentation {
            return body(utf8Start)
        }
        return String(Character(unicodeScalar)).withCString {
            body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
        }
    }
}
