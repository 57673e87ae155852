import FeedFetch
import Foundation
import Testing

@Suite("Retry-After")
struct RetryAfterTests {
    /// Sun, 06 Nov 1994 08:48:37 GMT: one minute before the RFC's example date.
    static let now = Date(timeIntervalSince1970: 784_111_717)

    @Test(arguments: [
        ("120", 120), (" 0 ", 0), ("Sun, 06 Nov 1994 08:49:37 GMT", 60),
        ("Sunday, 06-Nov-94 08:49:37 GMT", 60),
        ("Sun Nov  6 08:49:37 1994", 60), ("Sun, 06 Nov 1994 08:00:00 GMT", 0),
    ])
    func delay(value: String, seconds: Int) {
        #expect(RetryAfter.delay(value, now: Self.now) == .seconds(seconds))
    }

    @Test(arguments: ["", "soon", "-5", "1.5", "Sun, 06 Foo 1994 08:49:37 GMT"])
    func unreadableValuesGiveNoDelay(value: String) {
        #expect(RetryAfter.delay(value, now: Self.now) == nil)
    }
}
