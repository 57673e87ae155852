import Dispatch
import FeedwrightKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGTERM and SIGINT during a build: the run is recorded as interrupted and the process
/// exits with 128 + the signal's number (143, 130), without waiting for the network. A
/// signal that arrives while the state is saved and the feeds renamed waits until both
/// are done (``CommitSection``), so the feeds and the state always agree.
final class SignalStop: Sendable {
    // Kept so the handlers stay installed; only touched here, on the installing thread.
    private nonisolated(unsafe) let sources: [any DispatchSourceSignal]

    init(section: CommitSection, onStop: @escaping @Sendable (_ signal: Int32, _ feedsWritten: Bool) -> Never)
    {
        sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { section.stop { written in onStop(number, written) } }
            source.resume()
            return source
        }
    }

    static func name(_ number: Int32) -> String {
        number == SIGTERM ? "SIGTERM" : number == SIGINT ? "SIGINT" : "signal \(number)"
    }
}
