import ArgMap
import ArgMapHTML
import ArgumentParser
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, sentence by sentence, what the mapper decided and why: kind, rule, markers, confidence, edges.",
        discussion: """
            For each sentence: its id, then one line per argumentative unit in it (node id, kind, \
            confidence, the rule that decided the kind, the markers with their sense), the unit's \
            text when it is a clause of the sentence, its list position, and its edges (relation, \
            target, marker, rule, confidence); sentences that are no unit say so. A summary ends \
            the output. Colours are used only when standard output is a terminal (--color).

            Examples:
              argmap explain op-ed.txt
              argmap explain op-ed.html --color never -o explanation.txt
            """)

    enum Color: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(help: "The file to read, or - for standard input.") var file: String
    @Option(help: "Colour the output: auto (only on a terminal, unless NO_COLOR is set), always or never.")
    var color: Color = .auto
    @OptionGroup var document: DocumentOptions
    @OptionGroup var data: PipelineOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let pipeline = try data.pipeline()
        let doc = try readDocument(file, document)
        let useColor: Bool
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto: useColor = output.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
        try output.write(Explanation(graph: pipeline.graph(for: doc), color: useColor).text)
    }
}

/// The readable, aligned explanation of a graph that `argmap explain` prints.
struct Explanation {
    let graph: ArgumentGraph
    let color: Bool

    /// The whole explanation.
    var text: String {
        let nodesBySentence = Dictionary(grouping: graph.nodes, by: { $0.sentences.first ?? "" })
        let edgesByNode = Dictionary(grouping: graph.edges, by: \.from)
        let kinds = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.kind) })
        let sentenceWidth = graph.sentences.map(\.id.count).max() ?? 2
        let nodeWidth = max(graph.nodes.map(\.id.count).max() ?? 2, 2)
        let kindWidth = NodeKind.allCases.map(\.rawValue.count).max() ?? 12
        let ruleWidth = graph.nodes.map(\.rule.count).max() ?? 4
        let indent = String(repeating: " ", count: sentenceWidth + 2)
        let detailIndent = indent + String(repeating: " ", count: nodeWidth + 2)

        var out = ""
        let title = graph.document.title.map { " \"\($0)\"" } ?? ""
        out += style("\(graph.document.source)\(title): \(count(graph.sentences.count, "sentence")), "
            + "\(count(graph.nodes.count, "node")), \(count(graph.edges.count, "edge")), thesis \(graph.thesis ?? "none")", "1") + "\n\n"
        var paragraph = graph.sentences.first?.paragraph ?? 0
        for sentence in graph.sentences {
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                out += "\n"
            }
            let id = sentence.id.padding(toLength: sentenceWidth, withPad: " ", startingAt: 0)
            out += style(id, "2") + "  " + oneLine(graph.slice(sentence.range)) + "\n"
            let nodes = nodesBySentence[sentence.id] ?? []
            if nodes.isEmpty {
                out += indent + style("-".padding(toLength: nodeWidth, withPad: " ", startingAt: 0) + "  not an argumentative unit", "2") + "\n"
            }
            for node in nodes {
                var line = indent + node.id.padding(toLength: nodeWidth, withPad: " ", startingAt: 0) + "  "
                line += style(node.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0), Self.colorCode(node.kind))
                line += "  " + String(format: "%.2f", node.confidence)
                line += "  rule " + node.rule.padding(toLength: ruleWidth, withPad: " ", startingAt: 0)
                line += "  " + (node.markers.isEmpty ? "no marker" : node.markers.map { "\"\($0.text)\" (\($0.sense.rawValue))" }.joined(separator: ", "))
                out += trimTrailing(line) + "\n"
                out += details(of: node, sentence: sentence, edges: edgesByNode[node.id] ?? [], kinds: kinds, indent: detailIndent)
            }
        }
        out += "\n" + summary + "\n"
        return out
    }

    /// The lines under a node: its clause, span, list place, repeats and edges.
    private func details(of node: ArgumentNode, sentence: Sentence, edges: [ArgumentEdge], kinds: [String: NodeKind], indent: String) -> String {
        var out = ""
        if node.range != sentence.range {
            out += indent + "unit: \"" + oneLine(graph.slice(node.range)) + "\"\n"
        }
        if node.sentences.count > 1, let first = node.sentences.first, let last = node.sentences.last {
            out += indent + "spans \(first)-\(last)\n"
        }
        if let ordinal = node.ordinal {
            var list = "list \(ordinal.list), item \(ordinal.position)"
            if let parent = ordinal.parent { list += ", nested under \(parent)" }
            if ordinal.isIncomplete { list += ", incomplete list" }
            out += indent + list + "\n"
        }
        if node.occurrences.count > 1 {
            out += indent + "appears \(node.occurrences.count) times (one node)\n"
        }
        for edge in edges {
            var line = indent + style(edge.relation == .supports ? "-> supports" : "-> attacks", edge.relation == .supports ? "32" : "31")
            line += " \(edge.to)"
            if let kind = kinds[edge.to] { line += " (\(kind.rawValue))" }
            if let marker = edge.marker { line += " via \"\(marker)\"" }
            line += ", rule \(edge.rule), " + String(format: "%.2f", edge.confidence)
            out += line + "\n"
        }
        return out
    }

    /// One line counting the nodes of each kind and the edges of each relation.
    private var summary: String {
        let kinds = NodeKind.allCases.compactMap { kind -> String? in
            let n = graph.nodes.filter { $0.kind == kind }.count
            return n == 0 ? nil : "\(n) \(kind.rawValue)"
        }
        let relations = Relation.allCases.compactMap { relation -> String? in
            let n = graph.edges.filter { $0.relation == relation }.count
            return n == 0 ? nil : "\(n) \(relation.rawValue)"
        }
        let parts = kinds + relations
        return "summary: " + (parts.isEmpty ? "no argumentative units" : parts.joined(separator: ", "))
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    private func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    /// `text` wrapped in an ANSI style when colour is on.
    private func style(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static func colorCode(_ kind: NodeKind) -> String {
        switch kind {
        case .thesis: "1;35"
        case .claim: "36"
        case .reason: "32"
        case .counterpoint: "33"
        case .rebuttal: "31"
        }
    }
}
