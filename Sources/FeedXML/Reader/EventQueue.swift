/// An event as queued: text stays as bytes in the parse's ``TextBuffer`` until it is taken,
/// so a consumer that wants bytes (``XMLStreamReader/visit(_:)``) never pays for a `String`.
enum QueuedEvent {
    case event(XMLEvent)
    /// A piece of text: `count` bytes at `start` in the text buffer.
    case text(start: Int, count: Int, isCDATA: Bool)
}

/// A FIFO of events over unsafe storage: events are moved in and moved out, so a pop costs
/// no reference counting. The owner calls ``deallocate()`` exactly once.
struct EventQueue {
    private var buffer: UnsafeMutablePointer<QueuedEvent>
    private var capacity: Int
    private var head = 0
    private var tail = 0

    init(capacity: Int = 1024) {
        self.capacity = capacity
        buffer = .allocate(capacity: capacity)
    }

    func deallocate() {
        (buffer + head).deinitialize(count: tail - head)
        buffer.deallocate()
    }

    var isEmpty: Bool { head == tail }

    @inline(__always)
    mutating func push(_ event: consuming XMLEvent) {
        push(queued: .event(event))
    }

    @inline(__always)
    mutating func push(queued event: consuming QueuedEvent) {
        if tail == capacity { makeRoom() }
        (buffer + tail).initialize(to: event)
        tail &+= 1
    }

    @inline(__always)
    mutating func pop() -> QueuedEvent? {
        guard head < tail else { return nil }
        let event = (buffer + head).move()
        head &+= 1
        if head == tail {
            head = 0
            tail = 0
        }
        return event
    }

    private mutating func makeRoom() {
        if head > 0 {
            buffer.moveInitialize(from: buffer + head, count: tail - head)
        } else {
            let bigger = UnsafeMutablePointer<QueuedEvent>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: buffer, count: tail)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        tail -= head
        head = 0
    }
}
