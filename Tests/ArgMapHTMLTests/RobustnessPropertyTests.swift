import ArgMap
import Foundation
import Testing
@testable import ArgMapHTML

/// Random bytes and random HTML-ish token soups through the whole library: `DocumentReader` ->
/// `Pipeline` -> `GraphJSONExporter`. Every input must either throw an ``ArgMapError`` or give a
/// graph whose offsets are in range, on scalar boundaries, ordered, and whose JSON slices match.
@Suite struct RobustnessPropertyTests {
    /// A seeded xorshift64* generator, so a failing case reproduces from its seed.
    struct Xorshift: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed == 0 ? 0x2545_F491_4F6C_DD1D : seed }
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
    }

    /// Pieces of markup and text that have broken parsers and extractors.
    static let tokens: [String] = [
        "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<br>", "<br/>", "<li>", "<ul>", "</ul>", "<h1>",
        "</h1>", "<h2>", "<blockquote>", "</blockquote>", "<nav>", "</nav>", "<aside>", "<footer>", "<script>",
        "</script>", "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<!doctype html>",
        "<meta charset=\"windows-1252\">", "<meta charset=\"utf-16\">", "<meta charset=\"shift_jis\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", "<title>", "</title>",
        "<p class=\"", "\">", "<a href='x", "'", "\"", "<", ">", "&", "&amp;", "&lt;", "&#0;", "&#x110000;", "&#xD800;",
        "&nbsp;", "&bogus;", "<template>", "<noscript>", "<table><tr><td>", "</td></tr></table>", "<p hidden>",
        "<span style=\"display:none\">", "<img alt=\"x\">", "<figcaption>", "<svg><text>", "</svg>", "<math>",
        "First of all, ", "Secondly, ", "Thirdly, ", "However, ", "But ", "Surely, ", "because ", "Therefore, ",
        "We should act", "taxes rose", "the U.S. and Mr. Smith", " e.g. ", "3.14", "...", "?!", ". ", ", ", "; ",
        " ", "  ", "\n", "\r\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{200B}",
        "\u{202E}", "\u{FEFF}", "\u{FFFD}", "é", "e\u{301}", "中文。", "שלום.", "مرحبا.", "😀", "👩‍👩‍👧", "𝔘",
        "\u{10FFFF}", "“", "”", "‘", "’", "«", "»", "—", "…",
    ]

    /// A random token soup.
    static func soup(_ rng: inout Xorshift) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...80, using: &rng) { s += tokens.randomElement(using: &rng) ?? "" }
        return s
    }

    /// Random bytes, biased towards bytes that matter to charset and binary sniffing.
    static func randomBytes(_ rng: inout Xorshift) -> [UInt8] {
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x3C, 0x3E, 0x26, 0x80, 0x81, 0x8D, 0x9D, 0xA0,
                                    0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF]
        var bytes: [UInt8] = []
        let prefixes: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], Array("<html><p>".utf8)]
        bytes += prefixes.randomElement(using: &rng) ?? []
        for _ in 0..<Int.random(in: 0...300, using: &rng) {
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: bytes.append(interesting.randomElement(using: &rng) ?? 0)
            case 1: bytes.append(UInt8.random(in: 0...255, using: &rng))
            default: bytes.append(UInt8.random(in: 0x20...0x7E, using: &rng))
            }
        }
        return bytes
    }

    /// Problems with a graph's offsets, empty when it is sound.
    static func problems(in graph: ArgumentGraph) -> [String] {
        var found: [String] = []
        let bytes = Array(graph.text.utf8)
        func isBoundary(_ i: Int) -> Bool { i == bytes.count || (i >= 0 && i < bytes.count && bytes[i] & 0xC0 != 0x80) }
        func check(_ r: Range<Int>, _ what: String) {
            if r.lowerBound < 0 || r.upperBound > bytes.count { found.append("\(what) \(r) outside 0..<\(bytes.count)") }
            if !isBoundary(r.lowerBound) || !isBoundary(r.upperBound) { found.append("\(what) \(r) splits a scalar") }
        }
        if graph.text != graph.document.text { found.append("graph text differs from document text") }
        var previous = 0
        for (i, p) in graph.paragraphs.enumerated() {
            check(p, "paragraph \(i)")
            if p.lowerBound < previous { found.append("paragraph \(i) out of order") }
            previous = p.upperBound
        }
        previous = 0
        for s in graph.sentences {
            check(s.range, s.id)
            if s.range.isEmpty { found.append("\(s.id) is empty") }
            if s.range.lowerBound < previous { found.append("\(s.id) overlaps or precedes the one before") }
            previous = s.range.upperBound
            if !graph.paragraphs.indices.contains(s.paragraph) {
                found.append("\(s.id) names paragraph \(s.paragraph)")
            } else if !graph.paragraphs[s.paragraph].contains(s.range.lowerBound) {
                found.append("\(s.id) starts outside its paragraph")
            }
        }
        let ids = Set(graph.nodes.map(\.id))
        let sentenceIDs = Set(graph.sentences.map(\.id))
        previous = 0
        for n in graph.nodes {
            check(n.range, n.id)
            if n.range.isEmpty { found.append("\(n.id) is empty") }
            if n.range.lowerBound < previous { found.append("\(n.id) out of text order") }
            previous = n.range.lowerBound
            for o in n.occurrences { check(o, "\(n.id) occurrence") }
            for m in n.markers { check(m.range, "\(n.id) marker") }
            for s in n.sentences where !sentenceIDs.contains(s) { found.append("\(n.id) names unknown \(s)") }
        }
        for e in graph.edges where !ids.contains(e.from) || !ids.contains(e.to) { found.append("edge \(e.from)->\(e.to) dangles") }
        if let thesis = graph.thesis, !ids.contains(thesis) { found.append("thesis \(thesis) is no node") }
        return found
    }

    /// The parts of Graph JSON the offset check reads. (`JSONDecoder`, not `JSONSerialization`: on Linux
    /// the latter drops a leading U+FEFF from strings, which shifts every offset.)
    struct GraphJSON: Decodable {
        struct Document: Decodable { let text: String }
        struct Span: Decodable {
            let id: String
            let start: Int
            let end: Int
            let text: String?
        }
        let document: Document
        let sentences: [Span]
        let nodes: [Span]
    }

    /// Problems with the Graph JSON: node text must be the scalar slice of document.text, sentences in range.
    static func jsonProblems(_ json: String) -> [String] {
        guard let graph = try? JSONDecoder().decode(GraphJSON.self, from: Data(json.utf8)) else { return ["not Graph JSON"] }
        let scalars = Array(graph.document.text.unicodeScalars)
        var found: [String] = []
        for span in graph.sentences + graph.nodes {
            guard 0 <= span.start, span.start <= span.end, span.end <= scalars.count else {
                found.append("\(span.id) offsets \(span.start)..<\(span.end) outside 0..<\(scalars.count)")
                continue
            }
            guard let text = span.text else { continue }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[span.start..<span.end])
            // Compare scalars, not Strings: String equality is canonical equivalence, too lenient here.
            if !slice.elementsEqual(text.unicodeScalars) { found.append("\(span.id) text is not its slice") }
        }
        return found
    }

    /// Runs one input through the library; returns problems (none when it threw an ArgMapError or mapped cleanly).
    static func run(_ bytes: [UInt8], kind: InputKind, source: String) -> [String] {
        let document: Document
        do { document = try DocumentReader(kind: kind).ingest(bytes, source: source) } catch {
            return error.description.hasPrefix(source + ":") ? [] : ["error does not name the file: \(error.description)"]
        }
        let graph = Pipeline().graph(for: document)
        let json = GraphJSONExporter().export(graph)
        let again = GraphJSONExporter().export(Pipeline().graph(for: document))
        return problems(in: graph) + jsonProblems(json) + (json == again ? [] : ["output not deterministic"])
    }

    @Test(arguments: 0..<6)
    func randomHTMLSoups(batch: Int) {
        var failures: [String] = []
        for case_ in 0..<50 {
            let seed = UInt64(batch * 1000 + case_ + 1)
            var rng = Xorshift(seed: seed)
            let page = Self.soup(&rng)
            let kind: InputKind = [.auto, .html, .text].randomElement(using: &rng) ?? .auto
            for problem in Self.run(Array(page.utf8), kind: kind, source: "soup-\(seed).html") {
                failures.append("seed \(seed) (\(kind)): \(problem)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test(arguments: 0..<4)
    func randomBytes(batch: Int) {
        var failures: [String] = []
        var mapped = 0
        for case_ in 0..<50 {
            let seed = UInt64(0xB17E_0000 + batch * 1000 + case_)
            var rng = Xorshift(seed: seed)
            let bytes = Self.randomBytes(&rng)
            let kind: InputKind = [.auto, .html, .text].randomElement(using: &rng) ?? .auto
            let problems = Self.run(bytes, kind: kind, source: "bytes-\(seed)")
            failures += problems.map { "seed \(seed) (\(kind)): \($0)" }
            if (try? DocumentReader(kind: kind).ingest(bytes, source: "x")) != nil { mapped += 1 }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        // The generator must reach the pipeline, not only the binary-data check.
        #expect(mapped > 0)
    }

    @Test func errorsAreTypedAndNameTheSource() {
        let cases: [(String, [UInt8])] = [
            ("empty.html", []), ("spaces.txt", Array(" \n\t\r\n ".utf8)), ("nul.bin", [0x41, 0x00, 0x42]),
            ("markup.html", Array("<html><body><div><p></p><span></span></div></body></html>".utf8)),
            ("boiler.html", Array("<html><body><nav><a href=/>Home</a></nav><footer>Copyright 2024</footer></body></html>".utf8)),
        ]
        for (name, bytes) in cases {
            #expect(throws: ArgMapError.self, "\(name)") { try DocumentReader().ingest(bytes, source: name) }
            do { _ = try DocumentReader().ingest(bytes, source: name) } catch {
                #expect(error.description.hasPrefix("\(name): "))
                #expect(!error.description.contains("\n"))
            }
        }
    }
}

