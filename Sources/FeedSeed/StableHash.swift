import FeedModel
import Foundation

/// A short, stable fingerprint of a text for use inside identifiers: ``StableDigest`` over
/// the NFC UTF-8 bytes, so that the same title in either normalisation gives one id.
enum StableHash {
    static func hex(_ text: String) -> String {
        var digest = StableDigest()
        digest.add(bytes: text.precomposedStringWithCanonicalMapping.utf8)
        return digest.hex
    }
}
