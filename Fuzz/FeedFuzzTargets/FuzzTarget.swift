public import Foundation

/// The parts of Feedwright that read bytes written by strangers, each as a function that
/// must return, whatever the bytes, without crashing, hanging or breaking an invariant.
///
/// The same functions are driven by libFuzzer (`make fuzz`) and replayed over the
/// committed corpus by the tests, so a crash found once stays fixed.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Any feed, then our own rendering of it in every format, read back.
    case parser
    /// `feedwright validate` on any document, rendered as text and JSON.
    case validator
    /// A seed page, imported and rendered as the feeds `build` publishes.
    case seed
    /// A cron expression, its next runs in a few zones, its systemd calendar and crontab
    /// edits.
    case cron
    /// `config.json`.
    case config
    /// An OPML subscription list, written back and planned for import.
    case opml

    /// Runs the target on one input. Inputs longer than ``maxInputBytes`` are cut: the
    /// fuzzer looks for wrong logic, and size limits are tested on their own.
    public func run(_ input: Data) {
        let input = input.prefix(Self.maxInputBytes)
        switch self {
        case .parser: ParserFuzzing.run(input)
        case .validator: ValidatorFuzzing.run(input)
        case .seed: SeedFuzzing.run(input)
        case .cron: CronFuzzing.run(input)
        case .config: ConfigFuzzing.run(input)
        case .opml: OPMLFuzzing.run(input)
        }
    }

    /// The largest input a target looks at.
    public static let maxInputBytes = 1 << 20
}

/// Stops the process when `condition` is false, so that libFuzzer records the input.
func invariant(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { broken(message()) }
}

/// A broken invariant: stops the process so that libFuzzer records the input.
func broken(_ message: String) -> Never {
    fatalError("invariant broken: \(message)")
}
