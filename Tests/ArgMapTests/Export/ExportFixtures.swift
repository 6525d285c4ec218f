import Foundation
import Testing
@testable import ArgMap

/// Builds an ``ArgumentGraph`` by hand: nodes are found by their text in the document, so each
/// fixture reads like the argument it encodes.
struct GraphBuilder {
    let document: Document
    let text: String
    private let bytes: [UInt8]
    private(set) var nodes: [ArgumentNode] = []
    private(set) var edges: [ArgumentEdge] = []
    private let sentences: [Sentence]

    init(_ document: Document) {
        self.document = document
        text = document.text
        bytes = Array(text.utf8)
        sentences = Pipeline().sentences(of: document).sentences
    }

    /// The UTF-8 byte range of the `occurrence`-th appearance of `needle` (counting from 1).
    func range(of needle: String, occurrence: Int = 1) -> Range<Int> {
        let pattern = Array(needle.utf8)
        var seen = 0
        var start = 0
        while start + pattern.count <= bytes.count {
            if bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
                seen += 1
                if seen == occurrence { return start..<(start + pattern.count) }
            }
            start += 1
        }
        Issue.record("fixture text not found: \(needle)")
        return 0..<0
    }

    /// Adds a node for `needle`; returns its id.
    @discardableResult
    mutating func node(
        _ kind: NodeKind, _ needle: String, markers: [(String, DiscourseSense)] = [],
        ordinal: Ordinal? = nil, occurrences: Int = 1, confidence: Double = 0.8
    ) -> String {
        let id = "n\(nodes.count + 1)"
        let range = range(of: needle)
        let found = markers.map { marker in
            let start = bytes[range].firstRange(of: Array(marker.0.utf8))?.lowerBound ?? range.lowerBound
            return Marker(text: marker.0, range: start..<(start + marker.0.utf8.count), sense: marker.1)
        }
        let all = (1...occurrences).map { self.range(of: needle, occurrence: $0) }
        let inSentences = sentences.filter { $0.range.overlaps(range) || ($0.range.contains(range.lowerBound)) }.map(\.id)
        nodes.append(ArgumentNode(
            id: id, kind: kind, range: range, sentences: inSentences.isEmpty ? ["s1"] : inSentences,
            markers: found, ordinal: ordinal, occurrences: all, confidence: confidence, rule: "fixture-\(kind.rawValue)"))
        return id
    }

    /// Adds an edge.
    mutating func edge(_ from: String, _ to: String, _ relation: Relation, marker: String? = nil) {
        edges.append(ArgumentEdge(from: from, to: to, relation: relation, marker: marker, confidence: 0.7, rule: "fixture-edge"))
    }

    func build(thesis: String?) -> ArgumentGraph {
        ArgumentGraph(
            document: document, text: text, paragraphs: document.blockRanges, sentences: sentences,
            nodes: nodes, edges: edges, thesis: thesis)
    }
}

/// Graphs shared by the exporter tests.
enum Fixture: String, CaseIterable, CustomTestStringConvertible {
    /// An op-ed in miniature: thesis, an announcing claim, a numbered list with a nested list,
    /// a concession answered by a rebuttal, a pull quote that appears twice.
    case opEd
    /// Text that breaks naive escaping: quotes, backslashes, braces, angle brackets, markup,
    /// Argdown and DOT syntax, control characters, non-Latin scripts, emoji, a huge word.
    case adversarial
    /// A news report: sentences, no argument, no thesis.
    case noArgument
    /// The reference op-ed through the real pipeline (skipped when the seed is absent).
    case seed

    var testDescription: String { rawValue }

    /// The fixture's graph, or `nil` when its input is not on this machine.
    var graph: ArgumentGraph? {
        switch self {
        case .opEd: Self.opEdGraph()
        case .adversarial: Self.adversarialGraph()
        case .noArgument:
            Pipeline().graph(for: Document(source: "report.txt", title: "Council meets on Tuesday", blocks: [
                TextBlock(kind: .paragraph, text: "The council met on Tuesday. It discussed the budget for the new year."),
                TextBlock(kind: .paragraph, text: "The next meeting is in March."),
            ])).withoutArgument()
        case .seed: Self.seedGraph()
        }
    }

