/// Character data collected across SAX callbacks until the next non-text event, with the
/// reader's text length limit applied. The owner calls ``deallocate()`` exactly once.
struct TextBuffer {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity = 4096
    private(set) var count = 0
    /// Whether the pending text came from CDATA sections.
    private(set) var isCDATA = false
    /// Whether the pending text was cut at the limit (the rest is being dropped).
    private(set) var isTruncated = false

    init() { bytes = .allocate(capacity: capacity) }

    func deallocate() { bytes.deallocate() }

    var isEmpty: Bool { count == 0 && !isTruncated }

    /// Starts collecting text of the given kind; the caller flushes text of the other kind
    /// first.
    @inline(__always)
    mutating func begin(cdata: Bool) { isCDATA = cdata }

    /// Appends `length` bytes, cutting at `limit` total bytes on a character boundary.
    /// Returns `false` the first time text is cut.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, _ length: Int, limit: Int) -> Bool {
        var length = length
        var fits = true
        if count &+ length > limit {
            if isTruncated { return true }
            isTruncated = true
            fits = false
            let available = length
            length = max(0, limit - count)
            while length > 0, length < available, source[length] & 0xC0 == 0x80 { length -= 1 }
        }
        if count &+ length > capacity { grow(to: count + length) }
        (bytes + count).update(from: source, count: length)
        count &+= length
        return fits
    }

    /// The collected text as a string, leaving the buffer empty.
    @inline(__always)
    mutating func take() -> String {
        let string = String(decodingUTF8: UnsafeBufferPointer(start: bytes, count: count))
        count = 0
        isTruncated = false
        return string
    }

    private mutating func grow(to minimum: Int) {
        var newCapacity = capacity
        while newCapacity < minimum { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: bytes, count: count)
        bytes.deallocate()
        bytes = bigger
        capacity = newCapacity
    }
}
