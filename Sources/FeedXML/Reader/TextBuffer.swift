/// Character data collected across SAX callbacks, with the reader's text length limit
/// applied. Each flushed piece stays in the buffer, behind the piece being collected, until
/// the events that refer to it have been taken (see ``compact()``). The owner calls
/// ``deallocate()`` exactly once.
struct TextBuffer {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity = 4096
    /// Where the piece being collected starts; flushed pieces lie before it.
    private var start = 0
    private var end = 0
    /// Whether the pending text came from CDATA sections.
    private(set) var isCDATA = false
    /// Whether the pending text was cut at the limit (the rest is being dropped).
    private(set) var isTruncated = false

    init() { bytes = .allocate(capacity: capacity) }

    func deallocate() { bytes.deallocate() }

    var isEmpty: Bool { end == start && !isTruncated }

    /// Starts collecting text of the given kind; the caller flushes text of the other kind
    /// first.
    @inline(__always)
    mutating func begin(cdata: Bool) { isCDATA = cdata }

    /// Appends `length` bytes, cutting the piece at `limit` bytes on a character boundary.
    /// Returns `false` the first time text is cut.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, _ length: Int, limit: Int) -> Bool {
        var length = length
        var fits = true
        let count = end &- start
        if count &+ length > limit {
            if isTruncated { return true }
            isTruncated = true
            fits = false
            let available = length
            length = max(0, limit - count)
            while length > 0, length < available, source[length] & 0xC0 == 0x80 { length -= 1 }
        }
        if end &+ length > capacity { grow(to: end + length) }
        (bytes + end).update(from: source, count: length)
        end &+= length
        return fits
    }

    /// Ends the piece being collected; it stays readable through ``piece(_:_:)`` until the
    /// next ``compact()``.
    @inline(__always)
    mutating func take() -> (start: Int, count: Int) {
        let piece = (start, end &- start)
        start = end
        isTruncated = false
        return piece
    }

    /// The bytes of a taken piece.
    @inline(__always)
    func piece(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + start, count: count)
    }

    /// Drops the taken pieces, keeping the one being collected; call only when no queued
    /// event refers to a taken piece.
    mutating func compact() {
        guard start > 0 else { return }
        UnsafeMutableRawPointer(bytes).copyMemory(from: bytes + start, byteCount: end - start)
        end -= start
        start = 0
    }

    private mutating func grow(to minimum: Int) {
        var newCapacity = capacity
        while newCapacity < minimum { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: bytes, count: end)
        bytes.deallocate()
        bytes = bigger
        capacity = newCapacity
    }
}
