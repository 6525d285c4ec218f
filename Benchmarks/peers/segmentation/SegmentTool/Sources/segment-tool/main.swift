import ArgMap
import Foundation

// segment-tool time FILE [RUNS]   segments FILE RUNS times in-process; prints one JSON object with the
//                                 median seconds, MB/s, the sentence count and the start-up time.
// segment-tool jsonl              reads JSON Lines {"text": ...} on standard input, writes
//                                 {"sentences": [...]} per line (sentence strings, exact slices).

func monotonicSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// A field of /proc/self/status in kB ("VmRSS", "VmHWM"), or -1 where there is none (macOS).
func procStatusKB(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail("usage: segment-tool time FILE [RUNS] | segment-tool jsonl") }

switch arguments[1] {
case "time":
    guard arguments.count >= 3, let data = FileManager.default.contents(atPath: arguments[2]) else {
        fail("segment-tool time: cannot read \(arguments.count >= 3 ? arguments[2] : "(no file)")")
    }
    let runs = arguments.count >= 4 ? max(1, Int(arguments[3]) ?? 5) : 5
    let bytes = [UInt8](data)
    let rssBefore = procStatusKB("VmRSS")
    let startupBegin = monotonicSeconds()
    let segmenter = SentenceSegmenter()
    let warm = bytes.withUnsafeBufferPointer { segmenter.segment(bytes: UnsafeBufferPointer(rebasing: $0[0..<min(64, $0.count)])) }
    let startup = monotonicSeconds() - startupBegin
    var times: [Double] = []
    var count = warm.count
    for _ in 0..<runs {
        let begin = monotonicSeconds()
        let ranges = bytes.withUnsafeBufferPointer { segmenter.segment(bytes: $0) }
        times.append(monotonicSeconds() - begin)
        count = ranges.count
    }
    times.sort()
    let median = times[times.count / 2]
    let mbps = Double(bytes.count) / 1e6 / median
    // Peak resident memory above what the process held with the input loaded (table, ranges, work).
    let extraKB = rssBefore < 0 ? -1 : procStatusKB("VmHWM") - rssBefore
    print(
        "{\"bytes\": \(bytes.count), \"sentences\": \(count), \"runs\": \(runs), \"median_seconds\": \(median), "
            + "\"mb_per_s\": \(mbps), \"startup_seconds\": \(startup), \"extra_memory_kb\": \(extraKB)}")
case "jsonl":
    let segmenter = SentenceSegmenter()
    let input = FileHandle.standardInput.readDataToEndOfFile()
    var out = Data()
    for line in input.split(separator: UInt8(ascii: "\n")) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
            let text = object["text"] as? String
        else { fail("segment-tool jsonl: each line must be {\"text\": ...}") }
        let utf8 = Array(text.utf8)
        let sentences = segmenter.segment(text).map { String(decoding: utf8[$0], as: UTF8.self) }
        out.append(try JSONSerialization.data(withJSONObject: ["sentences": sentences]))
        out.append(UInt8(ascii: "\n"))
    }
    FileHandle.standardOutput.write(out)
default:
    fail("segment-tool: unknown command \(arguments[1])")
}
