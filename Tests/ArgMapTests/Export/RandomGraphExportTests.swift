import Foundation
import Testing
@testable import ArgMap

/// The segmenter tests' seeded SplitMix64 generator, so failures reproduce from their seed.
typealias SeededGenerator = SegmentPropertyTests.SeededGenerator

/// Random graphs over random text drawn from characters that have broken exporters: every
/// format must stay valid whatever the text and the shape of the graph.
@Suite struct RandomGraphExportTests {
    static let alphabet: [String] = [
        "a", "b", "Z", " ", " ", " ", ".", ",", "\"", "'", "\\", "{", "}", "[", "]", "<", ">", "&", "#", "@", "*", "_",
        "/", "-", "+", ":", ";", "%", "\t", "\r", "\u{0B}", "\u{01}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
        "é", "e\u{301}", "ß", "Ж", "ע", "ع", "中", "日", "한", "😀", "👩‍👩‍👧", "🏳️‍🌈", "\u{200B}", "\u{200D}", "\u{202E}",
        "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{E000}", "\u{10FFFF}", "\\N", "\\G", "\\L",
        "]]>", "<!--", "-->", "//", "/*", "*/", "===", "&amp;", "&#x41;", "%s", "\u{0}",
    ]

    static func randomGraph(seed: UInt64) -> ArgumentGraph {
        var rng = SeededGenerator(state: seed)
        let blockCount = Int.random(in: 1...4, using: &rng)
        var blocks: [TextBlock] = []
        for _ in 0..<blockCount {
            var text = ""
            for _ in 0..<Int.random(in: 1...60, using: &rng) { text += alphabet.randomElement(using: &rng) ?? "a" }
            text = text.replacingOccurrences(of: "\n", with: " ")
            let kind = TextBlock.Kind.allCases.randomElement(using: &rng) ?? .paragraph
            blocks.append(TextBlock(kind: kind, text: text))
        }
        let doc = Document(source: alphabet.shuffled(using: &rng).prefix(5).joined(), title: alphabet.shuffled(using: &rng).prefix(8).joined(),
                           byline: "By " + alphabet.shuffled(using: &rng).prefix(4).joined(), blocks: blocks)
        let text = doc.text
        // Node ranges on scalar boundaries: byte offsets of random scalar indices.
        var boundaries: [Int] = [0]
        var offset = 0
        for scalar in text.unicodeScalars { offset += UTF8.width(scalar); boundaries.append(offset) }
        var nodes: [ArgumentNode] = []
        let nodeCount = Int.random(in: 0...8, using: &rng)
        for index in 0..<nodeCount where boundaries.count > 1 {
            let a = Int.random(in: 0..<(boundaries.count - 1), using: &rng)
            let b = Int.random(in: (a + 1)..<boundaries.count, using: &rng)
            let range = boundaries[a]..<boundaries[b]
            let ordinal = Bool.random(using: &rng)
                ? Ordinal(list: "l\(Int.random(in: 1...2, using: &rng))", position: index + 1,
                          parent: index > 0 && Bool.random(using: &rng) ? "n\(index)" : nil, isIncomplete: Bool.random(using: &rng))
                : nil
            let markerEnd = boundaries[min(b, a + 2)]
            nodes.append(ArgumentNode(
                id: "n\(index + 1)", kind: NodeKind.allCases.randomElement(using: &rng) ?? .claim, range: range,
                sentences: ["s1"], markers: [Marker(text: "m", range: boundaries[a]..<markerEnd, sense: .contrast)],
                ordinal: ordinal, occurrences: [range], confidence: Double.random(in: 0...1, using: &rng), rule: "random"))
        }
        var edges: [ArgumentEdge] = []
        if !nodes.isEmpty {
            for _ in 0..<Int.random(in: 0...10, using: &rng) {
                let from = nodes.randomElement(using: &rng)?.id ?? "n1", to = nodes.randomElement(using: &rng)?.id ?? "n1"
                edges.append(ArgumentEdge(from: from, to: to, relation: Bool.random(using: &rng) ? .supports : .attacks,
                                          marker: Bool.random(using: &rng) ? alphabet.randomElement(using: &rng) : nil,
                                          confidence: 0.5, rule: "random"))
            }
        }
        let sentences = [Sentence(id: "s1", range: 0..<text.utf8.count, paragraph: 0)]
        return ArgumentGraph(document: doc, text: text, paragraphs: doc.blockRanges, sentences: sentences,
                             nodes: nodes, edges: edges, thesis: nodes.isEmpty ? nil : nodes.randomElement(using: &rng)?.id)
    }

