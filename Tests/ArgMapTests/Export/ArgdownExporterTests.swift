import Foundation
import Testing
@testable import ArgMap

@Suite struct ArgdownExporterTests {
    /// A statement line read back: indentation depth, relation sign, title, text (unescaped), tags.
    struct Line: Equatable {
        var depth: Int
        var sign: Character?
        var title: String
        var text: String?
        var tags: [String]
    }

    /// Reads the statement lines of an Argdown document the way Argdown's grammar does for the
    /// subset the exporter writes; records an issue for anything else.
    func read(_ argdown: String) -> [Line] {
        var lines: [Line] = []
        var inFrontMatter = false
        for raw in argdown.split(separator: "\n", omittingEmptySubsequences: true) {
            if raw == "===" { inFrontMatter.toggle(); continue }
            if inFrontMatter || raw.hasPrefix("//") { continue }
            var rest = Substring(raw)
            var spaces = 0
            while rest.first == " " { rest = rest.dropFirst(); spaces += 1 }
            #expect(spaces % 4 == 0, "odd indentation: \(raw)")
            var sign: Character?
            if let first = rest.first, first == "+" || first == "-" {
                sign = first
                rest = rest.dropFirst()
                #expect(rest.first == " ")
                rest = rest.dropFirst()
            }
            guard rest.first == "[", let close = rest.firstIndex(of: "]") else {
                Issue.record("not a statement line: \(raw)")
                continue
            }
            let title = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            var text: String?
            var tags: [String] = []
            if rest.hasPrefix(": ") {
                var body = String(rest.dropFirst(2))
                // Trailing tags: " #kind", " #(two words)".
                while let range = body.range(of: " #", options: .backwards), !isEscaped(body, at: range.upperBound) {
                    tags.insert(String(body[range.upperBound...]), at: 0)
                    body = String(body[..<range.lowerBound])
                }
                #expect(unescapedSyntax(in: body) == nil, "unescaped Argdown syntax in: \(body)")
                text = unescape(body)
            } else {
                #expect(rest.isEmpty, "junk after a reference: \(raw)")
            }
            lines.append(Line(depth: spaces / 4, sign: sign, title: title, text: text, tags: tags))
        }
        return lines
    }

    func isEscaped(_ s: String, at index: String.Index) -> Bool {
        guard index > s.startIndex else { return false }
        let before = s.index(before: index)
        return s[before] == "\\" && !isEscaped(s, at: before)
    }

    /// The first Argdown syntax character not preceded by a backslash, if any.
    func unescapedSyntax(in s: String) -> Character? {
        var escaped = false
        var previous: Character = " "
        for c in s {
            if escaped { escaped = false; previous = " "; continue }
            if c == "\\" { escaped = true; continue }
            if "@#*_[]<>{}".contains(c) { return c }
            if c == "/" && previous == "/" { return c }
            previous = c
        }
        return nil
    }

    func unescape(_ s: String) -> String {
        var out = ""
        var escaped = false
        for c in s {
            if !escaped && c == "\\" { escaped = true; continue }
            escaped = false
            out.append(c)
        }
        return out
    }

    /// The relations the indentation encodes: (child title, parent title, sign).
    func relations(_ lines: [Line]) -> [String] {
        var stack: [String] = []
        var result: [String] = []
        for line in lines {
            #expect(line.depth <= stack.count, "indentation jumps at [\(line.title)]")
            stack = Array(stack.prefix(line.depth))
            if let sign = line.sign, let parent = stack.last { result.append("\(line.title) \(sign) \(parent)") }
            #expect((line.sign == nil) == (line.depth == 0))
            stack.append(line.title)
        }
        return result.sorted()
    }

