// swift-tools-version: 6.2
import PackageDescription

// A package outside Feedwright that depends on it the way another project would, and uses
// only the public API of its library products: if a change makes that API unusable on its
// own (a type left internal, a module a consumer would have to import by hand), this
// package stops building.
let package = Package(
    name: "FeedwrightConsumer",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Named, because a path dependency is otherwise known by its folder's name.
        .package(name: "Feedwright", path: "../..")
    ],
    targets: [
        .testTarget(
            name: "ConsumerTests",
            dependencies: [
                .product(name: "FeedModel", package: "Feedwright"),
                .product(name: "FeedParser", package: "Feedwright"),
                .product(name: "FeedWriter", package: "Feedwright"),
                .product(name: "FeedValidator", package: "Feedwright"),
            ],
            exclude: ["Fixtures"]
        )
    ],
    swiftLanguageModes: [.v6]
)
