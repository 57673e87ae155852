/// One JSON value as ``JSONSyntax`` reads it: typed, so that `true` is never `1`, and
/// with object members in document order.
///
/// Numbers keep the distinction readers care about: a number written without fraction or
/// exponent that fits `Int` is ``integer(_:)``, every other number is ``double(_:)``
/// (`5.0` and `1e3` included, and integers too large for `Int`).
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number without fraction or exponent that fits `Int`.
    case integer(Int)
    /// Any other finite number.
    case double(Double)
    /// A string, escapes decoded.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object(JSONObject)

    /// The text of a string value, `nil` for any other kind.
    public var string: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The flag of a `true` or `false` value, `nil` for any other kind (`1` included).
    public var bool: Bool? {
        guard case .bool(let flag) = self else { return nil }
        return flag
    }

    /// The members of an object value, `nil` for any other kind.
    public var object: JSONObject? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// The elements of an array value, `nil` for any other kind.
    public var array: [JSONValue]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    /// Any number as a `Double` (integers converted), `nil` for other kinds.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// The value as a short phrase for messages: the text of a string, the digits of a
    /// number, `true`, `null`, or the kind of a container (`an array`, `an object`).
    public var shortDescription: String {
        switch self {
        case .null: "null"
        case .bool(let flag): String(flag)
        case .integer(let value): String(value)
        case .double(let value): String(value)
        case .string(let text): text
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// The members of a JSON object, in document order.
///
/// Lookups by key scan the members while the object is small (a feed item has about ten),
/// which costs less than hashing every key into a dictionary; an object with more than
/// ``indexThreshold`` members gets a hash index, so large objects stay fast too. A key
/// appears at most once: the reader rejects repeats, or in lenient mode keeps the last
/// value at the first key's place.
public struct JSONObject: Sendable, Equatable, RandomAccessCollection {
    /// Objects with more members than this are indexed by key.
    public static let indexThreshold = 16

    /// The members in document order.
    public private(set) var members: [(key: String, value: JSONValue)]
    private var index: [String: Int]?

    /// An object of `members`, which must have distinct keys.
    public init(_ members: [(key: String, value: JSONValue)] = []) {
        self.members = members
        if members.count > Self.indexThreshold {
            index = Dictionary(members.enumerated().map { ($1.key, $0) }) { first, _ in first }
        }
    }

    /// The value of `key`, `nil` when the object has no such member.
    public subscript(key: String) -> JSONValue? {
        position(of: key).map { members[$0].value }
    }

    /// Whether the object has a member named `key`.
    public func contains(_ key: String) -> Bool {
        position(of: key) != nil
    }

    /// Sets `key` to `value`: in place when the key exists, else as the last member.
    public mutating func set(_ key: String, _ value: JSONValue) {
        if let position = position(of: key) {
            members[position].value = value
            return
        }
        members.append((key, value))
        if index != nil {
            index?[key] = members.count - 1
        } else if members.count > Self.indexThreshold {
            index = Dictionary(members.enumerated().map { ($1.key, $0) }) { first, _ in first }
        }
    }

    /// The keys in document order.
    public var keys: [String] {
        members.map(\.key)
    }

    /// The position of the first member.
    public var startIndex: Int { members.startIndex }
    /// The position after the last member.
    public var endIndex: Int { members.endIndex }
    /// The member at `position`, in document order.
    public subscript(position: Int) -> (key: String, value: JSONValue) { members[position] }

    /// Objects are equal when they hold the same members in the same order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.elementsEqual(rhs.members) { $0.key == $1.key && $0.value == $1.value }
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return members.firstIndex { $0.key == key }
    }
}

/// Literals, for building documents to write (reports) in code that reads like the JSON.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// A string value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer value.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An array value.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// An object value with the members in the order written; keys must differ.
    public init(dictionaryLiteral members: (String, JSONValue)...) {
        self = .object(JSONObject(members.map { (key: $0, value: $1) }))
    }
}

/// Object literals, members in the order written; keys must differ.
extension JSONObject: ExpressibleByDictionaryLiteral {
    /// An object of `members`.
    public init(dictionaryLiteral members: (String, JSONValue)...) {
        self.init(members.map { (key: $0, value: $1) })
    }
}
