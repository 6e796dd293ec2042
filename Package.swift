// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first; each target imports only the ones below it:
// CMark (libcmark) -> PamphletMarkdown -> PamphletCore -> PamphletCLI -> pamphlet
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
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "PamphletMarkdown", dependencies: ["CMark"]),
        .target(
            name: "PamphletCore",
            dependencies: [
                "PamphletMarkdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources/themes")]
        ),
        .target(
            name: "PamphletCLI",
            dependencies: [
                "PamphletCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "pamphlet", dependencies: ["PamphletCLI"]),
        .testTarget(name: "PamphletMarkdownTests", dependencies: ["PamphletMarkdown"]),
        .testTarget(name: "PamphletCoreTests", dependencies: ["PamphletCore"]),
        .testTarget(name: "PamphletEndToEndTests", dependencies: ["PamphletCore"]),
    ]
)
