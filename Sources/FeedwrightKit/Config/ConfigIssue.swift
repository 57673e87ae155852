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

    static func wrongType(_ keyPath: String?, expected: String, found value: Any) -> ConfigIssue {
        ConfigIssue(keyPath: keyPath, message: "expected \(expected), found \(ConfigJSONKind(value).phrase)")
    }

    /// "expected <what>, found <quoted value>".
    static func invalid(_ keyPath: String, expected: String, found text: String) -> ConfigIssue {
        ConfigIssue(keyPath: keyPath, message: "expected \(expected), found \(JSONText.quoted(text))")
    }
}
