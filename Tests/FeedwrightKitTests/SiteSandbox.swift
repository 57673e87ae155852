import FeedTestSupport
import FeedwrightKit
import Foundation

/// A copy of a fixture site in a fresh temporary directory, so a test can build it,
/// change it and build again without touching the fixtures or other tests.
struct SiteSandbox {
    static let sites = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("sites")

    let root: URL

    init(_ site: String) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("feedwright-\(site)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.sites.appendingPathComponent(site), to: root)
    }

    var configFile: URL { root.appendingPathComponent("config.json") }

    func config(editing edit: (inout [String: Any]) -> Void = { _ in }) throws -> FeedwrightConfig {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: configFile)) as! [String: Any]
        edit(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: configFile)
        return try ConfigLoader.load(from: configFile)
    }

    func build(
        _ config: FeedwrightConfig, now: @escaping @Sendable () -> Date = FixedClock.now
    ) async throws -> BuildReport {
        try await Publisher(config: config, now: now).run()
    }

    func output(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent("feeds").appendingPathComponent(name)))
    }

    func writeSeed(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent("seeds").appendingPathComponent(name))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
