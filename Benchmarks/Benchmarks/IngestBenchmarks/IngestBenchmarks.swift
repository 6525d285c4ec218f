import ArgMap
import ArgMapHTML
import Benchmark
import Foundation

// Ingest speed on the 88 extraction-dev pages (../shared/datasets/extraction-dev, read at run time).
// One benchmark iteration = one page (pages taken in turn), so `throughput` is pages per second.
//   ingest:   bytes -> charset -> libxml2 parse -> walk -> extraction -> Document (what `argmap ingest` does)
//   libxml2:  the same pages, already UTF-8, parsed by libxml2 with the same options, tree freed
// MB/s = pages/s x mean page size (printed below when the pages load).

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
        warmupIterations: 88,
        scalingFactor: .one,
        maxDuration: .seconds(10),
        maxIterations: 88 * 20
    )

    Benchmark("Ingest extraction-dev page (bytes to body)", configuration: configuration) { benchmark in
        let reader = DocumentReader(kind: .html)
        for i in benchmark.scaledIterations {
            let page = pages[i % pages.count]
            let doc = try? reader.ingest(page, source: "page.html")
            blackHole(doc?.blocks.count)
        }
    }

    Benchmark("libxml2 bare parse of the same page", configuration: configuration) { benchmark in
        for i in benchmark.scaledIterations {
            blackHole(HTMLIngester.parseOnly(pages[i % pages.count]))
        }
    }
}
