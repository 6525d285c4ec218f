// End-to-end pipeline benchmarks (issues 3 and 6).
//
// Every iteration runs one stage chain over a whole input set, from the raw bytes:
//   ingest                   DocumentReader().ingest
//   ingest+segment           + Pipeline().sentences(of:)
//   extract                  ingest + Pipeline().graph(for:) (segment, classify, build the graph)
//   extract+json             extract + GraphJSONExporter().export
// Sets: "Corpus" (<repo>/Corpus/html and Corpus/text; the seed article, "seed", when the corpus
// is still empty) and "extraction-dev" (<repo>/../shared/datasets/extraction-dev/html/*.html.gz);
// the overhead benchmark also runs on the Corpus' text renditions alone ("Corpus-text").
// A set that is absent registers no benchmark.
//
// Besides wall clock and throughput (passes over the set per second), each iteration
// reports `articles/s` and `input KB/s` as custom metrics. `run-all.sh` derives the
// classification overhead ((extract - ingest+segment) / ingest+segment) from the p50s.

import ArgMap
import ArgMapHTML
import Benchmark
import Foundation

/// One input document, read once.
struct BenchInput: Sendable {
    let source: String
    let bytes: [UInt8]
}

/// A named set of inputs.
struct InputSet: Sendable {
    let name: String
    let inputs: [BenchInput]
    /// Total input size in bytes.
    var byteCount: Int { inputs.reduce(0) { $0 + $1.bytes.count } }
}

/// Where the inputs live, found from this file's path:
/// `<repo>/Benchmarks/Benchmarks/PipelineBenchmarks/PipelineBenchmarks.swift`.
/// `ARGMAP_REPO` overrides the repository root.
enum InputLocations {
    static let repo: URL = {
        if let root = ProcessInfo.processInfo.environment["ARGMAP_REPO"], !root.isEmpty {
            return URL(fileURLWithPath: root, isDirectory: true)
        }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()
    static let shared = repo.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)

    /// Regular files directly in `directory` whose names end with one of `suffixes`, sorted by name.
    static func files(in directory: URL, suffixes: [String]) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted()
            .filter { name in !name.hasPrefix(".") && suffixes.contains { name.lowercased().hasSuffix($0) } }
            .map { directory.appendingPathComponent($0) }
    }

    /// The Corpus renditions (HTML and plain text), or the seed article when the corpus is empty.
    static func corpusFiles() -> (name: String, files: [URL]) {
        let corpus = repo.appendingPathComponent("Corpus", isDirectory: true)
        let files = files(in: corpus.appendingPathComponent("html"), suffixes: [".html", ".htm"])
            + files(in: corpus.appendingPathComponent("text"), suffixes: [".txt"])
        if !files.isEmpty { return ("Corpus", files) }
        return ("seed", self.files(in: shared.appendingPathComponent("seed"), suffixes: [".html", ".txt"]))
    }

    /// The gzipped extraction-dev pages.
    static func extractionDevFiles() -> [URL] {
        files(in: shared.appendingPathComponent("datasets/extraction-dev/html"), suffixes: [".html.gz"])
    }
}