    static func opEdGraph() -> ArgumentGraph {
        let doc = Document(
            source: "housing \"op-ed\".html", title: "Why the city <em>must</em> build & grow", byline: "Ana Díaz",
            published: "2026-03-14", language: "en",
            blocks: [
                TextBlock(kind: .heading, text: "Homes for everyone"),
                TextBlock(kind: .paragraph, text: "The city must build more homes. There are several reasons."),
                TextBlock(kind: .paragraph, text: "First, rents have doubled since 2015. Secondly, young families are leaving."),
                TextBlock(kind: .paragraph, text: "Thirdly, commutes are getting longer. First of all, traffic costs time. Furthermore, it costs money."),
                TextBlock(kind: .quote, text: "Housing is a right, not a luxury."),
                TextBlock(kind: .paragraph, text: "Surely, building is expensive. But doing nothing costs more. Housing is a right, not a luxury."),
                TextBlock(kind: .listItem, text: "Rent <script>alert(1)</script> & \"fees\" rose 30% in 2025 — see [report] #housing."),
            ])
        var b = GraphBuilder(doc)
        let thesis = b.node(.thesis, "The city must build more homes.", markers: [("must", .stance)], confidence: 0.9)
        let claim = b.node(.claim, "There are several reasons.")
        let first = b.node(.reason, "First, rents have doubled since 2015.", markers: [("First", .enumeration)],
                           ordinal: Ordinal(list: "l1", position: 1, parent: nil))
        let second = b.node(.reason, "Secondly, young families are leaving.", markers: [("Secondly", .enumeration)],
                            ordinal: Ordinal(list: "l1", position: 2, parent: nil))
        let third = b.node(.reason, "Thirdly, commutes are getting longer.", markers: [("Thirdly", .enumeration)],
                           ordinal: Ordinal(list: "l1", position: 3, parent: nil))
        let nested1 = b.node(.reason, "First of all, traffic costs time.", markers: [("First of all", .enumeration)],
                             ordinal: Ordinal(list: "l2", position: 1, parent: third))
        let nested2 = b.node(.reason, "Furthermore, it costs money.", markers: [("Furthermore", .addition)],
                             ordinal: Ordinal(list: "l2", position: 2, parent: third))
        let quote = b.node(.reason, "Housing is a right, not a luxury.", occurrences: 2)
        let counter = b.node(.counterpoint, "Surely, building is expensive.", markers: [("Surely", .concession)])
        let rebuttal = b.node(.rebuttal, "But doing nothing costs more.", markers: [("But", .contrast)])
        let rent = b.node(.reason, "Rent <script>alert(1)</script> & \"fees\" rose 30% in 2025 — see [report] #housing.")
        b.edge(claim, thesis, .supports)
        b.edge(first, claim, .supports, marker: "First")
        b.edge(second, claim, .supports, marker: "Secondly")
        b.edge(third, claim, .supports, marker: "Thirdly")
        b.edge(nested1, third, .supports, marker: "First of all")
        b.edge(nested2, third, .supports, marker: "Furthermore")
        b.edge(quote, thesis, .supports)
        b.edge(counter, thesis, .attacks, marker: "Surely")
        b.edge(rebuttal, counter, .attacks, marker: "But")
        b.edge(rent, thesis, .supports)
        return b.build(thesis: thesis)
    }

    /// Texts that have broken exporters elsewhere, one node each.
    static let adversarialTexts: [String] = [
        "She said \"no\" and then 'yes', wrote C:\\Users\\x\\n and \\N \\G \\L \\E \\T \\H \\l \\r at the end\\",
        "digraph { node [shape=box]; a -> b; } subgraph cluster_x { label=<b>bold</b> } // not a comment /* nor this */",
        "<script>alert('x')</script> <b>&amp; &lt; &#x41; &#65; &nbsp;</b> ]]> <!-- hidden --> <![CDATA[x]]>",
        "Argdown: [Title]: text <Arg>: x #tag #(two words) @[mention] *bold* _em_ __strong__ {data: 1} + - <+ -> >< \\escaped",
        "Русский текст, العربية مرحبا بالعالم, עברית, हिन्दी में, 中文的句子，日本語の文章。한국어 문장 ไทย",
        "Emoji 😀👩‍👩‍👧‍👦🏳️‍🌈 and combining e\u{301}\u{301} and zero\u{200B}width and rtl \u{202E}override\u{202C} and BOM\u{FEFF}",
        "Control \u{01}\u{02}\u{07}\u{08}\u{0B}\u{0C}\u{0E}\u{1B}[31m\u{1F}\u{7F}\u{80}\u{9F} chars\ttab\rreturn and \u{2028}line\u{2029}para and \u{FFFE}\u{FFFF} nonchars",
        "https://example.com/" + String(repeating: "averyveryverylongwordwithoutanyspaces", count: 8) + "?q=1&r=<2>",
        "% %s %d {} [] () ; , = \" \" \"\" '' `` | ||| &&& ### @@@ ~~~ ^^^ $$$",
    ]

