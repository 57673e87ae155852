import Foundation

/// Steps 2–8 of `ItemKey`: Unicode normalisation and case folding, then the character
/// mapping both paths share (`FoldedTitleBuilder`).
enum TitleFolding {
    /// The folded title when every scalar is one whose NFKC form and case folding are
    /// known here; `nil` sends the title to `slow(_:)`. With `ampersandIsText` false,
    /// an `&` also returns `nil`, so that the title is decoded first: scanning for `&`
    /// here is cheaper than a separate pass over every title.
    static func fast(_ title: String, ampersandIsText: Bool) -> String? {
        var title = title
        return title.withUTF8 { input in
            var isFast = true
            // Every mapping here is as long as its input or shorter in UTF-8, so the
            // title's own length is enough room.
            let folded = String(unsafeUninitializedCapacity: input.count) { buffer in
                var builder = FoldedTitleBuilder(buffer)
                var index = 0
                while index < input.count {
                    let (value, length) = scalar(in: input, at: index)
                    guard fold(value, into: &builder, ampersandIsText) else {
                        isFast = false
                        return 0
                    }
                    index += length
                }
                return builder.count
            }
            return isFast ? folded : nil
        }
    }

    /// The scalar whose (valid, as `String` guarantees) UTF-8 starts at `index`, and its
    /// length; decoding by hand lets ASCII take one branch.
    @inline(__always)
    private static func scalar(in input: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(input[index])
        if lead < 0x80 { return (lead, 1) }
        let second = UInt32(input[index + 1] & 0x3F)
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | second, 2) }
        let third = UInt32(input[index + 2] & 0x3F)
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | second << 6 | third, 3) }
        let fourth = UInt32(input[index + 3] & 0x3F)
        return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
    }

    /// Appends the folded form of `value`; false if the fast path does not know it.
    @inline(__always)
    private static func fold(_ value: UInt32, into builder: inout FoldedTitleBuilder, _ ampersandIsText: Bool)
        -> Bool
    {
        switch value {
        case 0x26:
            guard ampersandIsText else { return false }
            builder.append(value)
        case 0x41...0x5A, 0x410...0x42F: builder.append(value + 0x20)
        case 0x400...0x40F: builder.append(value + 0x50)
        case 0...0x7F, 0x430...0x45F: builder.append(value)
        case 0x2026: builder.append(ascii: "...")  // NFKC of `…`
        case 0x2116: builder.append(ascii: "no")  // NFKC of `№` is `No`, folded
        default:
            guard FoldedTitleBuilder.isStable(value) else { return false }
            builder.append(value)
        }
        return true
    }

    /// The general path: Foundation's NFKC and case folding, then the shared mapping.
    static func slow(_ title: String) -> String {
        let folded = title.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping
        let mapped = String(unsafeUninitializedCapacity: folded.utf8.count) { buffer in
            var builder = FoldedTitleBuilder(buffer)
            for scalar in folded.unicodeScalars { builder.append(scalar.value) }
            return builder.count
        }
        // Removing a quote can leave a combining mark after a new base character.
        return mapped.precomposedStringWithCanonicalMapping
    }
}