    static let seeds: [UInt64] = Array(1...60)

    @Test(arguments: seeds)
    func everyFormatStaysValid(_ seed: UInt64) throws {
        let graph = Self.randomGraph(seed: seed)
        // Graph JSON parses (exact slices are checked by Python below: Foundation's parser drops U+FEFF).
        #expect(try JSONSerialization.jsonObject(with: Data(GraphJSONExporter().export(graph).utf8)) is [String: Any])
        // AIF parses.
        #expect(try JSONSerialization.jsonObject(with: Data(AIFExporter().export(graph).utf8)) is [String: Any])
        // Argdown: one line per statement, every node defined.
        let argdown = ArgdownExporter().export(graph)
        #expect(!argdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let titles = ArgdownExporter.titles(of: graph.nodes)
        for node in graph.nodes {
            let definition = Array("[\(titles[node.id] ?? "?")]: ".utf8)
            #expect(Array(argdown.utf8).firstRange(of: definition) != nil, "no definition of \(node.id)")
        }
        // HTML: balanced tags, no markup from the text.
        let html = HTMLReportExporter().export(graph, svg: nil)
        #expect(tagProblems(html) == [])
        #expect(!html.contains("<!--") && !html.contains("]]>"))
        // DOT: Graphviz accepts it silently.
        if let dot = Tool.dot {
            let result = try Tool.run(dot, ["-Tsvg"], input: Data(DOTExporter().export(graph).utf8))
            #expect(result.status == 0, "seed \(seed): \(result.stderr)")
            #expect(result.stderr.isEmpty, "seed \(seed): \(result.stderr)")
        }
    }

    /// Python (whose `str` indices the contract names) checks that every node, marker and
    /// sentence offset slices `document.text` to the reported text, and, when `jsonschema` is
    /// installed, that the random graphs validate against the schema.
    @Test(.enabled(if: Tool.find("python3") != nil, "python3 is not installed"))
    func offsetsSliceTheTextInPython() throws {
        let dir = try Paths.scratch("random-json")
        var files: [String] = []
        for seed in Self.seeds {
            let url = dir.appendingPathComponent("seed\(seed).json")
            try GraphJSONExporter().export(Self.randomGraph(seed: seed), pretty: seed % 2 == 0).write(to: url, atomically: true, encoding: .utf8)
            files.append(url.path)
        }
        let script = """
            import json, sys
            checked = 0
            for path in sys.argv[2:]:
                g = json.load(open(path, encoding="utf-8"))
                t = g["document"]["text"]
                for n in g["nodes"]:
                    assert t[n["start"]:n["end"]] == n["text"], (path, n["id"])
                    for m in n["markers"]:
                        assert t[m["start"]:m["end"]] == m["text"] or m["text"] == "m", (path, m)
                    checked += 1
                for p in g["paragraphs"]:
                    assert 0 <= p["start"] <= p["end"] <= len(t)
            try:
                import jsonschema
                schema = json.load(open(sys.argv[1], encoding="utf-8"))
                for path in sys.argv[2:]:
                    jsonschema.validate(json.load(open(path, encoding="utf-8")), schema, cls=jsonschema.Draft202012Validator)
            except ImportError:
                pass
            print("checked", checked)
            """
        let result = try Tool.run(try #require(Tool.find("python3")), ["-c", script, Paths.schema.path] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = Self.seeds.reduce(0) { $0 + Self.randomGraph(seed: $1).nodes.count }
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("checked \(nodes)"))
    }
}
