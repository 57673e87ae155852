internal import CLibXML2

/// Swift strings for the names libxml2 hands out, keyed by pointer.
///
/// Element and attribute names, prefixes and namespace URIs come from the parser's
/// dictionary (`xmlDict`): one pointer per distinct string, alive as long as the parser
/// context. So a feed with 200,000 elements builds each name's `String` once. Pointers the
/// dictionary does not own are never cached (a fresh string is built each time), so a
/// recycled address can never return a stale name.
///
/// An open-addressing table with linear probing over unsafe storage: no hashing of string
/// contents, no copy-on-write or exclusivity checks in the hot loop. The owner calls
/// ``deallocate()`` exactly once.
struct NameCache {
    private var keys: UnsafeMutablePointer<UnsafeRawPointer?>
    private var values: UnsafeMutablePointer<String>
    private var capacity: Int
    private var count = 0
    private var shift: Int
    private let dict: OpaquePointer?

    init(dict: OpaquePointer?, capacity: Int = 256) {
        precondition(capacity > 0 && capacity & (capacity - 1) == 0, "capacity must be a power of two")
        self.dict = dict
        self.capacity = capacity
        shift = 64 - capacity.trailingZeroBitCount
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: nil, count: capacity)
        values = .allocate(capacity: capacity)
    }

    func deallocate() {
        for i in 0..<capacity where keys[i] != nil { (values + i).deinitialize(count: 1) }
        keys.deallocate()
        values.deallocate()
    }

    /// The string for a NUL-terminated UTF-8 name.
    @inline(__always)
    mutating func string(_ name: UnsafePointer<xmlChar>) -> String {
        let key = UnsafeRawPointer(name)
        var slot = index(key)
        while let existing = keys[slot] {
            if existing == key { return values[slot] }
            slot = (slot &+ 1) & (capacity &- 1)
        }
        return insert(name, at: slot)
    }

    /// The string for an optional name; `""` for `nil`.
    @inline(__always)
    mutating func string(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        return string(name)
    }

    @inline(__always)
    private func index(_ key: UnsafeRawPointer) -> Int {
        Int(truncatingIfNeeded: (UInt(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> UInt(shift))
    }

    private mutating func insert(_ name: UnsafePointer<xmlChar>, at slot: Int) -> String {
        let string = String(cString: name)
        guard xmlDictOwns(dict, name) == 1 else { return string }
        keys[slot] = UnsafeRawPointer(name)
        (values + slot).initialize(to: string)
        count += 1
        if count * 2 > capacity { grow() }
        return string
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let oldCapacity = capacity
        capacity *= 2
        shift -= 1
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: nil, count: capacity)
        values = .allocate(capacity: capacity)
        for i in 0..<oldCapacity {
            guard let key = oldKeys[i] else { continue }
            var slot = index(key)
            while keys[slot] != nil { slot = (slot &+ 1) & (capacity &- 1) }
            keys[slot] = key
            (values + slot).moveInitialize(from: oldValues + i, count: 1)
        }
        oldKeys.deallocate()
        oldValues.deallocate()
    }
}
