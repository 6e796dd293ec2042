// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first; each target imports only the ones below it:
//   CMark (libcmark), Gumbo (libgumbo), QREncode (libqrencode, vendored), PamphletEscaping, PamphletReadability: import nothing of ours
//   -> PamphletMarkdown (CMark, Gumbo, PamphletEscaping)
//   -> PamphletCore -> PamphletServer, PamphletImport (TOMLKit) -> PamphletCLI -> pamphlet (with Jemalloc, libjemalloc, on Linux)
// (ARCHITECTURE.md has what each holds.)
let package = Package(
    name: "Pamphlet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pamphlet", targets: ["pamphlet"]),
        .library(name: "PamphletCore", targets: ["PamphletCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Yams 6.2.2 with focused speed patches (Vendor/Yams/PATCHES.md).
        .package(path: "Vendor/Yams"),
        // swift-mustache 2.1.1 with focused speed patches (Vendor/swift-mustache/PATCHES.md).
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // `pamphlet import` reads Hugo's TOML front matter (toml++ underneath): TOML is too large to parse by hand.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
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
        // The QR code of a page's address on its printout (Paper/QRCode.swift): libqrencode
        // 4.1.1 with a faster mask choice, built from Vendor/libqrencode (PATCHES.md there).
        .target(
            name: "QREncode",
            path: "Vendor/libqrencode",
            sources: [
                "bitstream.c", "mask.c", "mmask.c", "mqrspec.c", "qrencode.c",
                "qrinput.c", "qrspec.c", "rsecc.c", "split.c",
            ],
            publicHeadersPath: "include",
            cSettings: [.define("HAVE_CONFIG_H", to: "1")]
        ),
        // Google's HTML5 parser: the links and ids in raw HTML a page holds (RawHTML.swift).
        .systemLibrary(
            name: "Gumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"]), .brew(["gumbo-parser"])]
        ),
        // Escaping text for HTML and XML by UTF-8 bytes: for every layer that writes markup.
        .target(name: "PamphletEscaping"),
        .target(name: "PamphletMarkdown", dependencies: ["CMark", "Gumbo", "PamphletEscaping"]),
        // Reading levels: sentences, words, syllables and their scores, in English and Spanish.
        .target(name: "PamphletReadability"),
        .target(
            name: "PamphletCore",
            dependencies: [
                "PamphletEscaping",
                "PamphletMarkdown",
                "PamphletReadability",
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
                "PamphletEscaping",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        // `pamphlet import`: the only target that depends on TOMLKit.
        .target(
            name: "PamphletImport",
            dependencies: [
                "PamphletCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "PamphletCLI",
            dependencies: [
                "PamphletCore",
                "PamphletServer",
                "PamphletImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // jemalloc as the executable's malloc: glibc's malloc and free were about a tenth of a
        // build's CPU (perf), and jemalloc cut a 10,000-page build's CPU by about a tenth (bench/README.md).
        // Only the executable links it; the libraries and tests keep the system's malloc.
        .systemLibrary(
            name: "Jemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"]), .brew(["jemalloc"])]
        ),
        .executableTarget(
            name: "pamphlet",
            dependencies: ["PamphletCLI", .target(name: "Jemalloc", condition: .when(platforms: [.linux]))]
        ),
        // What several test targets share (a seeded random number generator).
        .target(name: "PamphletTestSupport", path: "Tests/PamphletTestSupport"),
        .testTarget(name: "PamphletEscapingTests", dependencies: ["PamphletEscaping", "PamphletTestSupport"]),
        .testTarget(name: "PamphletMarkdownTests", dependencies: ["PamphletMarkdown"]),
        .testTarget(name: "PamphletReadabilityTests", dependencies: ["PamphletReadability", "PamphletTestSupport"]),
        .testTarget(
            name: "PamphletCoreTests",
            dependencies: ["PamphletCore", "PamphletTestSupport", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "PamphletEndToEndTests", dependencies: ["PamphletCore"]),
        .testTarget(name: "PamphletImportTests", dependencies: ["PamphletImport", "PamphletCore"]),
        .testTarget(name: "PamphletServerTests", dependencies: ["PamphletServer", "PamphletCore"]),
    ]
)

// `make fuzz` (Fuzz/run) adds the libFuzzer targets; an ordinary build never sees them.
if Context.environment["PAMPHLET_FUZZ"] == "1" {
    package.targets += [
        .executableTarget(name: "FuzzSite", dependencies: ["PamphletCore"], path: "Fuzz/Sources/FuzzSite"),
        .executableTarget(name: "FuzzText", dependencies: ["PamphletEscaping", "PamphletMarkdown"], path: "Fuzz/Sources/FuzzText"),
        .executableTarget(name: "FuzzRequest", dependencies: ["PamphletServer"], path: "Fuzz/Sources/FuzzRequest"),
    ]
}
