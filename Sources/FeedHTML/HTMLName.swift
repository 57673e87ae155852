/// An element or attribute name of up to 16 bytes packed into two words, so that looking a
/// name from libxml2 up in the allowlist needs no `String`. Longer names get `length == 0xFF`
/// and are looked up by string (no allowlisted name is that long by default).
struct HTMLName: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var length: UInt8 = 0

    static let longLength: UInt8 = 0xFF

    var isLong: Bool { length == Self.longLength }

    init() {}

    /// Packs a NUL-terminated name as libxml2 hands it over.
    @inline(__always)
    init(cString: UnsafePointer<UInt8>) {
        var i = 0
        while i < 16 {
            let byte = cString[i]
            if byte == 0 { break }
            if i < 8 {
                low |= UInt64(byte) &<< UInt64(i &* 8)
            } else {
                high |= UInt64(byte) &<< UInt64((i &- 8) &* 8)
            }
            i &+= 1
        }
        length = (i == 16 && cString[16] != 0) ? Self.longLength : UInt8(i)
    }

    /// Packs a name from the allowlist, lowercased.
    init(_ name: String) {
        let bytes = Array(name.lowercased().utf8) + [0]
        self = bytes.withUnsafeBufferPointer { HTMLName(cString: $0.baseAddress!) }
    }

    @inline(__always)
    var hashIndex: Int {
        var h = low &* 0x9E37_79B9_7F4A_7C15
        h ^= (high ^ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h &>> 29
        return Int(truncatingIfNeeded: h)
    }
}

/// A small open-addressing table from ``HTMLName`` to an index, built once per allowlist.
/// Names longer than 16 bytes go to a dictionary keyed by string.
struct HTMLNameTable: Sendable {
    private var keys: [HTMLName]
    private var values: [Int32]
    private let mask: Int
    private var longNames: [String: Int] = [:]

    init(_ entries: [(name: String, value: Int)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: HTMLName(), count: capacity)
        values = Array(repeating: -1, count: capacity)
        for entry in entries {
            let key = HTMLName(entry.name)
            if key.isLong {
                longNames[entry.name.lowercased()] = entry.value
                continue
            }
            var slot = key.hashIndex & mask
            while values[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = Int32(entry.value)
        }
    }

    /// The value stored for `name` (the C string `key` was packed from), if any.
    @inline(__always)
    func value(for key: HTMLName, cString name: UnsafePointer<UInt8>) -> Int? {
        if key.isLong {
            return longNames.isEmpty ? nil : longNames[String(cString: name)]
        }
        var slot = key.hashIndex & mask
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return Int(value) }
            slot = (slot &+ 1) & mask
        }
    }
}
