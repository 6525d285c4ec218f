import Foundation
import Testing
@testable import ArgMap

@Suite struct DOTExporterTests {
    /// Every fixture renders with `dot -Tsvg` and Graphviz prints nothing on standard error.
    @Test(.enabled(if: Tool.dot != nil, "Graphviz dot is not installed"), arguments: Sample.all)
    func dotAcceptsTheOutputWithoutWarnings(_ sample: Sample) throws {
        let graph = sample.graph
        for exporter in [DOTExporter(), DOTExporter(wrapWidth: 12, maxLines: 3, includesLegend: false, direction: .bottomToTop)] {
            let dot = exporter.export(graph)
            let result = try Tool.run(try #require(Tool.dot), ["-Tsvg"], input: Data(dot.utf8))
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "dot warned: \(result.stderr)")
            let svg = String(decoding: result.stdout, as: UTF8.self)
            #expect(svg.contains("<svg"))
            for node in graph.nodes { #expect(svg.contains("id=\"map_\(node.id)\""), "node \(node.id) missing from the SVG") }
        }
    }

    /// Single nodes holding each adversarial text alone, so one bad character cannot hide behind another.
    @Test(.enabled(if: Tool.dot != nil, "Graphviz dot is not installed"), arguments: Fixture.adversarialTexts.indices)
    func eachAdversarialTextRendersAlone(_ index: Int) throws {
        let text = Fixture.adversarialTexts[index]
        var b = GraphBuilder(Document(source: "x", title: text, blocks: [TextBlock(kind: .paragraph, text: text)]))
        let id = b.node(.counterpoint, text, ordinal: Ordinal(list: "l1", position: 1, parent: nil))
        b.edge(id, id, .attacks, marker: text)
        let dot = DOTExporter().export(b.build(thesis: nil))
        let result = try Tool.run(try #require(Tool.dot), ["-Tsvg"], input: Data(dot.utf8))
        #expect(result.status == 0 && result.stderr.isEmpty, "dot failed on text \(index): \(result.stderr)")
    }

    /// Graphviz reads `\N`, `\G`... as object names even in HTML-like labels: they must come out as written.
    @Test(.enabled(if: Tool.dot != nil, "Graphviz dot is not installed"))
    func backslashSequencesSurviveRendering() throws {
        let text = "path C:\\Users\\x\\n then \\N \\G \\E \\L \\T \\H end\\"
        var b = GraphBuilder(Document(source: "x", title: "T\\N", blocks: [TextBlock(kind: .paragraph, text: text)]))
        let id = b.node(.thesis, text)
        b.edge(id, id, .supports, marker: "\\G")
        let dot = DOTExporter(wrapWidth: 200).export(b.build(thesis: id))
        let result = try Tool.run(try #require(Tool.dot), ["-Tsvg"], input: Data(dot.utf8))
        let svg = String(decoding: result.stdout, as: UTF8.self)
        #expect(svg.contains(">" + text + "</text>"), "\(svg)")
        #expect(svg.contains(">T\\N</text>"))
        #expect(svg.contains(">\\G</text>"))
        #expect(result.stderr.isEmpty)
    }

    /// Graphviz rejects an HTML-like text item that is only `]`: a lone bracket as an edge label.
    @Test(.enabled(if: Tool.dot != nil, "Graphviz dot is not installed"), arguments: ["]", "]]", "[", "]]>", "}", "\\"])
    func loneBracketLabelsRender(_ marker: String) throws {
        var b = GraphBuilder(Document(source: "x", blocks: [TextBlock(kind: .paragraph, text: "One. Two.")]))
        let one = b.node(.reason, "One."), two = b.node(.thesis, "Two.")
        b.edge(one, two, .supports, marker: marker)
        let result = try Tool.run(try #require(Tool.dot), ["-Tsvg"], input: Data(DOTExporter().export(b.build(thesis: two)).utf8))
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(String(decoding: result.stdout, as: UTF8.self).contains(">\(ExportText.escapeMarkup(marker))</text>"))
    }

    @Test func flowsLeftToRightByDefault() {
        #expect(DOTExporter().export(Fixture.opEdGraph()).contains("  graph [rankdir=LR, "))
        #expect(DOTExporter(direction: .bottomToTop).export(Fixture.opEdGraph()).contains("  graph [rankdir=BT, "))
    }

    @Test func distinguishesThesisSupportsAndAttacks() throws {
        let dot = DOTExporter().export(Fixture.opEdGraph())
        let thesis = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  \"n1\" [") })
        #expect(thesis.contains("peripheries=2"))
        #expect(thesis.contains("fillcolor=\"#fde68a\""))
        let support = try #require(dot.split(separator: "\n").first { $0.contains("\"n2\" -> \"n1\"") })
        let attack = try #require(dot.split(separator: "\n").first { $0.contains("\"n9\" -> \"n1\"") })
        #expect(support.contains("arrowhead=normal") && !support.contains("dashed"))
        #expect(attack.contains("arrowhead=tee") && attack.contains("style=dashed"))
        #expect(attack.contains("label=<<FONT COLOR=\"#b91c1c\">Surely</FONT>>"))
        let counter = try #require(dot.split(separator: "\n").first { $0.contains("\"n9\" [") })
        #expect(counter.contains("rounded,filled,dashed"))
        #expect(dot.contains("legend [id=\"map_legend\""))
    }

    @Test func groupsListMembersAndLabelsNestedLists() throws {
        let dot = DOTExporter().export(Fixture.opEdGraph())
        let outer = try #require(dot.range(of: "  subgraph \"cluster_l1\" {\n"))
        let inner = try #require(dot.range(of: "  subgraph \"cluster_l2\" {\n"))
        #expect(outer.lowerBound < inner.lowerBound)
        #expect(dot.contains("List l2 (elaborates n5)"))
        // Members are declared inside their cluster and show their position.
        let l1Body = dot[outer.upperBound..<inner.lowerBound]
        for member in ["n3", "n4", "n5"] { #expect(l1Body.contains("\"\(member)\" [id=")) }
        #expect(l1Body.contains("n4 · REASON · #2 in l1"))
        let l2Body = dot[inner.upperBound...]
        #expect(l2Body.contains("\"n6\" [id=") && l2Body.contains("\"n7\" [id="))
        #expect(l2Body.contains("n7 · REASON · #2 in l2"))
        // Each node is declared exactly once.
        for node in Fixture.opEdGraph().nodes {
            #expect(dot.components(separatedBy: "  \"\(node.id)\" [id=").count == 2, "\(node.id) declared more than once")
        }
    }

    @Test func escapesEveryLabel() {
        let dot = DOTExporter().export(Fixture.adversarialGraph())
        #expect(!dot.contains("<script>"))
        #expect(dot.contains("&lt;script&gt;"))
        #expect(dot.contains("\\\"quoted\\\\marker\\\"") == false)  // edge labels are HTML-like, not quoted
        #expect(dot.contains("&quot;quoted\\\\marker&quot; &lt;x&gt;"))
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!dot.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0xFFFE || $0.value == 0xFFFF })
        // Graph title: HTML-like, escaped.
        #expect(dot.contains("label=<<B>Title with &quot;quotes&quot; &lt;b&gt;tags&lt;/b&gt; &amp; \\\\backslash\\\\ {braces}</B>>"))
    }