/// Reads a file, decompressing `.gz` files with `gzip -dc`; `nil` when it cannot be read.
func readInput(_ url: URL) -> BenchInput? {
    let source = url.lastPathComponent.hasSuffix(".gz")
        ? String(url.lastPathComponent.dropLast(3)) : url.lastPathComponent
    guard url.pathExtension == "gz" else {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return BenchInput(source: source, bytes: Array(data))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-dc", url.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return BenchInput(source: source, bytes: Array(data))
}

// Globals are initialised lazily, so only a process that runs one of these benchmarks reads the inputs.
let corpusListing = InputLocations.corpusFiles()
let corpusSet = InputSet(name: corpusListing.name, inputs: corpusListing.files.compactMap(readInput))
/// The plain-text renditions alone: ingest is cheap there, so classification weighs the most.
let corpusTextSet = InputSet(name: corpusListing.name + "-text", inputs: corpusSet.inputs.filter { $0.source.hasSuffix(".txt") })
let extractionDevSet = InputSet(name: "extraction-dev", inputs: InputLocations.extractionDevFiles().compactMap(readInput))

/// The stage chains measured, from the raw bytes.
enum Stage: String, CaseIterable {
    case ingest
    case ingestSegment = "ingest+segment"
    case extract
    case extractJSON = "extract+json"

    /// Runs the chain on one input; returns a small number derived from the result
    /// (so the optimiser keeps the work), or -1 when ingest failed.
    @inline(never)
    func run(_ input: BenchInput, reader: DocumentReader, pipeline: Pipeline) -> Int {
        guard let document = try? reader.ingest(input.bytes, source: input.source) else { return -1 }
        switch self {
        case .ingest:
            return document.blocks.count
        case .ingestSegment:
            return pipeline.sentences(of: document).sentences.count
        case .extract:
            let graph = pipeline.graph(for: document)
            return graph.nodes.count + graph.edges.count
        case .extractJSON:
            return GraphJSONExporter().export(pipeline.graph(for: document)).utf8.count
        }
    }
}

/// Custom metrics reported once per iteration.
enum PipelineMetrics {
    static let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)
    static let kilobytesPerSecond = BenchmarkMetric.custom("input KB/s", polarity: .prefersLarger, useScalingFactor: false)
    /// Articles per second of this thread's CPU time: what one core gives when other processes share it.
    static let articlesPerCPUSecond = BenchmarkMetric.custom(
        "articles/s (thread CPU)", polarity: .prefersLarger, useScalingFactor: false)
    /// 1000 x time(extract) / time(ingest+segment), on this thread's CPU clock: 1150 means +15%.
    static let ratioCPU = BenchmarkMetric.custom("extract/segment x1000 (thread CPU)", useScalingFactor: false)
    /// The same ratio on the wall clock.
    static let ratioWall = BenchmarkMetric.custom("extract/segment x1000 (wall)", useScalingFactor: false)
}

/// Seconds of CPU time used by the calling thread so far.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return 0 }
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

/// The length of a duration in seconds.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// Runs `stage` over every input; returns (wall seconds, thread CPU seconds).
func timedPass(_ stage: Stage, _ inputs: [BenchInput], reader: DocumentReader, pipeline: Pipeline) -> (wall: Double, cpu: Double) {
    let clock = ContinuousClock()
    let cpuStart = threadCPUSeconds()
    let start = clock.now
    var checksum = 0
    for input in inputs {
        checksum &+= stage.run(input, reader: reader, pipeline: pipeline)
    }
    blackHole(checksum)
    let wall = seconds(clock.now - start)
    return (wall, threadCPUSeconds() - cpuStart)
}

/// One pass over the set per iteration, one warm-up pass, at most `seconds` per benchmark;
/// custom metrics shown unscaled.
func pipelineConfiguration(metrics: [BenchmarkMetric], custom: [BenchmarkMetric], seconds: Int64) -> Benchmark.Configuration {
    Benchmark.Configuration(
        metrics: metrics + custom,
        timeUnits: .microseconds,
        units: Dictionary(uniqueKeysWithValues: custom.map { ($0, BenchmarkUnits.count) }),
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(seconds),
        maxIterations: 500)
}

