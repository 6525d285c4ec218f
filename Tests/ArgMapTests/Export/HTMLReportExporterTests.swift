import Foundation
import Testing
@testable import ArgMap

/// The SVG Graphviz draws for a graph (nil when `dot` is missing).
func renderSVG(_ graph: ArgumentGraph) throws -> String? {
    guard let dot = Tool.dot else { return nil }
    let result = try Tool.run(dot, ["-Tsvg"], input: Data(DOTExporter().export(graph).utf8))
    guard result.status == 0 else { return nil }
    return String(decoding: result.stdout, as: UTF8.self)
}

/// Checks that every non-void tag is closed in order, and that no `<mark>` sits inside another.
/// Returns the problems found.
func tagProblems(_ html: String) -> [String] {
    let void: Set<String> = ["meta", "br", "hr", "img", "link", "input", "!doctype"]
    var stack: [String] = []
    var problems: [String] = []
    // Scalars, not Characters: a combining mark after ">" must not hide the ">".
    let scalars = Array(html.unicodeScalars)
    var index = 0
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
    while index < scalars.count {
        guard scalars[index] == "<" else { index += 1; continue }
        guard let close = scalars[index...].firstIndex(of: ">") else { problems.append("unclosed <"); break }
        let tag = string((index + 1)..<close)
        index = close + 1
        if tag.hasPrefix("!--") || tag.hasPrefix("?") { continue }
        let isClosing = tag.hasPrefix("/")
        let name = String((isClosing ? tag.dropFirst() : Substring(tag)).unicodeScalars.prefix { $0 != " " && $0 != "\n" && $0 != "/" }).lowercased()
        if void.contains(name) || tag.hasSuffix("/") { continue }
        if name == "style", !isClosing {
            let rest = string(index..<scalars.count)
            guard let end = rest.range(of: "</style>") else { problems.append("unclosed style"); break }
            index += rest.unicodeScalars[..<end.upperBound].count
            continue
        }
        if isClosing {
            if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> closes <\(stack.last ?? "nothing")>") }
        } else {
            if name == "mark", stack.contains("mark") { problems.append("mark inside mark") }
            stack.append(name)
        }
    }
    if !stack.isEmpty { problems.append("left open: \(stack)") }
    return problems
}

@Suite struct HTMLReportExporterTests {
    @Test(arguments: Sample.all)
    func reportIsSelfContainedAndWellFormed(_ sample: Sample) throws {
        let graph = sample.graph
        for svg in [try renderSVG(graph), nil] {
            let html = HTMLReportExporter().export(graph, svg: svg)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html"))
            #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""))
            let lower = html.lowercased()
            for remote in ["src=\"http", "src='http", "href=\"http", "href='http", "href=\"//", "src=\"//", "url(", "@import", "<link", "<script", "<iframe", "<img"] {
                #expect(!lower.contains(remote), "found \(remote)")
            }
            #expect(!lower.contains("<!doctype svg"))  // Graphviz's DOCTYPE (with a remote DTD) is dropped
            #expect(!lower.contains("<?xml"))
            #expect(tagProblems(html) == [])
            #expect(!html.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func highlightsEveryUnitByKindAndLinksBothWays() throws {
        let graph = Fixture.opEdGraph()
        let svg = try renderSVG(graph)
        let html = HTMLReportExporter().export(graph, svg: svg)
        for node in graph.nodes {
            #expect(html.contains("<mark class=\"unit kind-\(node.kind.rawValue)\" id=\"text_\(node.id)\""), "no highlight for \(node.id)")
            #expect(html.contains("<li id=\"outline_\(node.id)\" class=\"kind-\(node.kind.rawValue)\"><a class=\"badge kind-\(node.kind.rawValue)\" href=\"#text_\(node.id)\">"))
        }
        // The pull quote is highlighted at both places; the second has its own anchor.
        #expect(html.contains("id=\"text_n8_2\""))
        #expect(html.components(separatedBy: "<mark class=\"unit kind-").count - 1 == 12)
        // Markers are underlined and explained on hover.
        #expect(html.contains("<span class=\"marker\" title=\"\u{201C}Secondly\u{201D}: enumeration marker, decided this reason\">Secondly</span>"))
        // Tooltips on units say the decision and the relations.
        #expect(html.contains("title=\"counterpoint \u{00B7} markers: \u{201C}Surely\u{201D} (concession) \u{00B7} rule: fixture-counterpoint \u{00B7} confidence 0.8 \u{2014} attacks n1: \u{201C}The city must build more homes.\u{201D} \u{2014} attacked by n10\""))
        if let svg {
            #expect(html.contains("<svg"))
            for node in graph.nodes {
                #expect(html.contains("href=\"#map_\(node.id)\""))
                #expect(svg.contains("id=\"map_\(node.id)\""))  // the badge's target exists in the drawing
                #expect(svg.contains("xlink:href=\"#text_\(node.id)\""))  // and the drawing links back
            }
            #expect(html.contains("<div class=\"map-canvas\">\n<svg"))
            #expect(!html.contains("map-zoom"))  // the op-ed map fits the page
        }
    }

    @Test func onlyWideMapsGetAZoomSwitch() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
            + "<svg width=\"300pt\" height=\"100pt\" viewBox=\"0 0 300 100\"><g id=\"map_n1\"></g></svg>\n"
        let html = HTMLReportExporter().export(Fixture.opEdGraph(), svg: svg)
        #expect(html.contains("<div class=\"map-canvas\">\n<svg width=\"300pt\""))
        #expect(!html.contains("map-zoom"))
        #expect(!html.contains("DTD SVG"))
        let wide = HTMLReportExporter().export(Fixture.opEdGraph(), svg: svg.replacingOccurrences(of: "300pt", with: "4800pt"))
        #expect(wide.contains("<input type=\"checkbox\" id=\"map-zoom\" class=\"zoom\"><label for=\"map-zoom\">Show the map at full size</label>\n<div class=\"map-canvas\">"))
        #expect(tagProblems(wide) == [])
    }

