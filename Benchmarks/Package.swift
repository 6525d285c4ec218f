// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so `swift test` at the top never builds them.
// Run: cd Benchmarks && swift package benchmark
let package = Package(
    name: "ArgMapBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "argmap", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: ["IngestBenchmarks", "SegmentationBenchmarks", "PipelineBenchmarks"].map { name in
        .executableTarget(
            name: name,
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ArgMap", package: "argmap"),
                .product(name: "ArgMapHTML", package: "argmap"),
            ],
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")])
    }
)
