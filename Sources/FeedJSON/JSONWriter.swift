/// The one JSON writer: streams JSON into a byte buffer, in the order it is written, so
/// output is deterministic and nothing is built as a tree first.
///
/// Containers are laid out one member per line with two-space indentation, or, with
/// ``Layout/inline``, on one line with `, ` between members (the validator's diagnostics).
/// Strings are escaped as RFC 8259 asks and U+2028/U+2029 too, non-ASCII text stays UTF-8,
/// and `/` is not escaped. The feed writer calls it once per field of every item, so the
/// small methods are inlinable: a call into another module per field would cost more than
/// the field.
public struct JSONWriter {
    /// How a container places its members.
    public enum Layout: Sendable {
        /// A newline and two spaces per level before each member and the closing bracket.
        case indented
        /// All on one line, members separated by `, `.
        case inline
    }

    /// What has been written so far.
    public var bytes: [UInt8] { buffer }
    @usableFromInline var buffer: [UInt8] = []
    /// One entry per open container: whether it already has a member, and whether it is
    /// laid out inline.
    @usableFromInline var open: [(hasMember: Bool, isInline: Bool)] = []

    /// A writer whose buffer holds `capacity` bytes before it grows.
    public init(capacity: Int = 4096) {
        buffer.reserveCapacity(capacity)
    }

    /// Writes an object whose members `body` writes (each after a `key`).
    @inlinable
    public mutating func object(_ layout: Layout = .indented, _ body: (inout JSONWriter) -> Void) {
        beginObject(layout)
        body(&self)
        endObject()
    }

    /// Writes an array whose elements `body` writes (each after ``element()``).
    @inlinable
    public mutating func array(_ layout: Layout = .indented, _ body: (inout JSONWriter) -> Void) {
        beginArray(layout)
        body(&self)
        endArray()
    }

    /// Opens an object; close it with ``endObject()``.
    @inlinable
    public mutating func beginObject(_ layout: Layout = .indented) { begin(UInt8(ascii: "{"), layout) }
    /// Closes the innermost object.
    @inlinable
    public mutating func endObject() { end(UInt8(ascii: "}")) }
    /// Opens an array; close it with ``endArray()``.
    @inlinable
    public mutating func beginArray(_ layout: Layout = .indented) { begin(UInt8(ascii: "["), layout) }
    /// Closes the innermost array.
    @inlinable
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Hands out what has been written so far and forgets it, for streaming output.
    public mutating func takeBytes() -> [UInt8] {
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer
    }

    /// Passes what has been written so far to `body`, then forgets it, keeping the buffer
    /// (`takeBytes` shares it with the caller, so the next write allocates a new one).
    public mutating func drain(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes(body)
    }

    /// Starts an array element; call before writing each value inside an array.
    @inlinable
    public mutating func element() {
        separate()
    }

    /// Writes `"key": ` inside an object, for a key known when the program is compiled.
    @inlinable
    public mutating func key(_ key: StaticString) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        buffer.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        appendStatic("\": ")
    }

    /// Writes `"key": ` inside an object, escaping `key`.
    public mutating func key(_ key: String) {
        separate()
        string(key)
        appendStatic(": ")
    }

    /// Writes a string value.
    @inlinable
    public mutating func string(_ value: String) {
        buffer.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { JSONEscaping.append($0, to: &buffer) }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Writes an integer value.
    @inlinable
    public mutating func integer<Integer: BinaryInteger>(_ value: Integer) {
        buffer.append(contentsOf: String(value).utf8)
    }

    /// Writes a number the way Swift prints a `Double` (`0.5`, `1e-07`, `3.0`): the
    /// shortest text that reads back as the same value.
    @inlinable
    public mutating func double(_ value: Double) {
        buffer.append(contentsOf: String(value).utf8)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        value ? appendStatic("true") : appendStatic("false")
    }

    /// Writes `null`.
    public mutating func null() {
        appendStatic("null")
    }

    /// Writes `value` with `write` (`{ $0.string($1) }`), or `null` when it is absent.
    public mutating func optional<Value>(_ value: Value?, _ write: (inout JSONWriter, Value) -> Void) {
        guard let value else { return null() }
        write(&self, value)
    }

    /// Writes `value` whole, objects laid out as `layout` says and their members in
    /// document order, or sorted by key (as Swift orders strings) with `sortingKeys`.
    public mutating func value(_ value: JSONValue, layout: Layout = .indented, sortingKeys: Bool = false) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .integer(let number): integer(number)
        case .double(let number): double(number)
        case .string(let text): string(text)
        case .array(let elements):
            array(layout) { json in
                for element in elements {
                    json.element()
                    json.value(element, layout: layout, sortingKeys: sortingKeys)
                }
            }
        case .object(let members):
            let ordered = sortingKeys ? members.members.sorted { $0.key < $1.key } : members.members
            object(layout) { json in
                for member in ordered {
                    json.key(member.key)
                    json.value(member.value, layout: layout, sortingKeys: sortingKeys)
                }
            }
        }
    }

    @inlinable
    mutating func begin(_ bracket: UInt8, _ layout: Layout) {
        buffer.append(bracket)
        open.append((false, layout == .inline))
    }

    @inlinable
    mutating func end(_ bracket: UInt8) {
        let container = open.removeLast()
        if container.hasMember && !container.isInline { newline() }
        buffer.append(bracket)
    }

    @inlinable
    mutating func separate() {
        let last = open.count - 1
        if open[last].hasMember {
            buffer.append(UInt8(ascii: ","))
            if open[last].isInline { buffer.append(UInt8(ascii: " ")) }
        }
        open[last].hasMember = true
        if !open[last].isInline { newline() }
    }

    @inlinable
    mutating func newline() {
        buffer.append(UInt8(ascii: "\n"))
        var indent = open.count * 2
        // Copied from a constant run of spaces: `repeatElement` goes through a generic,
        // element-by-element append, and this runs once per field.
        while indent > 0 {
            let count = min(indent, Self.spaces.utf8CodeUnitCount)
            buffer.append(contentsOf: UnsafeBufferPointer(start: Self.spaces.utf8Start, count: count))
            indent -= count
        }
    }

    @inlinable
    mutating func appendStatic(_ text: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inlinable
    static var spaces: StaticString { "                " }
}
