// swift-tools-version: 6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Our own release builds (`make release`, `make bench`) set
/// FEEDWRIGHT_UNCHECKED_EXCLUSIVITY=1 to drop the dynamic exclusivity checks from the XML
/// reader, the HTML sanitiser and the parser, whose inner loops are checked by tests and
/// sanitizers in debug builds. Measured on a 30 MB RSS feed: with the checks, `convert`
/// took about 15 % more CPU time and `validate` about 8 %; dropping them from every other
/// module as well made no difference beyond noise. Anyone else building or depending on the
/// package gets Swift's default (checks on) and no unsafe flags, which older toolchains
/// refuse in a dependency.
let uncheckedExclusivity = Context.environment["FEEDWRIGHT_UNCHECKED_EXCLUSIVITY"] == "1"
let hotLoopSettings: [SwiftSetting] =
    strictSettings
    + (uncheckedExclusivity
        ? [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))] : [])

let package = Package(
    name: "Feedwright",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "feedwright", targets: ["feedwright"]),
        .library(name: "FeedwrightKit", targets: ["FeedwrightKit"]),
        // The parts other Swift projects use on their own: the model, reading, writing and
        // validating feeds.
        .library(name: "FeedModel", targets: ["FeedModel"]),
        .library(name: "FeedParser", targets: ["FeedParser"]),
        .library(name: "FeedWriter", targets: ["FeedWriter"]),
        .library(name: "FeedValidator", targets: ["FeedValidator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // A heap for the merge's window threshold (FeedAggregator).
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // The fetcher's HTTP types and the build benchmark's local HTTP server; both already
        // in the graph through async-http-client, declared because our targets import them.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        // `feedwright serve`: the HTTP server, its shutdown on signals, its log and metrics.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // `swift package generate-documentation`: the DocC catalogues of the library products.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // The HTML pages' templates (FeedSite), overridable by users without recompiling.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "FeedXML", dependencies: ["CLibXML2"], swiftSettings: hotLoopSettings),
        .target(name: "FeedHTML", dependencies: ["FeedXML", "CLibXML2"], swiftSettings: hotLoopSettings),
        .target(name: "FeedModel", swiftSettings: strictSettings),
        .target(name: "FeedDates", swiftSettings: strictSettings),
        .target(name: "FeedFormats", swiftSettings: strictSettings),
        .target(name: "FeedJSON", swiftSettings: strictSettings),
        .target(
            name: "FeedWriter",
            dependencies: ["FeedFormats", "FeedXML", "FeedModel", "FeedDates", "FeedJSON"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FeedParser",
            dependencies: [
                "FeedFormats", "FeedXML", "FeedHTML", "FeedModel", "FeedDates", "FeedJSON", "CZlib",
            ],
            swiftSettings: hotLoopSettings
        ),
        .target(
            name: "FeedFetch",
            dependencies: [
                "FeedModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FeedSeed", dependencies: ["FeedModel", "FeedDates", "FeedXML"],
            swiftSettings: strictSettings),
        .target(
            name: "FeedSite",
            dependencies: [
                "FeedModel", "FeedDates", .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FeedState",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FeedSchedule", dependencies: ["FeedDates", "FeedJSON"], swiftSettings: strictSettings),
        .target(
            name: "FeedValidator",
            dependencies: ["FeedXML", "FeedHTML", "FeedDates", "FeedJSON"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FeedAggregator",
            dependencies: [
                "FeedModel", "FeedDates", "FeedParser", "FeedXML", "FeedHTML", "FeedFetch", "FeedState",
                "FeedWriter", "FeedValidator", "FeedJSON",
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FeedServer",
            dependencies: [
                "CZlib",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FeedwrightKit",
            dependencies: [
                "FeedModel", "FeedDates", "FeedWriter", "FeedSeed", "FeedState", "FeedXML", "FeedParser",
                "FeedJSON", "FeedFormats",
                "FeedAggregator", "FeedFetch", "FeedValidator", "FeedSchedule", "FeedSite", "FeedServer",
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "feedwright",
            dependencies: [
                "FeedwrightKit", "FeedParser", "FeedWriter", "FeedFetch", "FeedModel", "FeedAggregator",
                "FeedValidator", "FeedSchedule", "FeedServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FeedTestSupport",
            path: "Tests/FeedTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedXMLTests",
            dependencies: ["FeedXML", "CLibXML2", "FeedTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedJSONTests",
            dependencies: ["FeedJSON"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedHTMLTests",
            dependencies: ["FeedHTML", "FeedTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedDatesTests",
            dependencies: ["FeedDates", "FeedTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedSeedTests",
            dependencies: ["FeedSeed", "FeedDates", "FeedTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedWriterTests",
            dependencies: ["FeedWriter", "FeedModel", "FeedXML", "FeedTestSupport"],
            exclude: ["Goldens"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedParserTests",
            dependencies: [
                "FeedParser", "FeedWriter", "FeedFormats", "FeedModel", "FeedXML", "FeedTestSupport",
            ],
            exclude: ["Fixtures", "Goldens"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedFetchTests",
            dependencies: ["FeedFetch", "FeedTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedScheduleTests",
            dependencies: ["FeedSchedule", "FeedTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedSiteTests",
            dependencies: ["FeedSite", "FeedModel", "FeedParser", "FeedTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedValidatorTests",
            dependencies: ["FeedValidator", "FeedTestSupport"],
            exclude: ["Cases", "Tables"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedAggregatorTests",
            dependencies: [
                "FeedAggregator", "FeedModel", "FeedParser", "FeedDates", "FeedTestSupport", "FeedState",
                "FeedFetch", "FeedHTML", "FeedValidator",
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedServerTests",
            dependencies: [
                "FeedServer", "CZlib",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedwrightKitTests",
            dependencies: ["FeedwrightKit", "FeedAggregator", "FeedModel", "FeedState", "FeedTestSupport"],
            exclude: ["Goldens"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FeedwrightCLITests",
            // Not imported: the tests run the built `feedwright` binary, which this builds.
            dependencies: ["feedwright", "FeedTestSupport"],
            exclude: ["Goldens"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
        .target(
            name: "FeedFuzzTargets",
            dependencies: [
                "FeedParser", "FeedWriter", "FeedModel", "FeedHTML", "FeedValidator", "FeedSeed",
                "FeedSchedule",
                "FeedwrightKit", "FeedFormats",
            ],
            path: "Fuzz/FeedFuzzTargets",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "feedwright-fuzz",
            dependencies: ["FeedFuzzTargets", "CFuzzerDriver"],
            path: "Fuzz/feedwright-fuzz",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FuzzReplayTests",
            dependencies: ["FeedFuzzTargets"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                "FeedModel", "FeedwrightKit", "FeedAggregator",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Benchmarks/BenchmarkSupport"
        ),
        .executableTarget(
            name: "FeedWriterBenchmarks",
            dependencies: [
                "BenchmarkSupport", "FeedWriter", "FeedModel",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/FeedWriterBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "FeedAggregatorBenchmarks",
            dependencies: [
                "BenchmarkSupport", "FeedAggregator", "FeedModel",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/FeedAggregatorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "FeedParserBenchmarks",
            dependencies: [
                "BenchmarkSupport", "FeedParser", "FeedWriter",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/FeedParserBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "FeedValidatorBenchmarks",
            dependencies: [
                "BenchmarkSupport", "FeedValidator", "FeedWriter",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/FeedValidatorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "FeedBuildBenchmarks",
            dependencies: [
                "BenchmarkSupport", "FeedwrightKit", "FeedAggregator", "FeedWriter", "FeedModel", "FeedState",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            path: "Benchmarks/FeedBuildBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Thousands to 100,000 generated sources: run by name, never by `make bench` or
        // `make test` (docs/large-aggregations.md).
        .executableTarget(
            name: "LargeBuildBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Benchmarks/LargeBuildBenchmarks",
            swiftSettings: strictSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
