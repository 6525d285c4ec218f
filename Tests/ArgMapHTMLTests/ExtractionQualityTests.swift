import ArgMap
import Foundation
import Testing
@testable import ArgMapHTML

/// Main-text extraction quality on `../shared/datasets/extraction-dev` (88 pages with gold bodies),
/// scored with the dataset's rule: token 4-gram shingles, precision and recall averaged over pages.
/// Skips when the dataset is absent.
@Suite struct ExtractionQualityTests {
    static let dataset = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/datasets/extraction-dev")

    /// Python's `re.findall(r"\w+")`: runs of letters, digits (any script) and `_`.
    static func tokens(_ text: String) -> [Substring.UnicodeScalarView] {
        var out: [Substring.UnicodeScalarView] = []
        let scalars = Substring(text).unicodeScalars
        var start: Substring.UnicodeScalarView.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let isWord: Bool
            if s.isASCII {
                let v = s.value
                isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
            } else {
                switch s.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber:
                    isWord = true
                default: isWord = false
                }
            }
            if isWord {
                if start == nil { start = i }
            } else if let s0 = start {
                out.append(scalars[s0..<i])
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let s0 = start { out.append(scalars[s0..<scalars.endIndex]) }
        return out
    }

    static func shingles(_ text: String) -> [String: Int] {
        let t = tokens(text).map { String(String.UnicodeScalarView($0)) }
        guard !t.isEmpty else { return [:] }
        if t.count < 4 { return [t.joined(separator: "\u{1}"): 1] }
        var out: [String: Int] = [:]
        for i in 0...(t.count - 4) { out[t[i..<(i + 4)].joined(separator: "\u{1}"), default: 0] += 1 }
        return out
    }

    /// Page precision and recall (nil when undefined), as the README's reference implementation.
    static func score(gold: String, predicted: String) -> (precision: Double?, recall: Double?) {
        let g = shingles(gold), p = shingles(predicted)
        var tp = 0, fp = 0, fn = 0
        for (k, c) in p { let m = min(c, g[k] ?? 0); tp += m; fp += c - m }
        for (k, c) in g { fn += max(0, c - (p[k] ?? 0)) }
        let exact = fp == 0 && fn == 0
        let precision: Double? = tp + fp > 0 ? (exact ? 1 : Double(tp) / Double(tp + fp)) : nil
        let recall: Double? = tp + fn > 0 ? (exact ? 1 : Double(tp) / Double(tp + fn)) : nil
        return (precision, recall)
    }

    @Test func scorerMatchesTheReadmeChecks() {
        let s = Self.score(gold: "a b c d e", predicted: "a b c d x")
        #expect(s.precision == 0.5 && s.recall == 0.5)
        #expect(Self.score(gold: "x y", predicted: "x y").precision == 1)
        #expect(Self.score(gold: "a b c d", predicted: "").precision == nil)
        #expect(Self.tokens("naïve co-op 42_x 東京").count == 5)
    }

    static func gunzip(_ url: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    @Test func devSetF1IsAtLeastTheFloor() throws {
        let goldURL = Self.dataset.appendingPathComponent("ground-truth-dev.json")
        guard FileManager.default.fileExists(atPath: goldURL.path) else { return }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL))
        let gold = try #require(json as? [String: [String: Any]])
        var precisions: [Double] = [], recalls: [Double] = []
        for id in gold.keys.sorted() {
            let goldText = gold[id]?["articleBody"] as? String ?? ""
            let bytes = try Self.gunzip(Self.dataset.appendingPathComponent("html/\(id).html.gz"))
            let predicted = (try? DocumentReader(kind: .html).ingest(bytes, source: id).text) ?? ""
            let s = Self.score(gold: goldText, predicted: predicted)
            if let p = s.precision { precisions.append(p) }
            if let r = s.recall { recalls.append(r) }
        }
        let p = precisions.reduce(0, +) / Double(max(precisions.count, 1))
        let r = recalls.reduce(0, +) / Double(max(recalls.count, 1))
        let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
        print("extraction-dev: pages \(gold.count) precision \(p) recall \(r) F1 \(f1)")
        #expect(gold.count == 88)
        #expect(f1 >= 0.95, "F1 \(f1) (P \(p), R \(r)) is under the 0.95 floor")
    }
}
