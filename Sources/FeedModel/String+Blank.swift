extension Unicode.Scalar {
    /// Whether the scalar has Unicode's `White_Space` property (what `Character.isWhitespace`
    /// asks of a character's first scalar), decided by its value: the property tables cost a
    /// lookup per call, and every written and translated field asks this of its first
    /// character.
    @inlinable
    public var isUnicodeWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}

extension StringProtocol {
    /// Empty, or nothing but whitespace (Unicode's, so U+00A0 too). Most values start with
    /// a visible character, which decides at once.
    @inlinable
    public var isBlank: Bool {
        for scalar in unicodeScalars where !scalar.isUnicodeWhitespace { return false }
        return true
    }
}
