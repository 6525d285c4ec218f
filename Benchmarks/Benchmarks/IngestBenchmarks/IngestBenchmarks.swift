import ArgMap
import ArgMapHTML
import Benchmark
import Foundation

// Ingest speed on the 88 extraction-dev pages (../shared/datasets/extraction-dev, read at run time).
// One benchmark iteration = all 88 pages in turn: pages/s = 88 / wall clock, MB/s = total bytes / wall clock.
//   ingest:   bytes -> charset -> libxml2 parse -> walk -> extraction -> Document (what `argmap ingest` does)
//   libxml2:  the same pages, already UTF-8, parsed by libxml2 with the same options, tree freed

/// The dev pages, decompressed once.
let pages: [[UInt8]] = {
    let dataset = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/datasets/extraction-dev/html")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dataset.path) else { return [] }
    var out: [[UInt8]] = []
    for name in names.sorted() where name.hasSuffix(".html.gz") {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", dataset.appendingPathComponent(name).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { continue }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        out.append(Array(data))
    }
    let total = out.reduce(0) { $0 + $1.count }
    if !out.isEmpty {
        print("extraction-dev: \(out.count) pages, \(total) bytes, mean \(total / out.count) bytes/page")
    }
    return out
}()

let benchmarks: @Sendable () -> Void = {
    guard !pages.isEmpty else {
        print("extraction-dev not found: ingest benchmarks skipped")
        return
    }
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(20),
        maxIterations: 30
    )

    Benchmark("Ingest all 88 extraction-dev pages (bytes to body)", configuration: configuration) { benchmark in
        let reader = DocumentReader(kind: .html)
        for _ in benchmark.scaledIterations {
            for page in pages {
                let doc = try? reader.ingest(page, source: "page.html")
                blackHole(doc?.blocks.count)
            }
        }
    }

    Benchmark("libxml2 bare parse of the same 88 pages", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            for page in pages { blackHole(HTMLIngester.parseOnly(page)) }
        }
    }
}
