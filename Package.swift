// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "argmap",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ArgMap", targets: ["ArgMap"]),
        .library(name: "ArgMapHTML", targets: ["ArgMapHTML"]),
        .executable(name: "argmap", targets: ["argmap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(
            name: "ArgMap",
            resources: [.embedInCode("Resources/discourse-markers.tsv"), .embedInCode("Resources/abbreviations.txt")]),
        .target(name: "ArgMapHTML", dependencies: ["CLibXML2", "ArgMap"]),
        .executableTarget(
            name: "argmap",
            dependencies: [
                "ArgMap", "ArgMapHTML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ArgMapTests", dependencies: ["ArgMap"]),
        .testTarget(name: "ArgMapHTMLTests", dependencies: ["ArgMapHTML", "ArgMap"]),
        .testTarget(name: "argmapTests", dependencies: ["argmap", "ArgMap", "ArgMapHTML"]),
        .testTarget(name: "CorpusTests", dependencies: ["ArgMap", "ArgMapHTML"], exclude: ["Expected"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
