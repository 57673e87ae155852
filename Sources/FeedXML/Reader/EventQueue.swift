/// A FIFO of events over unsafe storage: events are moved in and moved out, so a pop costs
/// no reference counting. The owner calls ``deallocate()`` exactly once.
struct EventQueue {
    private var buffer: UnsafeMutablePointer<XMLEvent>
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

    @inline(__always)
    mutating func push(_ event: consuming XMLEvent) {
        if tail == capacity { makeRoom() }
        (buffer + tail).initialize(to: event)
        tail &+= 1
    }

    @inline(__always)
    mutating func pop() -> XMLEvent? {
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
            let bigger = UnsafeMutablePointer<XMLEvent>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: buffer, count: tail)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        tail -= head
        head = 0
    }
}
