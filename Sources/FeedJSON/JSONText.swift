/// Formatting helpers that keep every message about a JSON document on one line.
public enum JSONText {
    /// `text` in double quotes, with quotes, backslashes and control characters escaped and
    /// anything past 60 characters elided, so a value never breaks the line.
    public static func quoted(_ text: String) -> String {
        let limit = 60
        let shown = text.count > limit ? String(text.prefix(limit)) + "…" : text
        var result = "\""
        for scalar in shown.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The key path of `key` inside `parent`: `feed.title`, or `pinnedDates["A title"]` for
    /// keys that are not plain ASCII identifiers.
    public static func keyPath(_ parent: String?, _ key: String) -> String {
        let component = isIdentifier(key) ? key : "[\(quoted(key))]"
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

    public static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    public static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
