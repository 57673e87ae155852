/// Key paths for messages about a JSON document (`items[3].title`), and the ASCII
/// classes the reader and the config checks share.
public enum JSONText {
    /// The key path of `key` inside `parent`: `feed.title`, or `pinnedDates["A title"]` for
    /// keys that are not plain ASCII identifiers.
    public static func keyPath(_ parent: String?, _ key: String) -> String {
        let component = isIdentifier(key) ? key : "[\(OneLineText.quoted(key))]"
        guard let parent else { return component }
        return component.hasPrefix("[") ? parent + component : parent + "." + component
    }

    /// The key path of element `index` of the array at `parent`.
    public static func keyPath(_ parent: String?, index: Int) -> String {
        (parent ?? "") + "[\(index)]"
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return key.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "_") || isASCIILetterOrDigit(byte)
        }
    }

    /// Whether `byte` is an ASCII letter, either case.
    public static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Whether `byte` is an ASCII letter or digit.
    public static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