    @Test(arguments: Sample.all)
    func everyNodeIsDefinedOnceAndEveryEdgeIsATreeRelation(_ sample: Sample) throws {
        let graph = sample.graph
        let lines = read(ArgdownExporter().export(graph))
        let definitions = lines.filter { $0.text != nil }
        #expect(definitions.count == graph.nodes.count)
        #expect(Set(definitions.map(\.title)).count == definitions.count)
        let titleOf = ArgdownExporter.titles(of: graph.nodes)
        for node in graph.nodes {
            let definition = try #require(definitions.first { $0.title == titleOf[node.id] }, "no definition for \(node.id)")
            #expect(definition.text == ExportText.cleaned(graph.slice(node.range)))
            #expect(definition.tags.first == node.kind.rawValue)
        }
        let expected = graph.edges.map { "\(titleOf[$0.from] ?? "?") \($0.relation == .supports ? "+" : "-") \(titleOf[$0.to] ?? "?")" }.sorted()
        #expect(relations(lines) == expected)
        for line in lines where line.text == nil { #expect(definitions.contains { $0.title == line.title }) }
    }

    @Test func opEdReadsAsAnArgument() throws {
        let argdown = ArgdownExporter().export(Fixture.opEdGraph())
        let body = argdown.split(separator: "\n").drop { $0 != "// ArgMap argument map (argmap-graph/1)" }.filter { !$0.hasPrefix("//") && !$0.isEmpty }
        #expect(body.first == "[Thesis]: The city must build more homes. #thesis")
        let list: String = [
            "\n    + [Claim n2]: There are several reasons. #claim\n",
            "        + [List l1, point 1]: First, rents have doubled since 2015. #reason\n",
            "        + [List l1, point 2]: Secondly, young families are leaving. #reason\n",
            "        + [List l1, point 3]: Thirdly, commutes are getting longer. #reason\n",
            "            + [List l2, point 1]: First of all, traffic costs time. #reason\n",
            "            + [List l2, point 2]: Furthermore, it costs money. #reason\n",
        ].joined()
        #expect(argdown.contains(list))
        let concession = "\n    - [Counterpoint n9]: Surely, building is expensive. #counterpoint\n"
            + "        - [Rebuttal n10]: But doing nothing costs more. #rebuttal\n"
        #expect(argdown.contains(concession))
        #expect(argdown.contains("Rent \\<script\\>alert(1)\\</script\\> & \"fees\" rose 30% in 2025 — see \\[report\\] \\#housing. #reason"))
        #expect(argdown.hasPrefix("===\ntitle: \"Why the city <em>must</em> build & grow\"\nauthor: \"Ana Díaz\"\ndate: \"2026-03-14\"\n===\n\n"
            + "// ArgMap argument map (argmap-graph/1)\n// Source: housing \"op-ed\".html\n// Title: Why the city <em>must</em> build & grow\n"))
    }

    @Test func adversarialTextRoundTripsThroughEscaping() throws {
        let graph = Fixture.adversarialGraph()
        let lines = read(ArgdownExporter().export(graph))
        let texts = Set(lines.compactMap(\.text))
        for node in graph.nodes { #expect(texts.contains(ExportText.cleaned(graph.slice(node.range)))) }
        #expect(lines.contains { $0.tags.contains("(incomplete list)") })
        #expect(!ArgdownExporter().export(graph).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func quotesFrontMatterAsYAML() {
        #expect(ArgdownExporter.yamlQuoted("a \"b\" \\c === d") == "\"a \\\"b\\\" \\\\c ==\\x3D d\"")
        #expect(ArgdownExporter.frontMatter(Document(source: "x", blocks: [])) == "")
    }

    @Test func escapesCommentOpenersAndSyntax() {
        #expect(ArgdownExporter.escape("a // b /* c */ d") == "a /\\/ b /\\* c \\*/ d")
        #expect(ArgdownExporter.escape("x\ny") == "x y")
        #expect(ArgdownExporter.escape("[t]: <a> #b @c _d_ {e} \\") == "\\[t\\]: \\<a\\> \\#b \\@c \\_d\\_ \\{e\\} \\\\")
    }

    @Test func cyclesAndGraphsWithoutThesisStillDefineEveryNode() {
        let graph = Fixture.opEdGraph()
        let cyclic = ArgumentGraph(
            document: graph.document, text: graph.text, paragraphs: graph.paragraphs, sentences: graph.sentences,
            nodes: graph.nodes,
            edges: graph.edges + [ArgumentEdge(from: "n1", to: "n11", relation: .attacks, marker: nil, confidence: 1, rule: "x")],
            thesis: nil)
        let lines = read(ArgdownExporter().export(cyclic))
        #expect(lines.filter { $0.text != nil }.count == graph.nodes.count)
        #expect(lines.count > graph.nodes.count)  // references to already defined statements
        let empty = ArgdownExporter().export(Fixture.noArgument.graph ?? graph)
        #expect(empty.contains("// No argument was found in this text.\n"))
    }

    @Test(arguments: Sample.all)
    func outputIsByteIdenticalRunToRun(_ sample: Sample) {
        let graph = sample.graph
        let first = ArgdownExporter().export(graph)
        for _ in 0..<3 { #expect(ArgdownExporter().export(graph) == first) }
    }
}