    @Test func withoutSVGShowsANoteAndLinksToTheOutline() {
        let graph = Fixture.opEdGraph()
        let html = HTMLReportExporter().export(graph, svg: nil)
        #expect(html.contains("<p class=\"note\">The map drawing is not included: it needs Graphviz"))
        #expect(!html.contains("<svg"))
        #expect(html.contains("<a class=\"badge kind-thesis\" href=\"#outline_n1\""))
        #expect(!html.contains("href=\"#map_"))
    }

    @Test func escapesAllText() {
        let graph = Fixture.opEdGraph()
        let html = HTMLReportExporter().export(graph, svg: nil)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<em>"))
        #expect(html.contains("Rent &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;fees&quot; rose 30%"))
        #expect(html.contains("<h1>Why the city &lt;em&gt;must&lt;/em&gt; build &amp; grow</h1>"))
        #expect(html.contains("<title>Why the city &lt;em&gt;must&lt;/em&gt; build &amp; grow \u{2014} argument map</title>"))
        #expect(html.contains("<span class=\"byline\">Ana Díaz</span>"))
        #expect(html.contains("<time datetime=\"2026-03-14\">2026-03-14</time>"))
        #expect(html.contains("<span class=\"source\">housing &quot;op-ed&quot;.html</span>"))
        #expect(html.contains("<html lang=\"en\">"))
        let adversarial = HTMLReportExporter().export(Fixture.adversarialGraph(), svg: nil)
        #expect(!adversarial.contains("<script") && !adversarial.contains("<b>") && !adversarial.contains("<!--"))
    }

    @Test func keepsTheArticleStructure() {
        let html = HTMLReportExporter().export(Fixture.opEdGraph(), svg: nil)
        #expect(html.contains("<h2>Homes for everyone</h2>"))
        #expect(html.contains("<blockquote><p><mark class=\"unit kind-reason\" id=\"text_n8\""))
        #expect(html.contains("<ul>\n<li><mark class=\"unit kind-reason\" id=\"text_n11\""))
        let text = HTMLReportExporter().export(Fixture.noArgument.graph ?? Fixture.opEdGraph(), svg: nil)
        #expect(text.contains("<p>The council met on Tuesday. It discussed the budget for the new year.</p>"))
        #expect(text.contains("No thesis was found."))
    }

