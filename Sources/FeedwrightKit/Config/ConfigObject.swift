import FeedJSON

/// A JSON object from the config, with typed accessors that report problems by key path.
///
/// Creating one checks that the value is an object and holds only the `keys` the schema
/// allows (any keys when `keys` is `nil`, for objects keyed by data such as `pinnedDates`);
/// the accessors then check each value's type. Absent keys read as `nil`; `null` is a wrong
/// type, not an absent key.
struct ConfigObject {
    /// The object's own key path, `nil` for the top level.
    let path: String?
    private let values: JSONObject

    init(_ value: JSONValue, path: String?, keys: [String]?) throws(ConfigIssue) {
        guard let values = value.object else {
            throw .wrongType(
                path, expected: path == nil ? "a JSON object at the top level" : "an object", found: value)
        }
        self.path = path
        self.values = values
        if let keys, let unknown = values.keys.filter({ !keys.contains($0) }).min() {
            throw ConfigIssue(
                keyPath: JSONText.keyPath(path, unknown), message: Self.unknownKey(unknown, keys))
        }
    }

    /// The key path of `key` in this object.
    func keyPath(_ key: String) -> String {
        JSONText.keyPath(path, key)
    }

    /// The raw value of `key`, `nil` when absent.
    func value(_ key: String) -> JSONValue? {
        values[key]
    }

    /// All keys, sorted, for objects whose keys are data (`pinnedDates`).
    var keys: [String] {
        values.keys.sorted()
    }

    /// A non-blank string, or `nil` when `key` is absent.
    func string(_ key: String) throws(ConfigIssue) -> String? {
        guard let value = values[key] else { return nil }
        guard case .string(let text) = value else {
            throw .wrongType(keyPath(key), expected: "a string", found: value)
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw ConfigIssue(keyPath: keyPath(key), message: "must not be empty")
        }
        return text
    }

    /// A non-blank string that must be present.
    func requiredString(_ key: String) throws(ConfigIssue) -> String {
        guard let text = try string(key) else { throw .missing(keyPath(key)) }
        return text
    }

    /// An integer, or `nil` when `key` is absent.
    func integer(_ key: String) throws(ConfigIssue) -> Int? {
        guard let value = values[key] else { return nil }
        guard let number = Self.integer(value) else {
            throw .wrongType(keyPath(key), expected: "an integer", found: value)
        }
        return number
    }

    /// A boolean, or `nil` when `key` is absent.
    func boolean(_ key: String) throws(ConfigIssue) -> Bool? {
        guard let value = values[key] else { return nil }
        guard case .bool(let flag) = value else {
            throw .wrongType(keyPath(key), expected: "true or false", found: value)
        }
        return flag
    }

    /// The elements of the array at `key`, or `nil` when `key` is absent.
    func array(_ key: String) throws(ConfigIssue) -> [JSONValue]? {
        guard let value = values[key] else { return nil }
        guard let elements = value.array else {
            throw .wrongType(keyPath(key), expected: "an array", found: value)
        }
        return elements
    }

    /// The nested object at `key` restricted to `keys`, or `nil` when `key` is absent.
    func object(_ key: String, keys: [String]?) throws(ConfigIssue) -> ConfigObject? {
        guard let value = values[key] else { return nil }
        return try ConfigObject(value, path: keyPath(key), keys: keys)
    }

    /// The nested object at `key` restricted to `keys`, which must be present.
    func requiredObject(_ key: String, keys: [String]) throws(ConfigIssue) -> ConfigObject {
        guard let object = try object(key, keys: keys) else { throw .missing(keyPath(key)) }
        return object
    }

    /// An integer, or a number written with a zero fraction (`5.0`) that fits `Int`.
    private static func integer(_ value: JSONValue) -> Int? {
        switch value {
        case .integer(let number): number
        case .double(let number): Int(exactly: number)
        default: nil
        }
    }

    private static func unknownKey(_ key: String, _ keys: [String]) -> String {
        if let suggestion = ConfigEditDistance.suggestion(for: key, among: keys) {
            return "unknown key; did you mean \(OneLineText.quoted(suggestion))?"
        }
        return "unknown key; expected one of: " + keys.joined(separator: ", ")
    }
}
