import Foundation
import Testing

@testable import ArgMap

/// The shared segmentation datasets (read at run time, never copied into the repository) and scoring helpers.
enum SegmentationFixtures {
    /// `<repo>/../shared/datasets/segmentation`, found from this file's path.
    static let datasetDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/datasets/segmentation")

    static func file(_ name: String) -> URL? {
        let url = datasetDirectory.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The sentences `segmenter` finds in `text`, as strings with whitespace runs collapsed to one space.
    static func sentences(_ text: String, _ segmenter: SentenceSegmenter = SentenceSegmenter()) -> [String] {
        let bytes = Array(text.utf8)
        return segmenter.segment(text).map { normalized(String(decoding: bytes[$0], as: UTF8.self)) }
    }

    /// `s` with every whitespace run turned into one space, trimmed.
    static func normalized(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// One Golden Rule: input text and expected sentences.
struct GoldenRule: Sendable, Decodable, CustomTestStringConvertible {
    let id: Int
    let name: String
    let text: String
    let sentences: [String]

    var testDescription: String { "rule \(id): \(name)" }

    private enum CodingKeys: String, CodingKey { case id, name, text, sentences, pragmatic_segmenter_no }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(Int.self, forKey: .id) ?? c.decode(Int.self, forKey: .pragmatic_segmenter_no)
        name = try c.decode(String.self, forKey: .name)
        text = try c.decode(String.self, forKey: .text)
        sentences = try c.decode([String].self, forKey: .sentences)
    }

    static func load(_ file: String) -> [GoldenRule] {
        guard let url = SegmentationFixtures.file(file), let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([GoldenRule].self, from: data)) ?? []
    }

    static let main = load("golden_rules_en.json")
    static let extra = load("golden_rules_en_extra.json")

    /// Whether the segmenter's sentences equal the expected ones (whitespace runs compared as one space).
    func passes(_ segmenter: SentenceSegmenter = SentenceSegmenter()) -> Bool {
        SegmentationFixtures.sentences(text, segmenter) == sentences.map(SegmentationFixtures.normalized)
    }
}

/// A paragraph of the UD article treebanks with its gold sentences.
struct UDParagraph: Sendable, Decodable {
    let doc: String
    let split: String
    let genre: String
    let text: String
    let sentences: [String]

    static func load() -> [UDParagraph] {
        guard let url = SegmentationFixtures.file("ud-articles-train-dev.jsonl"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(UDParagraph.self, from: Data($0)) }
    }

    /// Gold boundaries: UTF-8 end offsets of every sentence but the last.
    var goldBoundaries: [Int] {
        let bytes = Array(text.utf8)
        var position = 0
        var ends: [Int] = []
        for sentence in sentences {
            let needle = Array(sentence.utf8)
            guard let found = find(needle, in: bytes, from: position) else { return ends }
            position = found + needle.count
            ends.append(position)
        }
        return Array(ends.dropLast())
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

/// Boundary precision, recall and F1 summed over paragraphs.
struct BoundaryScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    mutating func add(predicted: [Int], gold: [Int]) {
        let goldSet = Set(gold)
        let predictedSet = Set(predicted)
        truePositives += predictedSet.intersection(goldSet).count
        falsePositives += predictedSet.subtracting(goldSet).count
        falseNegatives += goldSet.subtracting(predictedSet).count
    }

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    var description: String {
        "P \(String(format: "%.4f", precision)) R \(String(format: "%.4f", recall)) F1 \(String(format: "%.4f", f1)) (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))"
    }
}
