import FeedJSON

/// A problem found while walking the decoded config, before the file name is attached.
struct ConfigIssue: Error {
    /// The key path of the offending value, `nil` for the document as a whole.
    var keyPath: String?
    /// What is wrong, in one line.
    var message: String

    static func missing(_ keyPath: String) -> ConfigIssue {
        ConfigIssue(keyPath: keyPath, message: "required key is missing")
    }

    static func wrongType(_ keyPath: String?, expected: String, found value: JSONValue) -> ConfigIssue {
        ConfigIssue(keyPath: keyPath, message: "expected \(expected), found \(phrase(value))")
    }

    /// "a string", "an integer", … for "expected X, found Y" messages. A number is an
    /// integer when it has no fraction and fits `Int` (`5.0` counts), the rule the config's
    /// integer keys read by.
    private static func phrase(_ value: JSONValue) -> String {
        switch value {
        case .string: "a string"
        case .integer: "an integer"
        case .double(let number) where number.rounded() != number: "a fractional number"
        case .double(let number): Int(exactly: number) == nil ? "a number out of range" : "an integer"
        case .bool: "a boolean"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// "expected <what>, found <quoted value>".
    static func invalid(_ keyPath: String, expected: String, found text: String) -> ConfigIssue {
        ConfigIssue(keyPath: keyPath, message: "expected \(expected), found \(OneLineText.quoted(text))")
    }
}
