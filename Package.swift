// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first; each target imports only the ones below it:
// CMark (libcmark) -> PamphletMarkdown (and QREncode, libqrencode) -> PamphletCore -> PamphletServer -> PamphletCLI -> pamphlet
let package = Package(
    name: "Pamphlet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pamphlet", targets: ["pamphlet"]),
        .library(name: "PamphletCore", targets: ["PamphletCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // swift-mustache 2.1.1 with focused speed patches (Vendor/swift-mustache/PATCHES.md).
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Already in the graph through Hummingbird; named so PamphletServer may import them.
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.60.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // The QR code of a page's address on its printout (Paper/QRCode.swift).
        .systemLibrary(
            name: "QREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]
        ),
        .target(name: "PamphletMarkdown", dependencies: ["CMark"]),
        .target(
            name: "PamphletCore",
            dependencies: [
                "PamphletMarkdown",
                "QREncode",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources/themes")]
        ),
        // `pamphlet serve`: the only target that depends on Hummingbird.
        .target(
            name: "PamphletServer",
            dependencies: [
                "PamphletCore",
                "PamphletMarkdown",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "PamphletCLI",
            dependencies: [
                "PamphletCore",
                "PamphletServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "pamphlet", dependencies: ["PamphletCLI"]),
        .testTarget(name: "PamphletMarkdownTests", dependencies: ["PamphletMarkdown"]),
        .testTarget(name: "PamphletCoreTests", dependencies: ["PamphletCore", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "PamphletEndToEndTests", dependencies: ["PamphletCore"]),
        .testTarget(name: "PamphletServerTests", dependencies: ["PamphletServer", "PamphletCore"]),
    ]
)

// `make fuzz` (Fuzz/run) adds the libFuzzer targets; an ordinary build never sees them.
if Context.environment["PAMPHLET_FUZZ"] == "1" {
    package.targets += [
        .executableTarget(name: "FuzzSite", dependencies: ["PamphletCore"], path: "Fuzz/Sources/FuzzSite"),
        .executableTarget(name: "FuzzText", dependencies: ["PamphletCore", "PamphletMarkdown"], path: "Fuzz/Sources/FuzzText"),
        .executableTarget(name: "FuzzRequest", dependencies: ["PamphletServer"], path: "Fuzz/Sources/FuzzRequest"),
    ]
}