    /// A unit running over a block boundary is split into two marks with one anchor; overlapping
    /// units never nest.
    @Test func splitsUnitsAcrossBlocksAndDropsOverlaps() {
        let doc = Document(source: "x", blocks: [
            TextBlock(kind: .paragraph, text: "Alpha beta gamma."), TextBlock(kind: .paragraph, text: "Delta epsilon."),
        ])
        let text = doc.text
        let spanning = ArgumentNode(id: "n1", kind: .claim, range: 6..<(text.utf8.count - 9), sentences: ["s1", "s2"],
                                    markers: [], ordinal: nil, occurrences: [6..<(text.utf8.count - 9)], confidence: 0.5, rule: "r")
        let overlapping = ArgumentNode(id: "n2", kind: .reason, range: 0..<10, sentences: ["s1"],
                                       markers: [Marker(text: "Alpha", range: 0..<5, sense: .cause)], ordinal: nil,
                                       occurrences: [0..<10], confidence: 0.5, rule: "r")
        let graph = ArgumentGraph(document: doc, text: text, paragraphs: doc.blockRanges, sentences: [],
                                  nodes: [spanning, overlapping], edges: [], thesis: nil)
        let html = HTMLReportExporter().export(graph, svg: nil)
        #expect(tagProblems(html) == [])
        #expect(html.contains("<p><mark class=\"unit kind-reason\" id=\"text_n2\""))
        #expect(html.components(separatedBy: "id=\"text_n1\"").count == 1)  // n1 lost to the overlap
        let graph2 = ArgumentGraph(document: doc, text: text, paragraphs: doc.blockRanges, sentences: [],
                                   nodes: [spanning], edges: [], thesis: nil)
        let html2 = HTMLReportExporter().export(graph2, svg: nil)
        #expect(html2.components(separatedBy: "<mark class=\"unit kind-claim\"").count - 1 == 2)
        #expect(html2.components(separatedBy: "id=\"text_n1\"").count - 1 == 1)
        #expect(html2.contains("<p>Alpha <mark class=\"unit kind-claim\" id=\"text_n1\""))
        #expect(html2.contains("<p><mark class=\"unit kind-claim\" data-node=\"n1\""))
        #expect(tagProblems(html2) == [])
    }

    @Test(arguments: Sample.all)
    func outputIsByteIdenticalRunToRun(_ sample: Sample) throws {
        let graph = sample.graph
        let svg = try renderSVG(graph)
        let first = HTMLReportExporter().export(graph, svg: svg)
        for _ in 0..<2 { #expect(HTMLReportExporter().export(graph, svg: svg) == first) }
    }
}

/// Loads a report in headless Chromium: the page renders, and after load the DOM holds the
/// highlights and the inline SVG.
@Suite(.enabled(if: Tool.chromium != nil, "chromium is not installed"))
struct HTMLReportBrowserTests {
    /// A Corpus article when the Corpus has plain-text articles, else the seed, else the op-ed fixture.
    static func reportGraph() -> ArgumentGraph {
        let corpus = Paths.repoRoot.appendingPathComponent("Corpus/text")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            if let text = try? String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8),
               let doc = try? PlainTextIngester().ingest(text, source: file) {
                let graph = Pipeline().graph(for: doc)
                if !graph.nodes.isEmpty { return graph }
            }
        }
        return Fixture.seed.graph ?? Fixture.opEdGraph()
    }

    func chromium(_ arguments: [String], profile: URL) throws -> Tool.Result {
        try Tool.run(try #require(Tool.chromium), [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--disable-extensions", "--disable-background-networking", "--user-data-dir=\(profile.path)",
        ] + arguments, timeout: 180)
    }

    @Test func screenshotAndDOMShowHighlightsAndMap() throws {
        let dir = try Paths.scratch("browser")
        var graphs = [("opEd", Fixture.opEdGraph()), ("corpus", Self.reportGraph())]
        if Tool.dot == nil { graphs.removeLast() }
        for (name, graph) in graphs {
            let svg = try renderSVG(graph)
            let page = dir.appendingPathComponent("\(name).html")
            try HTMLReportExporter().export(graph, svg: svg).write(to: page, atomically: true, encoding: .utf8)
            let png = dir.appendingPathComponent("\(name).png")
            _ = try chromium(["--window-size=1280,1600", "--screenshot=\(png.path)", page.absoluteString],
                             profile: dir.appendingPathComponent("profile-\(name)"))
            let image = try Data(contentsOf: png)
            #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]))  // PNG signature
            #expect(image.count > 30_000, "screenshot is \(image.count) bytes: blank page?")

            let dump = try chromium(["--dump-dom", page.absoluteString], profile: dir.appendingPathComponent("dom-\(name)"))
            let dom = String(decoding: dump.stdout, as: UTF8.self)
            #expect(dom.contains("<mark class=\"unit kind-"))
            #expect(dom.contains("id=\"text_\(graph.nodes.first?.id ?? "n1")\""))
            if svg != nil {
                #expect(dom.contains("<svg"))
                #expect(dom.contains("id=\"map_\(graph.nodes.first?.id ?? "n1")\""))
            } else {
                #expect(dom.contains("The map drawing is not included"))
            }
            if let keep = ProcessInfo.processInfo.environment["ARGMAP_EXPORT_ARTIFACTS"] {
                try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
                try? image.write(to: URL(fileURLWithPath: keep).appendingPathComponent("screenshot-\(name).png"))
            }
        }
    }
}