/// Registers the stage benchmarks for one input set.
/// The set's file listing decides registration; its bytes are read in the benchmark's setup.
func registerStageBenchmarks(setName: String, fileCount: Int, set: @escaping @Sendable () -> InputSet) {
    guard fileCount > 0 else { return }
    let configuration = pipelineConfiguration(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident],
        custom: [PipelineMetrics.articlesPerSecond, PipelineMetrics.articlesPerCPUSecond, PipelineMetrics.kilobytesPerSecond],
        seconds: 3)
    for stage in Stage.allCases {
        Benchmark("\(stage.rawValue) \(setName)", configuration: configuration) { benchmark in
            let inputs = set()
            let reader = DocumentReader()
            let pipeline = Pipeline()
            benchmark.startMeasurement()
            let (elapsed, cpu) = timedPass(stage, inputs.inputs, reader: reader, pipeline: pipeline)
            benchmark.stopMeasurement()
            let articles = Double(inputs.inputs.count)
            if cpu > 0 { benchmark.measurement(PipelineMetrics.articlesPerCPUSecond, Int((articles / cpu).rounded())) }
            guard elapsed > 0 else { return }
            benchmark.measurement(PipelineMetrics.articlesPerSecond, Int((articles / elapsed).rounded()))
            benchmark.measurement(PipelineMetrics.kilobytesPerSecond, Int((Double(inputs.byteCount) / 1024 / elapsed).rounded()))
        } setup: {
            // Read (and decompress) the inputs before the first measured iteration.
            let inputs = set()
            let reader = DocumentReader()
            let failed = inputs.inputs.filter { (try? reader.ingest($0.bytes, source: $0.source)) == nil }.count
            if inputs.inputs.count != fileCount || failed > 0 {
                let note = "PipelineBenchmarks: \(setName): read \(inputs.inputs.count) of \(fileCount) files, \(failed) failed to ingest\n"
                FileHandle.standardError.write(Data(note.utf8))
            }
        }
    }
}

/// Issue 6: classification + graph building over ingest + segmentation, both passes in the
/// same iteration (order alternating) so that load from other processes hits both alike.
func registerOverheadBenchmark(setName: String, fileCount: Int, set: @escaping @Sendable () -> InputSet) {
    guard fileCount > 0 else { return }
    let ratioConfiguration = pipelineConfiguration(
        metrics: [.wallClock], custom: [PipelineMetrics.ratioCPU, PipelineMetrics.ratioWall], seconds: 4)
    Benchmark("overhead \(setName)", configuration: ratioConfiguration) { benchmark in
        let inputs = set().inputs
        let reader = DocumentReader()
        let pipeline = Pipeline()
        let segmentFirst = benchmark.currentIteration % 2 == 0
        var segmented = (wall: 0.0, cpu: 0.0)
        var extracted = (wall: 0.0, cpu: 0.0)
        if segmentFirst { segmented = timedPass(.ingestSegment, inputs, reader: reader, pipeline: pipeline) }
        extracted = timedPass(.extract, inputs, reader: reader, pipeline: pipeline)
        if !segmentFirst { segmented = timedPass(.ingestSegment, inputs, reader: reader, pipeline: pipeline) }
        if segmented.cpu > 0 {
            benchmark.measurement(PipelineMetrics.ratioCPU, Int((1000 * extracted.cpu / segmented.cpu).rounded()))
        }
        if segmented.wall > 0 {
            benchmark.measurement(PipelineMetrics.ratioWall, Int((1000 * extracted.wall / segmented.wall).rounded()))
        }
    } setup: {
        _ = set()
    }
}

let benchmarks: @Sendable () -> Void = {
    let corpusCount = corpusListing.files.count
    registerStageBenchmarks(setName: corpusListing.name, fileCount: corpusCount) { corpusSet }
    registerOverheadBenchmark(setName: corpusListing.name, fileCount: corpusCount) { corpusSet }
    let textCount = corpusListing.files.filter { $0.pathExtension == "txt" }.count
    registerOverheadBenchmark(setName: corpusListing.name + "-text", fileCount: textCount) { corpusTextSet }
    let extractionDevCount = InputLocations.extractionDevFiles().count
    registerStageBenchmarks(setName: "extraction-dev", fileCount: extractionDevCount) { extractionDevSet }
    registerOverheadBenchmark(setName: "extraction-dev", fileCount: extractionDevCount) { extractionDevSet }
}