    static func adversarialGraph() -> ArgumentGraph {
        let blocks = adversarialTexts.enumerated().map { index, text in
            TextBlock(kind: index == 4 ? .quote : (index == 5 ? .listItem : .paragraph), text: text)
        }
        let doc = Document(
            source: "weird \"file\" <name>\\.txt", title: "Title with \"quotes\" <b>tags</b> & \\backslash\\ {braces}",
            byline: "O'Brien & <Co>", published: "2026-01-02T03:04:05Z", language: "en-GB", blocks: blocks)
        var b = GraphBuilder(doc)
        var ids: [String] = []
        for (index, text) in adversarialTexts.enumerated() {
            let kind: NodeKind = index == 0 ? .thesis : [.claim, .reason, .counterpoint, .rebuttal][index % 4]
            let ordinal = (2...4).contains(index) ? Ordinal(list: "l1", position: index - 1, parent: nil, isIncomplete: index == 2) : nil
            ids.append(b.node(kind, text, markers: [(String(text.prefix(3)), .contrast)], ordinal: ordinal))
        }
        for index in 1..<ids.count {
            b.edge(ids[index], ids[index % 3 == 0 ? 0 : index - 1], index % 2 == 0 ? .attacks : .supports,
                   marker: index == 3 ? "\"quoted\\marker\" <x>" : nil)
        }
        return b.build(thesis: ids[0])
    }

    static func seedGraph() -> ArgumentGraph? {
        guard let text = try? String(contentsOf: Paths.seedText, encoding: .utf8),
              let doc = try? PlainTextIngester().ingest(text, source: "000_064fbf28dec2047d.txt") else { return nil }
        return Pipeline().graph(for: doc)
    }
}

extension ArgumentGraph {
    /// The same text with no nodes, edges or thesis (a text that argues nothing).
    func withoutArgument() -> ArgumentGraph {
        ArgumentGraph(document: document, text: text, paragraphs: paragraphs, sentences: sentences, nodes: [], edges: [], thesis: nil)
    }
}

/// Paths relative to the repository, found from this file.
enum Paths {
    /// The repository root (`Tests/ArgMapTests/Export/` is three levels down).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schema = repoRoot.appendingPathComponent("Schema/argmap-graph-v1.schema.json")
    static let seedText = repoRoot.appendingPathComponent("../shared/seed/000_064fbf28dec2047d.txt").standardizedFileURL

    /// A fresh temporary directory for one test.
    static func scratch(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("argmap-export-tests-\(ProcessInfo.processInfo.processIdentifier)")
            .appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs external tools (Graphviz, Python, Chromium) for the tests that need them.
enum Tool {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// The absolute path of `name` on `PATH`, or `nil`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input; output goes through
    /// temporary files so large outputs cannot dead-lock a pipe.
    static func run(_ executable: String, _ arguments: [String], input: Data = Data(), timeout: TimeInterval = 120) throws -> Result {
        let dir = try Paths.scratch("run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inURL = dir.appendingPathComponent("in"), outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
        try input.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static let dot: String? = find("dot")
    static let chromium: String? = find("chromium") ?? find("chromium-browser") ?? find("google-chrome")
    /// `python3` when it can `import jsonschema`.
    static let pythonWithJSONSchema: String? = {
        guard let python = find("python3"),
              let result = try? run(python, ["-c", "import jsonschema"]), result.status == 0 else { return nil }
        return python
    }()
}

/// The UTF-8 bytes of a Unicode scalar slice, as Python would cut `text[start:end]`.
func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return "<out of range \(start)..<\(end)>" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}

/// A graph to run the format checks on: every fixture, plus every plain-text Corpus article
/// (through the real pipeline) when the Corpus is there.
struct Sample: Sendable, CustomTestStringConvertible {
    let name: String
    let graph: ArgumentGraph

    var testDescription: String { name }

    static let all: [Sample] = {
        var samples = Fixture.allCases.compactMap { fixture in fixture.graph.map { Sample(name: fixture.rawValue, graph: $0) } }
        let corpus = Paths.repoRoot.appendingPathComponent("Corpus/text")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            guard let text = try? String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8),
                  let doc = try? PlainTextIngester().ingest(text, source: file) else { continue }
            samples.append(Sample(name: "Corpus/text/" + file, graph: Pipeline().graph(for: doc)))
        }
        return samples
    }()
}
