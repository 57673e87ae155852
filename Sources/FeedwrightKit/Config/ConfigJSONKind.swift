internal import Foundation

/// What kind of JSON value `JSONSerialization` produced, telling booleans from numbers.
///
/// `JSONSerialization` returns `NSNumber` for both `true` and `1`, and on Linux `1 as? Bool`
/// succeeds, so the kind is read from the number's class (booleans are the shared
/// `NSNumber(value: true)` class, `__NSCFBoolean` on every platform) and its `objCType`.
enum ConfigJSONKind: Equatable {
    case string(String)
    /// An integer that fits `Int`; integral floating-point values such as `5.0` count too.
    case integer(Int)
    case fractional
    case outOfRange
    case boolean(Bool)
    case null
    case array
    case object

    private static let booleanClass = ObjectIdentifier(type(of: NSNumber(value: true)))

    init(_ value: Any) {
        switch value {
        case let text as String: self = .string(text)
        case is NSNull: self = .null
        case is [Any]: self = .array
        case is [String: Any]: self = .object
        case let number as NSNumber: self = Self.classify(number)
        default: self = .null
        }
    }

    private static func classify(_ number: NSNumber) -> ConfigJSONKind {
        if ObjectIdentifier(type(of: number)) == booleanClass { return .boolean(number.boolValue) }
        let type = String(cString: number.objCType)
        if number is NSDecimalNumber || type == "d" || type == "f" {
            let value = number.doubleValue
            guard value.rounded() == value else { return value.isFinite ? .fractional : .outOfRange }
            guard let integer = Int(exactly: value) else { return .outOfRange }
            return .integer(integer)
        }
        if type == "Q" || type == "L", number.uint64Value > UInt64(Int.max) { return .outOfRange }
        return .integer(number.intValue)
    }

    /// "a string", "an integer", … for "expected X, found Y" messages.
    var phrase: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .fractional: "a fractional number"
        case .outOfRange: "a number out of range"
        case .boolean: "a boolean"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
