// swift-tools-version:6.1
import PackageDescription

// A tiny release executable that runs ArgMap's segmenter in-process, for the peer comparison in ../run.sh:
// it times only the segmentation (file already in memory, offsets produced), and prints sentences as JSON
// Lines for scoring. Build: swift build -c release (from this directory).
let package = Package(
    name: "SegmentTool",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "argmap", path: "../../../..")],
    targets: [
        .executableTarget(
            name: "segment-tool",
            dependencies: [.product(name: "ArgMap", package: "argmap")])
    ],
    swiftLanguageModes: [.v6]
)
