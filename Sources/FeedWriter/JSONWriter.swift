/// A small streaming JSON writer into a byte buffer: fields come out in the order they are
/// written, so output is deterministic, and nothing is built as a tree first.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One entry per open container: whether it already has a member.
    private var hasMember: [Bool] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        beginArray()
        body(&self)
        endArray()
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Hands out what has been written so far and forgets it, for streaming output.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Passes what has been written so far to `body`, then forgets it, keeping the buffer
    /// (`takeBytes` shares it with the caller, so the next write allocates a new one).
    mutating func drain(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        defer { bytes.removeAll(keepingCapacity: true) }
        try bytes.withUnsafeBytes(body)
    }

    /// Starts an array element; call before writing each value inside `array`.
    mutating func element() {
        separate()
    }

    /// Writes `"key": ` inside an object.
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Writes `"key": "value"`; an absent or blank value is left out, never written `""`.
    mutating func field(_ key: StaticString, _ value: String?) {
        guard let value = value.nonBlank else { return }
        self.key(key)
        string(value)
    }

    mutating func field(_ key: StaticString, _ value: Int64?) {
        guard let value else { return }
        self.key(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ key: StaticString, _ value: Double?) {
        guard let value else { return }
        self.key(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { JSONEscaping.append($0, to: &bytes) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        hasMember.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = hasMember.removeLast()
        if hadMembers { newline() }
        bytes.append(bracket)
    }

    private mutating func separate() {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        newline()
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        var indent = hasMember.count * 2
        // Copied from a constant run of spaces: `repeatElement` goes through a generic,
        // element-by-element append, and this runs once per field.
        while indent > 0 {
            let count = min(indent, Self.spaces.utf8CodeUnitCount)
            bytes.append(contentsOf: UnsafeBufferPointer(start: Self.spaces.utf8Start, count: count))
            indent -= count
        }
    }

    private static var spaces: StaticString { "                " }
}
