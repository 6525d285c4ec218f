import Foundation
import Testing
@testable import ArgMap

/// Plain text of every awkward kind through `PlainTextIngester`, `Pipeline` and every exporter:
/// either an ``ArgMapError`` naming the source, or a graph with sound offsets and exports that are
/// deterministic and well-formed.
@Suite struct RobustnessPipelineTests {
    /// A seeded linear congruential generator (Knuth's MMIX constants), so a failure reproduces from its seed.
    struct LCG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    /// Words, markers and characters that stress segmentation, classification and exports.
    static let pieces: [String] = [
        "We should act", "taxes must rise", "First of all,", "Secondly,", "Thirdly,", "Finally,", "However,", "But",
        "Surely,", "Admittedly,", "because", "since", "Therefore,", "For example,", "In other words,", "If",
        "Mr.", "U.S.", "e.g.", "3.5", "No.", "...", "?", "!", ".", ",", ";", ":", "\"", "“", "”", "(", ")", "—",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\r\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{A0}", "\u{200B}", "\u{202E}", "\u{FEFF}", "\u{0}", "\u{1B}", "\u{7F}", "\u{FFFD}", "e\u{301}", "a\u{308}\u{20DD}",
        "中文。", "日本語、", "שלום עולם.", "مرحبا؟", "Ελληνικά;", "😀", "👨‍👩‍👧", "𝔘𝔫𝔦", "𠀀", "\u{F0000}", "\u{10FFFD}",
        "{", "}", "<", ">", "&", "\\", "[x]", "-->", "]]>",
    ]

    static func randomText(_ rng: inout LCG) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...120, using: &rng) {
            text += pieces.randomElement(using: &rng) ?? ""
            if Bool.random(using: &rng) { text += " " }
        }
        return text
    }

    /// Problems with a graph: ranges outside the text, splitting a scalar, out of order, dangling ids.
    static func problems(_ graph: ArgumentGraph) -> [String] {
        let utf8 = Array(graph.text.utf8)
        func sound(_ r: Range<Int>) -> Bool {
            func boundary(_ i: Int) -> Bool { i == utf8.count || (i >= 0 && i < utf8.count && utf8[i] & 0xC0 != 0x80) }
            return r.lowerBound >= 0 && r.upperBound <= utf8.count && boundary(r.lowerBound) && boundary(r.upperBound)
        }
        var found: [String] = []
        var end = 0
        for s in graph.sentences {
            if !sound(s.range) || s.range.isEmpty || s.range.lowerBound < end { found.append("sentence \(s.id) \(s.range)") }
            end = s.range.upperBound
        }
        let ids = Set(graph.nodes.map(\.id))
        for n in graph.nodes where !sound(n.range) || n.range.isEmpty || !n.occurrences.allSatisfy(sound) {
            found.append("node \(n.id) \(n.range)")
        }
        for e in graph.edges where !ids.contains(e.from) || !ids.contains(e.to) { found.append("edge \(e.from)->\(e.to)") }
        return found
    }

    /// Every export of a graph, in a fixed order.
    static func exports(_ graph: ArgumentGraph) -> [String] {
        [GraphJSONExporter().export(graph), GraphJSONExporter().export(graph, pretty: false), DOTExporter().export(graph),
         AIFExporter().export(graph), ArgdownExporter().export(graph), HTMLReportExporter().export(graph, svg: nil)]
    }

    @Test(arguments: 0..<5)
    func randomTextThroughEveryStage(batch: Int) throws {
        var failures: [String] = []
        var mapped = 0
        for index in 0..<60 {
            let seed = UInt64(batch * 10_000 + index + 7)
            var rng = LCG(state: seed)
            let text = Self.randomText(&rng)
            let document: Document
            do { document = try PlainTextIngester().ingest(text, source: "random-\(seed).txt") } catch {
                if !error.description.hasPrefix("random-\(seed).txt: ") { failures.append("seed \(seed): \(error.description)") }
                continue
            }
            mapped += 1
            let graph = Pipeline().graph(for: document)
            failures += Self.problems(graph).map { "seed \(seed): \($0)" }
            let first = Self.exports(graph), second = Self.exports(Pipeline().graph(for: document))
            if first != second { failures.append("seed \(seed): exports differ between two runs") }
            for json in [first[0], first[1], first[3]] where (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil {
                failures.append("seed \(seed): export is not JSON")
            }
            let dot = first[2]
            if !dot.hasPrefix("digraph") || !dot.hasSuffix("}\n") { failures.append("seed \(seed): DOT is not one digraph") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        #expect(mapped > 10, "the generator must reach the pipeline")
    }

    @Test func lineEndingsGiveTheSameBlocks() throws {
        let lf = "We should build housing.\n\nFirst of all, rents rose.\nSecondly, commutes are long.\n\nBut some fear change. However, design helps."
        let variants = [lf, lf.replacingOccurrences(of: "\n", with: "\r\n"), lf.replacingOccurrences(of: "\n", with: "\r")]
        let graphs = try variants.map { Pipeline().graph(for: try PlainTextIngester().ingest($0, source: "x.txt")) }
        #expect(graphs[0].document.blocks.count == 3)
        #expect(graphs.allSatisfy { $0.document.blocks == graphs[0].document.blocks })
        #expect(graphs.allSatisfy { GraphJSONExporter().export($0) == GraphJSONExporter().export(graphs[0]) })
    }

    @Test func largeInputsStayLinearEnough() throws {
        // A 300 KB paragraph without punctuation and 100 KB of dots: mapped, one sentence each, offsets sound.
        let words = ["the", "city", "should", "build", "because", "rents", "rose", "however", "some", "fear"]
        let long = (0..<50_000).map { words[$0 % words.count] }.joined(separator: " ")
        let dots = "Word" + String(repeating: ".", count: 100_000)
        for (name, text) in [("long", long), ("dots", dots)] {
            let document = try PlainTextIngester().ingest(text, source: name)
            let graph = Pipeline().graph(for: document)
            #expect(graph.sentences.count == 1, "\(name)")
            #expect(Self.problems(graph).isEmpty, "\(name)")
        }
    }
}