    @Test func wrapsLabelsToTheWidth() {
        let lines = ExportText.wrap("one two three four five six seven eight nine ten eleven", width: 14)
        #expect(lines == ["one two three", "four five six", "seven eight", "nine ten", "eleven"])
        let long = ExportText.wrap("x " + String(repeating: "a", count: 30), width: 10)
        #expect(long == ["x", "aaaaaaaaaa", "aaaaaaaaaa", "aaaaaaaaaa"])
        let cjk = ExportText.wrap("日本語の文章はスペースがない", width: 8)
        #expect(cjk.allSatisfy { $0.count <= 4 } && cjk.joined() == "日本語の文章はスペースがない")
        let emoji = ExportText.wrap("👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦", width: 4)
        #expect(emoji == ["👩‍👩‍👧‍👦👩‍👩‍👧‍👦", "👩‍👩‍👧‍👦"])
    }

    @Test func truncatesWhenAskedAndHandlesEmptyGraphs() throws {
        let graph = Fixture.opEdGraph()
        let short = DOTExporter(wrapWidth: 10, maxLines: 2).export(graph)
        let line = try #require(short.split(separator: "\n").first { $0.contains("\"n1\" [") })
        #expect(line.contains("\u{2026}"))
        #expect(line.components(separatedBy: "<BR ALIGN=\"LEFT\"/>").count == 4)  // header + 2 lines + end
        let empty = DOTExporter().export(Fixture.noArgument.graph ?? graph)
        #expect(empty.contains("No argument found"))
        #expect(!empty.contains("legend"))
    }

    @Test(arguments: Sample.all)
    func outputIsByteIdenticalRunToRun(_ sample: Sample) {
        let graph = sample.graph
        let first = DOTExporter().export(graph)
        #expect(first.hasPrefix("digraph argmap {\n") && first.hasSuffix("}\n"))
        for _ in 0..<3 { #expect(DOTExporter().export(graph) == first) }
    }
}
