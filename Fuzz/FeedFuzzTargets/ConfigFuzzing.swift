import FeedwrightKit
import Foundation

/// Reads any bytes as `config.json`; a rejected one must be explained in one line.
enum ConfigFuzzing {
    static func run(_ input: Data) {
        do {
            _ = try ConfigLoader.decode(input, file: URL(fileURLWithPath: "/srv/news/config.json"))
        } catch {
            invariant(!error.description.contains("\n"), "a config error spans lines: \(error.description)")
        }
    }
}
