import ArgMap
import Benchmark
import Foundation

// Segmentation speed on a >= 10 MiB article text, built at run time (never committed) exactly as
// Benchmarks/peers/segmentation/corpus.py builds it: the UD paragraphs (file order) and the gold article bodies
// of the extraction dev set (sorted by key), joined by blank lines, repeated until >= 10 MiB.
// Skipped (no benchmark registered) when the shared datasets are absent.
// Run: cd Benchmarks && swift package benchmark --target SegmentationBenchmarks

/// `<repo>/../shared/datasets`, found from this file's path.
private let datasets = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/datasets")

private func benchmarkText() -> [UInt8]? {
    let ud = datasets.appendingPathComponent("segmentation/ud-articles-train-dev.jsonl")
    let truth = datasets.appendingPathComponent("extraction-dev/ground-truth-dev.json")
    guard let udData = FileManager.default.contents(atPath: ud.path),
        let truthData = FileManager.default.contents(atPath: truth.path),
        let articles = (try? JSONSerialization.jsonObject(with: truthData)) as? [String: Any]
    else { return nil }
    var pieces: [String] = []
    for line in udData.split(separator: UInt8(ascii: "\n")) {
        if let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
            let text = object["text"] as? String
        {
            pieces.append(text)
        }
    }
    for key in articles.keys.sorted() {
        if let article = articles[key] as? [String: Any], let body = article["articleBody"] as? String,
            !body.allSatisfy(\.isWhitespace)
        {
            pieces.append(body)
        }
    }
    let corpus = Array(pieces.joined(separator: "\n\n").utf8)
    var text = corpus
    while text.count < 10 * 1024 * 1024 {
        text += Array("\n\n".utf8)
        text += corpus
    }
    return text
}

private let megabytesPerSecond = BenchmarkMetric.custom("MB/s (segmentation)", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    guard let text = benchmarkText() else {
        print("SegmentationBenchmarks: shared datasets not found at \(datasets.path): skipped")
        return
    }
    let segmenter = SentenceSegmenter()

    Benchmark(
        "Segment \(text.count / 1_048_576) MiB article text",
        configuration: .init(
            metrics: [.wallClock, .throughput, .peakMemoryResident, megabytesPerSecond],
            timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 40)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let begin = ContinuousClock.now
            let ranges = text.withUnsafeBufferPointer { segmenter.segment(bytes: $0) }
            let elapsed = ContinuousClock.now - begin
            blackHole(ranges)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            benchmark.measurement(megabytesPerSecond, Int(Double(text.count) / 1e6 / seconds))
        }
    }

    Benchmark(
        "Segmenter start-up (build the abbreviation table)",
        configuration: .init(metrics: [.wallClock], timeUnits: .microseconds, maxDuration: .seconds(3), maxIterations: 200)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(SentenceSegmenter(abbreviations: AbbreviationList.builtIn))
        }
    }
}
